import type { ChangeOp, ChangeResponse, JourneyGraph } from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';
import { journeyKeys } from './journeys';

export function getJourneyGraph(journeyId: string, signal?: AbortSignal): Promise<JourneyGraph> {
  return apiFetch<JourneyGraph>(`/journeys/${encodeURIComponent(journeyId)}`, { signal });
}

/** Applies a batch of canvas operations in one transaction; 409 with `conflicts` when a version is stale. */
export function postChanges(journeyId: string, ops: ChangeOp[]): Promise<ChangeResponse> {
  return apiFetch<ChangeResponse>(`/journeys/${encodeURIComponent(journeyId)}/changes`, {
    method: 'POST',
    body: { ops },
  });
}

export const graphQueries = {
  detail: (journeyId: string) =>
    queryOptions({
      queryKey: journeyKeys.graph(journeyId),
      queryFn: ({ signal }) => getJourneyGraph(journeyId, signal),
    }),
};
