import type { NeedsReviewResponse, ReviewByResponse } from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

/** Touchpoints past their review-by date and unowned critical pain points, across the workspace. */
export function needsReview(workspaceId: string, signal?: AbortSignal): Promise<NeedsReviewResponse> {
  return apiFetch<NeedsReviewResponse>(`/workspaces/${encodeURIComponent(workspaceId)}/needs-review`, { signal });
}

/** Sets (YYYY-MM-DD) or clears (null) a touchpoint's review-by date; editors only. */
export function setReviewBy(journeyId: string, touchpointId: string, reviewBy: string | null): Promise<ReviewByResponse> {
  return apiFetch<ReviewByResponse>(
    `/journeys/${encodeURIComponent(journeyId)}/touchpoints/${encodeURIComponent(touchpointId)}/review-by`,
    { method: 'PUT', body: { reviewBy } },
  );
}

export const reviewKeys = {
  /** Every workspace's queue: a review date set anywhere may move a touchpoint in or out of one. */
  all: ['needs-review'] as const,
  workspace: (workspaceId: string) => ['needs-review', workspaceId] as const,
};

export const reviewQueries = {
  workspace: (workspaceId: string) =>
    queryOptions({ queryKey: reviewKeys.workspace(workspaceId), queryFn: ({ signal }) => needsReview(workspaceId, signal) }),
};
