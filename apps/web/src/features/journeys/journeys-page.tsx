import type { JourneySummaryDto } from '@cxmap/domain';
import { Badge, Button, Container, Group, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconEye, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { journeyQueries } from '../../api/journeys';
import { loadedItems } from '../../api/pages';
import { describeError } from '../../api/problem';
import { useMe } from '../../app/me-context';
import { useWorkspaceAccess } from '../../app/workspace-access';
import { JourneyCard } from '../../ui/journey-card';
import { JourneyCardSkeleton } from '../../ui/journey-card-skeleton';
import { LoadError, NoJourneys } from '../../ui/list-states';
import { LoadMore } from '../../ui/load-more';
import { pluralize } from '../../ui/relative-time';
import { useNow } from '../../ui/use-now';
import { ImportJourneyModal } from '../imports/import-journey-modal';
import { confirmDeleteJourney } from './confirm-delete-journey';
import { NewJourneyModal } from './new-journey-modal';
import { RenameJourneyModal } from './rename-journey-modal';
import { useDeleteJourney, useRenameJourney } from './use-journey-mutations';

const SKELETONS = 6;

/** The journey the rename dialog is open for (as the list showed it), and a name to start from. */
interface RenameTarget {
  journey: JourneySummaryDto;
  draft?: string;
}
const GRID_COLS = { base: 1, sm: 2, lg: 3 };

export function JourneysPage() {
  const { workspaceId = '' } = useParams();
  const workspace = useMe().workspaces.find((candidate) => candidate.id === workspaceId);
  /** Viewers and commenters see the list without New, Rename and Delete. */
  const canEdit = useWorkspaceAccess(workspaceId).can('journey:write');
  const journeys = useInfiniteQuery(journeyQueries.list(workspaceId));
  const items = loadedItems(journeys.data);
  const [renaming, setRenaming] = useState<RenameTarget | null>(null);
  const rename = useRenameJourney(workspaceId, {
    onRenameAgain: (journey, attempted) => setRenaming({ journey, draft: attempted }),
  });
  const remove = useDeleteJourney(workspaceId);
  const now = useNow();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  useHotkeys([
    [
      'n',
      (event) => {
        // Not for readers, nor while a dialog (its buttons included) has the focus.
        if (!canEdit) return;
        if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
        event.preventDefault();
        setCreating(true);
      },
    ],
  ]);

  const openCreate = () => setCreating(true);
  const count = items?.length;

  return (
    <Container size="xl" py="xl" px={{ base: 'md', sm: 'xl' }}>
      <title>{`Journeys · ${workspace?.name ?? 'Workspace'} · CXMap`}</title>
      <Stack gap="xl">
        <Group justify="space-between" align="flex-end">
          <div>
            <Group gap="sm" align="center">
              <Title order={1} fz={28}>
                Journeys
              </Title>
              {!canEdit && <ViewOnlyBadge />}
            </Group>
            <Text c="dimmed" size="sm" mt={4}>
              {workspace?.name}
              {count !== undefined && count > 0 && ` · ${pluralize(count, 'journey')}${journeys.hasNextPage ? ' so far' : ''}`}
            </Text>
          </div>
          {canEdit && (
            <Group gap="sm">
              <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
                Import
              </Button>
              <Tooltip label="Shortcut: N" openDelay={300}>
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate} aria-keyshortcuts="n">
                  New journey
                </Button>
              </Tooltip>
            </Group>
          )}
        </Group>

        {journeys.isPending && (
          <SimpleGrid cols={GRID_COLS} spacing="lg" role="status" aria-label="Loading journeys">
            {Array.from({ length: SKELETONS }, (_, index) => (
              <JourneyCardSkeleton key={index} />
            ))}
          </SimpleGrid>
        )}

        {journeys.isError && !journeys.data && (
          <LoadError
            title="The journeys could not be loaded"
            message={describeError(journeys.error)}
            retrying={journeys.isFetching}
            onRetry={() => void journeys.refetch()}
          />
        )}

        {items?.length === 0 && <NoJourneys create={canEdit ? { label: 'Create your first journey', onClick: openCreate } : undefined} />}

        {items && items.length > 0 && (
          <SimpleGrid cols={GRID_COLS} spacing="lg" component="ul" aria-label="Journeys" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((journey) => (
              <li key={journey.id}>
                <JourneyCard
                  journey={journey}
                  href={`/w/${workspaceId}/journeys/${journey.id}`}
                  now={now}
                  actions={
                    canEdit
                      ? {
                          onRename: () => setRenaming({ journey }),
                          onDelete: () =>
                            confirmDeleteJourney(journey.name, () => remove.mutate({ journeyId: journey.id, name: journey.name })),
                        }
                      : null
                  }
                />
              </li>
            ))}
          </SimpleGrid>
        )}
        {journeys.hasNextPage && (
          <LoadMore what="journeys" loading={journeys.isFetchingNextPage} onLoadMore={() => void journeys.fetchNextPage()} />
        )}
      </Stack>

      {canEdit && <NewJourneyModal workspaceId={workspaceId} opened={creating} onClose={() => setCreating(false)} />}
      {canEdit && <ImportJourneyModal workspaceId={workspaceId} opened={importing} onClose={() => setImporting(false)} />}
      <RenameJourneyModal
        journey={renaming?.journey ?? null}
        draft={renaming?.draft}
        onClose={() => setRenaming(null)}
        onRename={(journey, name) => {
          setRenaming(null);
          rename.mutate({ journeyId: journey.id, name, revision: journey.revision });
        }}
      />
    </Container>
  );
}

function ViewOnlyBadge() {
  return (
    <Tooltip label="Your role lets you read and export journeys, not change them" openDelay={300}>
      <Badge variant="light" color="gray" radius="sm" tt="none" leftSection={<IconEye size={12} aria-hidden />}>
        View only
      </Badge>
    </Tooltip>
  );
}
