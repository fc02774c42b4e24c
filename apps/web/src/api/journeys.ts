import type {
  CreateJourneyRequest,
  JourneyDto,
  JourneySummaryDto,
  Page,
  UpdateJourneyRequest,
} from '@cxmap/domain';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';
import { pagedListOptions, withCursor } from './pages';

/** One page of journeys, most recently updated first. */
export function listJourneys(workspaceId: string, cursor: string | null, signal?: AbortSignal): Promise<Page<JourneySummaryDto>> {
  return apiFetch<Page<JourneySummaryDto>>(withCursor(`/workspaces/${encodeURIComponent(workspaceId)}/journeys`, cursor), { signal });
}

export function createJourney(workspaceId: string, body: CreateJourneyRequest): Promise<JourneyDto> {
  return apiFetch<JourneyDto>(`/workspaces/${encodeURIComponent(workspaceId)}/journeys`, {
    method: 'POST',
    body,
  });
}

export interface UpdateJourneyOptions {
  /** Sends `If-Match: "<revision>"`: the API refuses the change if the journey moved on since. */
  ifRevision?: number;
}

export function updateJourney(
  journeyId: string,
  body: UpdateJourneyRequest,
  options: UpdateJourneyOptions = {},
): Promise<JourneyDto> {
  return apiFetch<JourneyDto>(`/journeys/${encodeURIComponent(journeyId)}`, {
    method: 'PATCH',
    body,
    headers: options.ifRevision === undefined ? undefined : { 'If-Match': `"${options.ifRevision}"` },
  });
}

export function deleteJourney(journeyId: string): Promise<void> {
  return apiFetch<void>(`/journeys/${encodeURIComponent(journeyId)}`, { method: 'DELETE' });
}

/** Query keys shared with the canvas (`['journeys', 'graph', journeyId]`). */
export const journeyKeys = {
  all: ['journeys'] as const,
  list: (workspaceId: string) => ['journeys', 'list', workspaceId] as const,
  graph: (journeyId: string) => ['journeys', 'graph', journeyId] as const,
};

export const journeyQueries = {
  list: (workspaceId: string) =>
    infiniteQueryOptions({
      queryKey: journeyKeys.list(workspaceId),
      queryFn: ({ signal, pageParam }) => listJourneys(workspaceId, pageParam, signal),
      ...pagedListOptions,
    }),
};
