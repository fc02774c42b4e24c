import type { NeedsReviewResponse } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { annotationKeys, updateAnnotation } from '../../api/annotations';
import { describeError, isApiError } from '../../api/problem';
import { reviewKeys, setReviewBy } from '../../api/review';

/** The queue without one overdue touchpoint or one pain point (its total one less). */
export function withoutRow(queue: NeedsReviewResponse, row: { touchpointId?: string; annotationId?: string }): NeedsReviewResponse {
  const overdue = queue.overdueTouchpoints.items.filter((item) => item.touchpoint.id !== row.touchpointId);
  const unowned = queue.unownedCriticalPainPoints.items.filter((item) => item.annotation.id !== row.annotationId);
  return {
    overdueTouchpoints: { items: overdue, total: queue.overdueTouchpoints.total - (queue.overdueTouchpoints.items.length - overdue.length) },
    unownedCriticalPainPoints: {
      items: unowned,
      total: queue.unownedCriticalPainPoints.total - (queue.unownedCriticalPainPoints.items.length - unowned.length),
    },
  };
}

/**
 * The queue's inline actions. A row leaves the list as soon as its write succeeds; the queue is
 * then refetched (and the journey's canvas data, whose review dates and owners changed).
 */
export function useReviewMutations(workspaceId: string) {
  const queryClient = useQueryClient();
  const settle = async (journeyId: string, row: { touchpointId?: string; annotationId?: string }) => {
    queryClient.setQueryData<NeedsReviewResponse>(reviewKeys.workspace(workspaceId), (queue) => (queue ? withoutRow(queue, row) : queue));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
      queryClient.invalidateQueries({ queryKey: annotationKeys.journey(journeyId) }),
    ]);
  };

  const markReviewed = useMutation({
    mutationFn: (input: { journeyId: string; touchpointId: string; reviewBy: string }) => setReviewBy(input.journeyId, input.touchpointId, input.reviewBy),
    onSuccess: (_saved, input) => settle(input.journeyId, { touchpointId: input.touchpointId }),
    onError: (error) => notifications.show({ color: 'red', title: 'The touchpoint was not marked reviewed', message: describeError(error) }),
  });

  const assignOwner = useMutation({
    mutationFn: (input: { journeyId: string; annotationId: string; version: number; ownerTeam: string }) =>
      updateAnnotation(input.journeyId, input.annotationId, { version: input.version, ownerTeam: input.ownerTeam }),
    onSuccess: (_saved, input) => settle(input.journeyId, { annotationId: input.annotationId }),
    onError: (error) => {
      if (isApiError(error, 409)) {
        notifications.show({ color: 'yellow', title: 'Someone else changed this pain point', message: 'The list is reloaded; try again.' });
        void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      }
    },
  });

  return { markReviewed, assignOwner };
}
