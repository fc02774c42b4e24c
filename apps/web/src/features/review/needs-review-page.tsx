import { localIsoDate, nextReviewBy, REVIEW_INTERVAL_DAYS, type OverdueTouchpoint, type UnownedPainPoint } from '@cxmap/domain';
import { Anchor, Badge, Button, Container, EmptyState, Group, Paper, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconArrowLeft, IconCalendarCheck, IconChecks, IconFlame, IconUsersPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../api/problem';
import { reviewQueries } from '../../api/review';
import { useMe } from '../../app/me-context';
import { useWorkspaceAccess } from '../../app/workspace-access';
import { LoadError } from '../../ui/list-states';
import { formatDate, formatDateTime, formatRelativeTime, pluralize } from '../../ui/relative-time';
import { useNow } from '../../ui/use-now';
import { focusSearch } from '../../app/canvas-focus';
import { AssignOwnerModal } from './assign-owner-modal';
import classes from './needs-review.module.css';
import { useReviewMutations } from './use-review-mutations';

const TARGET_WORDS = { touchpoint: 'touchpoint', stage: 'stage', link: 'link' } as const;

/** `/w/:workspaceId/needs-review`: touchpoints past their review date and critical pain points nobody owns. */
export function NeedsReviewPage() {
  const { workspaceId = '' } = useParams();
  const workspace = useMe().workspaces.find((candidate) => candidate.id === workspaceId);
  if (!workspace) return null;
  return (
    <Container size="md" py="xl" px={{ base: 'md', sm: 'xl' }}>
      <title>{`Needs review · ${workspace.name} · CXMap`}</title>
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to={`/w/${workspaceId}`} size="sm" c="dimmed">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={16} aria-hidden />
              Journeys
            </Group>
          </Anchor>
          <Title order={1} fz={28} mt="xs">
            Needs review
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Touchpoints past their review date, and critical pain points that no team owns yet, across the journeys of {workspace.name}.
          </Text>
        </div>
        <ReviewQueue workspaceId={workspaceId} />
      </Stack>
    </Container>
  );
}

function ReviewQueue({ workspaceId }: { workspaceId: string }) {
  const queue = useQuery(reviewQueries.workspace(workspaceId));
  const access = useWorkspaceAccess(workspaceId);
  const mutations = useReviewMutations(workspaceId);
  const now = useNow();
  const [assigning, setAssigning] = useState<UnownedPainPoint | null>(null);

  if (queue.isPending) {
    return (
      <Stack gap="sm" role="status" aria-label="Loading the review queue">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={64} radius="md" />
        ))}
      </Stack>
    );
  }
  if (queue.isError) {
    return <LoadError title="The review queue could not be loaded" message={describeError(queue.error)} retrying={queue.isFetching} onRetry={() => void queue.refetch()} />;
  }
  const { overdueTouchpoints: overdue, unownedCriticalPainPoints: unowned } = queue.data;
  if (overdue.total === 0 && unowned.total === 0) {
    return (
      <EmptyState
        py={56}
        px="md"
        variant="light"
        color="teal"
        size="lg"
        icon={<IconChecks size={32} aria-hidden />}
        title="Nothing needs review"
        description="Every touchpoint is within its review date and every critical pain point has an owner."
        bg="white"
        bd="1px dashed var(--mantine-color-gray-4)"
        style={{ borderRadius: 'var(--mantine-radius-lg)' }}
      />
    );
  }
  const canvasHref = (journeyId: string, search: string) => `/w/${workspaceId}/journeys/${journeyId}${search}`;
  const today = localIsoDate(now);

  return (
    <Stack gap="xl">
      <QueueSection
        title="Overdue touchpoints"
        total={overdue.total}
        shown={overdue.items.length}
        empty="Every touchpoint is within its review date."
      >
        {overdue.items.map((row) => (
          <OverdueRow
            key={row.touchpoint.id}
            row={row}
            href={canvasHref(row.journey.id, focusSearch({ kind: 'touchpoint', id: row.touchpoint.id }))}
            canReview={access.can('journey:write')}
            saving={mutations.markReviewed.isPending && mutations.markReviewed.variables.touchpointId === row.touchpoint.id}
            onReviewed={() => mutations.markReviewed.mutate({ journeyId: row.journey.id, touchpointId: row.touchpoint.id, reviewBy: nextReviewBy(today) })}
          />
        ))}
      </QueueSection>
      <QueueSection
        title="Critical pain points without an owner"
        total={unowned.total}
        shown={unowned.items.length}
        empty="Every critical pain point has an owner team."
      >
        {unowned.items.map((row) => (
          <li key={row.annotation.id} className={classes.row}>
            <IconFlame size={18} className={classes.flame} aria-hidden />
            <div className={classes.main}>
              <Anchor component={Link} to={canvasHref(row.journey.id, focusSearch(row.target, 'annotations'))} fw={600} className={classes.wrap}>
                {row.annotation.title}
              </Anchor>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {row.journey.name} · on the {TARGET_WORDS[row.target.kind]} “{row.target.name}” · {row.stage.name}
              </Text>
            </div>
            <Text size="xs" c="dimmed" title={formatDateTime(row.annotation.createdAt)} className={classes.nowrap}>
              opened {formatRelativeTime(row.annotation.createdAt, now)}
            </Text>
            {access.can('journey:comment') && (
              <Button size="compact-sm" variant="light" leftSection={<IconUsersPlus size={14} aria-hidden />} onClick={() => setAssigning(row)}>
                Assign owner team
              </Button>
            )}
          </li>
        ))}
      </QueueSection>
      <AssignOwnerModal
        row={assigning}
        saving={mutations.assignOwner.isPending}
        onClose={() => setAssigning(null)}
        onAssign={(row, ownerTeam) =>
          mutations.assignOwner.mutateAsync({ journeyId: row.journey.id, annotationId: row.annotation.id, version: row.annotation.version, ownerTeam })
        }
      />
    </Stack>
  );
}

