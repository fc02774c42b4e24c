import type { CreateMetricDefinitionRequest, MetricDefinitionDto, UpdateMetricDefinitionRequest } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createMetricDefinition, deleteMetricDefinition, metricKeys, updateMetricDefinition } from '../../../api/metrics';
import { describeError, isApiError } from '../../../api/problem';

/** Shown when a delete met a stale version: the catalog is reloaded underneath. */
export const DELETE_CONFLICT = 'Someone changed this metric meanwhile — reloaded; check it and delete again if you still mean to.';

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
  /**
   * Sends the version the definition was read at. A 409 VERSION_CONFLICT (someone changed it meanwhile)
   * reloads the catalog and says so, as the edit form does; a 409 METRIC_IN_USE says where it is attached.
   */
  const remove = useMutation({
    mutationFn: (definition: MetricDefinitionDto) => deleteMetricDefinition(workspaceId, definition.key, definition.version),
    onSuccess: (_void, definition) => {
      notifications.show({ color: 'gray', message: `The metric “${definition.name}” was deleted.` });
      return refresh();
    },
    onError: (error, definition) => {
      if (isApiError(error, 409) && error.problem.code === 'VERSION_CONFLICT') {
        void refresh();
        notifications.show({ color: 'red', title: `“${definition.name}” was not deleted`, message: DELETE_CONFLICT });
        return;
      }
      notifications.show({ color: 'red', title: `“${definition.name}” was not deleted`, message: describeError(error) });
    },
  });
  return { create, update, remove };
}
