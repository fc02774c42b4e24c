import type { ImportJourneyRequest } from '@cxmap/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importJourney } from '../../api/imports';
import { journeyKeys } from '../../api/journeys';

export function useImportJourney(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportJourneyRequest) => importJourney(workspaceId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journeyKeys.list(workspaceId) }),
  });
}
