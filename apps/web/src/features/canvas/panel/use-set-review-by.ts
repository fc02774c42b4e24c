import type { AnnotationSummaryResponse } from '@cxmap/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { annotationKeys } from '../../../api/annotations';
import { reviewKeys, setReviewBy } from '../../../api/review';

export interface ReviewByChange {
  journeyId: string;
  touchpointId: string;
  reviewBy: string | null;
}

/**
 * Sets a touchpoint's review-by date. The journey's annotation summary (which carries the dates the
 * side panel shows) is patched at once; every needs-review queue is refetched, since a date moves
 * touchpoints in or out of it.
 */
export function useSetReviewBy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ journeyId, touchpointId, reviewBy }: ReviewByChange) => setReviewBy(journeyId, touchpointId, reviewBy),
    onSuccess: (saved, { journeyId }) => {
      queryClient.setQueryData<AnnotationSummaryResponse>(annotationKeys.summary(journeyId), (summary) => {
        if (!summary) return summary;
        const reviewBy = { ...summary.reviewBy };
        if (saved.reviewBy === null) delete reviewBy[saved.touchpointId];
        else reviewBy[saved.touchpointId] = saved.reviewBy;
        return { ...summary, reviewBy };
      });
      return queryClient.invalidateQueries({ queryKey: reviewKeys.all });
    },
  });
}
