import { Anchor, Button, Center, Container, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconHistory, IconLock } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { auditQueries } from '../../api/audit';
import { ApiError } from '../../api/client';
import { describeError } from '../../api/problem';
import { useMe } from '../../app/me-context';
import { useWorkspaceAccess } from '../../app/workspace-access';
import { LoadError } from '../../ui/list-states';
import { useNow } from '../../ui/use-now';
import { ActivityEvent } from './activity-event';
import { ActivityFilters, type ActivityFilterValue } from './activity-filters';
import classes from './activity.module.css';

const SKELETONS = 5;

/** `/w/:workspaceId/activity?journey=&person=|key=`: the workspace's audit log, for owners. */
export function ActivityPage() {
  const { workspaceId = '' } = useParams();
  const workspace = useMe().workspaces.find((candidate) => candidate.id === workspaceId);
  const canRead = useWorkspaceAccess(workspaceId).can('audit:read');
  if (!workspace) return null;
  return (
    <Container size="md" py="xl" px={{ base: 'md', sm: 'xl' }}>
      <title>{`Activity · ${workspace.name} · CXMap`}</title>
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to={`/w/${workspaceId}/settings`} size="sm" c="dimmed">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={16} aria-hidden />
              Workspace settings
            </Group>
          </Anchor>
          <Title order={1} fz={28} mt="xs">
            Activity
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Every change to {workspace.name}, its members and its journeys: who made it, when, and what it was.
          </Text>
        </div>
        {canRead ? <ActivityFeed workspaceId={workspaceId} /> : <OwnersOnly workspaceId={workspaceId} />}
      </Stack>
    </Container>
  );
}

function ActivityFeed({ workspaceId }: { workspaceId: string }) {
  const [search, setSearch] = useSearchParams();
  const journeyId = search.get('journey');
  const personId = search.get('person');
  // `?person=` and `?key=` are one filter (an event has one actor); a hand-made URL with both keeps the person.
  const apiKeyId = personId ? null : search.get('key');
  const filter = useMemo(() => ({ journeyId, actorUserId: personId, actorApiKeyId: apiKeyId }), [journeyId, personId, apiKeyId]);
  const actor = personId ? ({ kind: 'user', id: personId } as const) : apiKeyId ? ({ kind: 'api_key', id: apiKeyId } as const) : null;
  const events = useInfiniteQuery(auditQueries.events(workspaceId, filter));
  const options = useQuery(auditQueries.filters(workspaceId));
  const now = useNow();
  const existing = useMemo(
    () => new Set((options.data?.journeys ?? []).filter((journey) => journey.exists).map((journey) => journey.id)),
    [options.data],
  );

  const setFilter = (next: ActivityFilterValue) => {
    const params = new URLSearchParams();
    if (next.journeyId) params.set('journey', next.journeyId);
    if (next.actor) params.set(next.actor.kind === 'user' ? 'person' : 'key', next.actor.id);
    setSearch(params, { replace: true });
  };

  if (events.error instanceof ApiError && events.error.status === 403) return <OwnersOnly workspaceId={workspaceId} />;
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = journeyId !== null || actor !== null;

  return (
    <Stack gap="md">
      <ActivityFilters options={options.data} value={{ journeyId, actor }} onChange={setFilter} />
      {events.isError && !events.data && (
        <LoadError
          title="The activity could not be loaded"
          message={describeError(events.error)}
          retrying={events.isFetching}
          onRetry={() => void events.refetch()}
        />
      )}
      {events.isPending && (
        <Paper withBorder radius="lg" aria-busy="true" aria-label="Loading activity">
          <ul className={classes.feed}>
            {Array.from({ length: SKELETONS }, (_, index) => (
              <li key={index} className={classes.event}>
                <Group gap="sm" wrap="nowrap">
                  <Skeleton circle h={32} w={32} />
                  <Stack gap={6} style={{ flex: 1 }}>
                    <Skeleton h={12} w="60%" />
                    <Skeleton h={10} w="35%" />
                  </Stack>
                </Group>
              </li>
            ))}
          </ul>
        </Paper>
      )}
      {events.data && items.length === 0 && (
        <EmptyState
          py={56}
          px="md"
          variant="light"
          color="indigo"
          icon={<IconHistory size={30} aria-hidden />}
          title={filtered ? 'Nothing matches these filters' : 'No activity yet'}
          description={
            filtered
              ? 'Try another journey, person or API key, or clear the filters.'
              : 'Changes to the workspace, its members and journeys will appear here.'
          }
          bg="white"
          bd="1px dashed var(--mantine-color-gray-4)"
          style={{ borderRadius: 'var(--mantine-radius-lg)' }}
        >
          {filtered && (
            <EmptyState.Actions>
              <Button variant="light" onClick={() => setFilter({ journeyId: null, actor: null })}>
                Clear filters
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      )}
      {items.length > 0 && (
        <Paper withBorder radius="lg">
          <ul className={classes.feed} aria-label="Activity">
            {items.map((event) => (
              <ActivityEvent
                key={event.id}
                event={event}
                workspaceId={workspaceId}
                journeyExists={event.journey !== null && existing.has(event.journey.id)}
                now={now}
              />
            ))}
          </ul>
        </Paper>
      )}
      {items.length > 0 && (
        <Center>
          {events.hasNextPage ? (
            <Button variant="default" loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
              Load more
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              That is everything{filtered ? ' for these filters' : ''}.
            </Text>
          )}
        </Center>
      )}
      {events.isFetchNextPageError && (
        <Text size="sm" c="red.7" ta="center" role="alert">
          More activity could not be loaded: {describeError(events.error)}
        </Text>
      )}
    </Stack>
  );
}

/** What a member who is not an owner sees, however they got here. */
function OwnersOnly({ workspaceId }: { workspaceId: string }) {
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack align="center" gap="xs" ta="center" py="lg">
        <IconLock size={32} color="var(--mantine-color-gray-5)" aria-hidden />
        <Title order={2} fz="lg">
          Only owners can see activity
        </Title>
        <Text c="dimmed" size="sm" maw={420}>
          The activity log shows every change made in this workspace. Ask an owner of the workspace if you need to know who changed something.
        </Text>
        <Button component={Link} to={`/w/${workspaceId}`} variant="light" mt="sm">
          Back to journeys
        </Button>
      </Stack>
    </Paper>
  );
}
