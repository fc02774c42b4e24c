import type { AuditFiltersResponse, AuditPage } from '@cxmap/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

/** The filters of the activity page; absent means "all". */
export interface AuditFilter {
  journeyId: string | null;
  actorUserId: string | null;
  /** An integration's key; the API refuses it together with `actorUserId`. */
  actorApiKeyId: string | null;
}

const base = (workspaceId: string): string => `/workspaces/${encodeURIComponent(workspaceId)}/audit`;

export function fetchAuditPage(workspaceId: string, filter: AuditFilter, cursor: string | null, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams();
  if (filter.journeyId) query.set('journeyId', filter.journeyId);
  if (filter.actorUserId) query.set('actorUserId', filter.actorUserId);
  if (filter.actorApiKeyId) query.set('actorApiKeyId', filter.actorApiKeyId);
  if (cursor) query.set('cursor', cursor);
  const search = query.toString();
  return apiFetch<AuditPage>(`${base(workspaceId)}${search ? `?${search}` : ''}`, { signal });
}

export function fetchAuditFilters(workspaceId: string, signal?: AbortSignal): Promise<AuditFiltersResponse> {
  return apiFetch<AuditFiltersResponse>(`${base(workspaceId)}/filters`, { signal });
}

export const auditKeys = {
  all: (workspaceId: string) => ['audit', workspaceId] as const,
  events: (workspaceId: string, filter: AuditFilter) => ['audit', workspaceId, 'events', filter] as const,
  filters: (workspaceId: string) => ['audit', workspaceId, 'filters'] as const,
};

export const auditQueries = {
  /** Newest first, one page per "Load more"; owners only (403 for other roles). */
  events: (workspaceId: string, filter: AuditFilter) =>
    infiniteQueryOptions({
      queryKey: auditKeys.events(workspaceId, filter),
      queryFn: ({ pageParam, signal }) => fetchAuditPage(workspaceId, filter, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      // A log is read to see what just happened: fetch afresh on every visit.
      staleTime: 0,
    }),
  filters: (workspaceId: string) =>
    queryOptions({
      queryKey: auditKeys.filters(workspaceId),
      queryFn: ({ signal }) => fetchAuditFilters(workspaceId, signal),
      staleTime: 0,
    }),
};
