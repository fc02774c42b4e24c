import type { AnnotationDto, AnnotationReplyDto, CreateAnnotationRequest, UpdateAnnotationRequest } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { annotationKeys, createAnnotation, createReply, deleteAnnotation, deleteReply, updateAnnotation, updateReply } from '../../../api/annotations';
import { reviewKeys } from '../../../api/review';
import { describeError, isApiError } from '../../../api/problem';

/**
 * Writes of the Annotations tab. Each one refreshes every annotation query of the journey (the
 * canvas markers, the lists, the replies). A 409 means someone changed the annotation meanwhile:
 * the latest state is loaded and the user is told. Form errors stay on the form that sent them.
 */
export function useAnnotationMutations(journeyId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: annotationKeys.journey(journeyId) });
  /** Owner team and status move critical pain points in or out of the workspace's needs-review queue. */
  const refreshTriage = () =>
    Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: reviewKeys.all })]);
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
    onSuccess: refreshTriage,
    onError: (error) => failed(error, 'The status was not changed'),
  });
  /** The form that sent it shows other failures; a 409 reloads the annotation and says so. */
  const setOwnerTeam = useMutation({
    mutationFn: ({ annotation, ownerTeam }: { annotation: AnnotationDto; ownerTeam: string | null }) =>
      updateAnnotation(journeyId, annotation.id, { version: annotation.version, ownerTeam }),
    onSuccess: refreshTriage,
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
  const editReply = useMutation({
    mutationFn: ({ reply, body }: { reply: AnnotationReplyDto; body: string }) =>
      updateReply(journeyId, reply.annotationId, reply.id, { version: reply.version, body }),
    onSuccess: refresh,
  });
  const removeReply = useMutation({
    mutationFn: (reply: AnnotationReplyDto) => deleteReply(journeyId, reply.annotationId, reply.id),
    onSuccess: refresh,
    onError: (error) => failed(error, 'The reply was not deleted'),
  });
  return {
    create,
    update,
    setStatus,
    setOwnerTeam,
    remove,
    reply,
    editReply,
    removeReply,
    onConflict: (error: unknown) => failed(error, 'Not saved'),
  };
}
