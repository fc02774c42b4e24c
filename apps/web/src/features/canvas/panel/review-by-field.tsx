import { daysPastReview, localIsoDate, nextReviewBy, parseIsoDate, REVIEW_INTERVAL_DAYS } from '@cxmap/domain';
import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCalendarCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { annotationQueries } from '../../../api/annotations';
import { describeError } from '../../../api/problem';
import { formatDate, pluralize } from '../../../ui/relative-time';
import { useNow } from '../../../ui/use-now';
import { useSetReviewBy } from './use-set-review-by';

export interface ReviewByFieldProps {
  journeyId: string;
  touchpointId: string;
  /** journey:write: set, mark reviewed, clear. Without it the date is shown only. */
  canEdit: boolean;
}

/** "Overdue by 3 days", "Due today", "Due in 12 days". */
export function reviewStatus(reviewBy: string, today: string): { label: string; overdue: boolean } {
  const past = daysPastReview(reviewBy, today);
  if (past > 0) return { label: `Overdue by ${pluralize(past, 'day')}`, overdue: true };
  if (past === 0) return { label: 'Due today', overdue: false };
  return { label: `Due in ${pluralize(-past, 'day')}`, overdue: false };
}

/**
 * The touchpoint's review-by date (read from the journey's annotation summary, one query for the
 * whole canvas), with "overdue" styling once it has passed. Not a canvas edit: it is saved on its
 * own route at once, and undo does not touch it.
 */
export function ReviewByField({ journeyId, touchpointId, canEdit }: ReviewByFieldProps) {
  const summary = useQuery(annotationQueries.summary(journeyId));
  const save = useSetReviewBy();
  const today = localIsoDate(useNow());
  const [error, setError] = useState<string | null>(null);
  const reviewBy = summary.data?.reviewBy[touchpointId] ?? null;
  const status = reviewBy ? reviewStatus(reviewBy, today) : null;

  const commit = (value: string | null) => {
    if (value === reviewBy) return;
    setError(null);
    save.mutate({ journeyId, touchpointId, reviewBy: value }, { onError: (failure) => setError(describeError(failure)) });
  };

  const badge = status && (
    <Badge size="sm" variant={status.overdue ? 'filled' : 'light'} color={status.overdue ? 'red' : 'gray'} data-testid="review-status">
      {status.label}
    </Badge>
  );

  if (!canEdit) {
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          Review by
        </Text>
        <Group gap="xs">
          <Text size="sm" c={reviewBy ? undefined : 'dimmed'}>
            {reviewBy ? formatDate(`${reviewBy}T12:00:00`) : 'Not set'}
          </Text>
          {badge}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap={4}>
      <TextInput
        type="date"
        label={
          <Group gap={6} component="span">
            Review by {badge}
          </Group>
        }
        description="When someone should check this touchpoint is still right."
        value={reviewBy ?? ''}
        disabled={summary.isPending}
        error={error ?? undefined}
        styles={status?.overdue ? { input: { borderColor: 'var(--mantine-color-red-6)', color: 'var(--mantine-color-red-8)' } } : undefined}
        onChange={(event) => {
          const value = event.currentTarget.value;
          // A native date input reports '' until the date is complete; only whole dates are saved.
          if (value !== '' && parseIsoDate(value) !== null) commit(value);
        }}
        rightSection={
          reviewBy ? (
            <Tooltip label="Clear the review date">
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label="Clear the review date" onClick={() => commit(null)}>
                <IconX size={14} />
              </ActionIcon>
            </Tooltip>
          ) : null
        }
        rightSectionPointerEvents="all"
      />
      <Group>
        <Tooltip label={`Sets the next review to ${formatDate(`${nextReviewBy(today)}T12:00:00`)}`} openDelay={300}>
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconCalendarCheck size={14} />}
            loading={save.isPending}
            onClick={() => commit(nextReviewBy(today))}
          >
            Mark reviewed (+{REVIEW_INTERVAL_DAYS} days)
          </Button>
        </Tooltip>
      </Group>
    </Stack>
  );
}
