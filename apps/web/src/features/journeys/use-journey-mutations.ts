import type { CreateJourneyRequest, JourneyDto, JourneySummaryDto } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createJourney, deleteJourney, journeyKeys, updateJourney } from '../../api/journeys';
import { loadedItems, updateLoadedItems, type PagedList } from '../../api/pages';
import { describeError, isApiError } from '../../api/problem';
import { applyServerJourney, removeFromList, renameInList } from './journey-list-cache';
import { showRenameConflict } from './rename-conflict-notice';

type ListSnapshot = { previous: PagedList<JourneySummaryDto> | undefined };

export function useCreateJourney(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateJourneyRequest) => createJourney(workspaceId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.list(workspaceId) }),
  });
}

export interface RenameJourneyVariables {
  journeyId: string;
  name: string;
  /** The revision of the journey the user renamed (the list item the dialog showed): sent as If-Match. */
  revision: number;
}

export interface RenameJourneyOptions {
  /** Offered after a 409: reopen the rename dialog on the latest version, with the name the user wanted. */
  onRenameAgain?: (journey: JourneySummaryDto, attempted: string) => void;
}

/**
 * Renames at once in the list; puts the old name back and says why if the server refuses. The rename
 * is conditional on the revision the user saw: if the journey changed meanwhile (renamed elsewhere,
 * or edited on the canvas) the server answers 409, and the user gets the latest list and a retry.
 */
export function useRenameJourney(workspaceId: string, options: RenameJourneyOptions = {}) {
  const queryClient = useQueryClient();
  const listKey = journeyKeys.list(workspaceId);
  return useMutation<JourneyDto, Error, RenameJourneyVariables, ListSnapshot>({
    mutationFn: ({ journeyId, name, revision }) => updateJourney(journeyId, { name }, { ifRevision: revision }),
    onMutate: async ({ journeyId, name }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = queryClient.getQueryData<PagedList<JourneySummaryDto>>(listKey);
      queryClient.setQueryData<PagedList<JourneySummaryDto>>(listKey, (data) =>
        updateLoadedItems(data, (list) => renameInList(list, journeyId, name, new Date())),
      );
      return { previous };
    },
    onSuccess: (journey) => {
      queryClient.setQueryData<PagedList<JourneySummaryDto>>(listKey, (data) => updateLoadedItems(data, (list) => applyServerJourney(list, journey)));
      return queryClient.invalidateQueries({ queryKey: journeyKeys.all });
    },
    onError: async (error, { journeyId, name }, context) => {
      queryClient.setQueryData(listKey, context?.previous);
      const refreshed = queryClient.invalidateQueries({ queryKey: journeyKeys.all });
      if (!isApiError(error, 409)) {
        notifications.show({ color: 'red', title: 'The journey was not renamed', message: describeError(error) });
        return;
      }
      await refreshed;
      const current = loadedItems(queryClient.getQueryData<PagedList<JourneySummaryDto>>(listKey))?.find((journey) => journey.id === journeyId);
      showRenameConflict(current, name, options.onRenameAgain);
    },
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
      const previous = queryClient.getQueryData<PagedList<JourneySummaryDto>>(listKey);
      queryClient.setQueryData<PagedList<JourneySummaryDto>>(listKey, (data) => updateLoadedItems(data, (list) => removeFromList(list, journeyId)));
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
