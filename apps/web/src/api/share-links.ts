import type { CreatedShareLinkResponse, CreateShareLinkRequest, ShareLinkDto, SharedJourneyResponse } from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

export function listShareLinks(journeyId: string, signal?: AbortSignal): Promise<ShareLinkDto[]> {
  return apiFetch<ShareLinkDto[]>(`/journeys/${encodeURIComponent(journeyId)}/share-links`, { signal });
}

/** The answer holds the link's token: the only time it is ever shown. */
export function createShareLink(journeyId: string, body: CreateShareLinkRequest): Promise<CreatedShareLinkResponse> {
  return apiFetch<CreatedShareLinkResponse>(`/journeys/${encodeURIComponent(journeyId)}/share-links`, { method: 'POST', body });
}

export function revokeShareLink(journeyId: string, linkId: string): Promise<void> {
  return apiFetch<void>(`/journeys/${encodeURIComponent(journeyId)}/share-links/${encodeURIComponent(linkId)}`, { method: 'DELETE' });
}

/** No session needed; 404 when the link is unknown, expired or revoked. */
export function openSharedJourney(token: string, signal?: AbortSignal): Promise<SharedJourneyResponse> {
  return apiFetch<SharedJourneyResponse>(`/share/${encodeURIComponent(token)}`, { signal });
}

/** The page a share link opens, as an absolute URL to hand out. */
export function shareUrl(token: string, origin: string = window.location.origin): string {
  return new URL(`/s/${encodeURIComponent(token)}`, origin).toString();
}

export const shareLinkKeys = {
  list: (journeyId: string) => ['share-links', journeyId] as const,
  shared: (token: string) => ['shared-journey', token] as const,
};

export const shareLinkQueries = {
  /** The journey's active links (owners and editors). */
  list: (journeyId: string) =>
    queryOptions({
      queryKey: shareLinkKeys.list(journeyId),
      queryFn: ({ signal }) => listShareLinks(journeyId, signal),
    }),
  /** What a share link opens; re-read on focus, so a revoked link stops showing the journey soon after. */
  shared: (token: string) =>
    queryOptions({
      queryKey: shareLinkKeys.shared(token),
      queryFn: ({ signal }) => openSharedJourney(token, signal),
    }),
};