interface OverdueRowProps {
  row: OverdueTouchpoint;
  href: string;
  canReview: boolean;
  saving: boolean;
  onReviewed: () => void;
}

function OverdueRow({ row, href, canReview, saving, onReviewed }: OverdueRowProps) {
  return (
    <li className={classes.row}>
      <div className={classes.main}>
        <Anchor component={Link} to={href} fw={600} className={classes.wrap}>
          {row.touchpoint.title}
        </Anchor>
        <Text size="xs" c="dimmed" className={classes.wrap}>
          {row.journey.name} · {row.stage.name} · {row.touchpoint.ownerTeam ?? 'No owner team'}
        </Text>
      </div>
      <Stack gap={2} align="flex-end">
        <Badge color="red" variant="light" className={classes.nowrap}>
          {pluralize(row.daysOverdue, 'day')} overdue
        </Badge>
        <Text size="xs" c="dimmed" className={classes.nowrap}>
          review by {formatDate(`${row.reviewBy}T12:00:00`)}
        </Text>
      </Stack>
      {canReview && (
        <Tooltip label={`Reviewed today: next review in ${REVIEW_INTERVAL_DAYS} days`} openDelay={300}>
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconCalendarCheck size={14} aria-hidden />}
            loading={saving}
            onClick={onReviewed}
            aria-label={`Mark ${row.touchpoint.title} reviewed`}
          >
            Mark reviewed
          </Button>
        </Tooltip>
      )}
    </li>
  );
}

interface QueueSectionProps {
  title: string;
  total: number;
  shown: number;
  empty: string;
  children: ReactNode;
}

function QueueSection({ title, total, shown, empty, children }: QueueSectionProps) {
  return (
    <section aria-label={title}>
      <Group gap="xs" mb="xs">
        <Title order={2} fz="lg">
          {title}
        </Title>
        <Badge variant="light" color={total > 0 ? 'red' : 'gray'} circle={total < 10}>
          {total}
        </Badge>
      </Group>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Paper withBorder radius="lg">
          <ul className={classes.list} aria-label={title}>
            {children}
          </ul>
          {total > shown && (
            <Text size="xs" c="dimmed" ta="center" py="xs">
              Showing the oldest {shown} of {total}.
            </Text>
          )}
        </Paper>
      )}
    </section>
  );
}
