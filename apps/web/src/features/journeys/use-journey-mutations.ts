import type { CreateJourneyRequest, JourneySummaryDto } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createJourney, deleteJourney, journeyKeys, updateJourney } from '../../api/journeys';
import { describeError } from '../../api/problem';
import { removeFromList, renameInList } from './journey-list-cache';

type ListSnapshot = { previous: JourneySummaryDto[] | undefined };

export function useCreateJourney(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateJourneyRequest) => createJourney(workspaceId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.list(workspaceId) }),
  });
}

/** Renames at once in the list; puts the old name back and says why if the server refuses. */
export function useRenameJourney(workspaceId: string) {
  const queryClient = useQueryClient();
  const listKey = journeyKeys.list(workspaceId);
  return useMutation<unknown, Error, { journeyId: string; name: string }, ListSnapshot>({
    mutationFn: ({ journeyId, name }) => updateJourney(journeyId, { name }),
    onMutate: async ({ journeyId, name }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<JourneySummaryDto[]>(listKey);
      queryClient.setQueryData<JourneySummaryDto[]>(listKey, (list) => renameInList(list, journeyId, name, new Date()));
      return { previous };
    },
    onError: (error, _variables, context) => {
      queryClient.setQueryData(listKey, context?.previous);
      notifications.show({ color: 'red', title: 'The journey was not renamed', message: describeError(error) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: journeyKeys.all }),
  });
}

/** Removes at once from the list; brings the journey back and says why if the server refuses. */
export function useDeleteJourney(workspaceId: string) {
  const queryClient = useQueryClient();
  const listKey = journeyKeys.list(workspaceId);
  return useMutation<unknown, Error, { journeyId: string; name: string }, ListSnapshot>({
    mutationFn: ({ journeyId }) => deleteJourney(journeyId),
    onMutate: async ({ journeyId }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<JourneySummaryDto[]>(listKey);
      queryClient.setQueryData<JourneySummaryDto[]>(listKey, (list) => removeFromList(list, journeyId));
      return { previous };
    },
    onSuccess: (_data, { journeyId, name }) => {
      queryClient.removeQueries({ queryKey: journeyKeys.graph(journeyId) });
      notifications.show({ color: 'gray', message: `“${name}” was deleted.` });
    },
    onError: (error, { name }, context) => {
      queryClient.setQueryData(listKey, context?.previous);
      notifications.show({ color: 'red', title: `“${name}” was not deleted`, message: describeError(error) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: journeyKeys.all }),
  });
}
