import type { CreateMetricDefinitionRequest, MetricDefinitionDto, UpdateMetricDefinitionRequest } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createMetricDefinition, deleteMetricDefinition, metricKeys, updateMetricDefinition } from '../../../api/metrics';
import { describeError, isApiError } from '../../../api/problem';

/** Writes of the workspace's metric catalog; each refreshes the catalog every canvas reads names and units from. */
export function useMetricDefinitionMutations(workspaceId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: metricKeys.definitions(workspaceId) });
  const create = useMutation({
    mutationFn: (request: CreateMetricDefinitionRequest) => createMetricDefinition(workspaceId, request),
    onSuccess: refresh,
  });
  /** Sends the version the definition was read at; a 409 (someone changed it meanwhile) reloads the catalog. */
  const update = useMutation({
    mutationFn: ({ definition, patch }: { definition: MetricDefinitionDto; patch: Omit<UpdateMetricDefinitionRequest, 'version'> }) =>
      updateMetricDefinition(workspaceId, definition.key, { version: definition.version, ...patch }),
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) void refresh();
    },
  });
  /** A 409 (attached somewhere) says where: the API's detail counts the attachments and journeys. */
  const remove = useMutation({
    mutationFn: (definition: MetricDefinitionDto) => deleteMetricDefinition(workspaceId, definition.key),
    onSuccess: (_void, definition) => {
      notifications.show({ color: 'gray', message: `The metric “${definition.name}” was deleted.` });
      return refresh();
    },
    onError: (error, definition) => notifications.show({ color: 'red', title: `“${definition.name}” was not deleted`, message: describeError(error) }),
  });
  return { create, update, remove };
}
