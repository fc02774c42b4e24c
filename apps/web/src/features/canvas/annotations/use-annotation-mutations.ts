import type { AnnotationDto, CreateAnnotationRequest, UpdateAnnotationRequest } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { annotationKeys, createAnnotation, createReply, deleteAnnotation, updateAnnotation } from '../../../api/annotations';
import { describeError, isApiError } from '../../../api/problem';

/**
 * Writes of the Annotations tab. Each one refreshes every annotation query of the journey (the
 * canvas markers, the lists, the replies). A 409 means someone changed the annotation meanwhile:
 * the latest state is loaded and the user is told. Form errors stay on the form that sent them.
 */
export function useAnnotationMutations(journeyId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: annotationKeys.journey(journeyId) });
  const failed = (error: unknown, title: string) => {
    if (isApiError(error, 409)) {
      notifications.show({
        id: `annotation-conflict-${journeyId}`,
        color: 'yellow',
        title: 'Someone else changed this annotation',
        message: `Your change was not saved: ${describeError(error)} The latest version is loaded.`,
        autoClose: 10_000,
      });
    } else {
      notifications.show({ color: 'red', title, message: describeError(error) });
    }
    void refresh();
  };

  const create = useMutation({
    mutationFn: (body: CreateAnnotationRequest) => createAnnotation(journeyId, body),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ annotation, patch }: { annotation: AnnotationDto; patch: Omit<UpdateAnnotationRequest, 'version'> }) =>
      updateAnnotation(journeyId, annotation.id, { version: annotation.version, ...patch }),
    onSuccess: refresh,
  });
  const setStatus = useMutation({
    mutationFn: ({ annotation, status }: { annotation: AnnotationDto; status: AnnotationDto['status'] }) =>
      updateAnnotation(journeyId, annotation.id, { version: annotation.version, status }),
    onSuccess: refresh,
    onError: (error) => failed(error, 'The status was not changed'),
  });
  const remove = useMutation({
    mutationFn: (annotation: AnnotationDto) => deleteAnnotation(journeyId, annotation.id),
    onSuccess: refresh,
    onError: (error) => failed(error, 'The annotation was not deleted'),
  });
  const reply = useMutation({
    mutationFn: ({ annotationId, body }: { annotationId: string; body: string }) => createReply(journeyId, annotationId, { body }),
    onSuccess: refresh,
  });
  return { create, update, setStatus, remove, reply, onConflict: (error: unknown) => failed(error, 'Not saved') };
}
