import type { DateRange } from '@cxmap/domain';
import { Container, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { portfolioQueries } from '../../api/portfolio';
import { describeError } from '../../api/problem';
import { useMe } from '../../app/me-context';
import { useWorkspaceAccess } from '../../app/workspace-access';
import { LoadError, NoJourneys } from '../../ui/list-states';
import { PortfolioExportSlot } from './portfolio-export-slot';
import { rangeFromSearch } from './portfolio-range';
import { PortfolioRangeControl } from './portfolio-range-control';
import type { PortfolioSort } from './portfolio-sort';
import { PortfolioTable } from './portfolio-table';

const SKELETON_ROWS = 4;

function formatDay(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** `/w/:workspaceId/portfolio?from=&to=`: every journey of the workspace at a glance, for executives. */
export function PortfolioPage() {
  const { workspaceId = '' } = useParams();
  const workspace = useMe().workspaces.find((candidate) => candidate.id === workspaceId);
  const canCreate = useWorkspaceAccess(workspaceId).can('journey:write');
  const [search, setSearch] = useSearchParams();
  const range = useMemo(() => rangeFromSearch(search), [search]);
  const [today] = useState(() => new Date());
  const [sort, setSort] = useState<PortfolioSort>({ key: 'health', direction: 'asc' });
  const report = useQuery({ ...portfolioQueries.report(workspaceId, range), placeholderData: keepPreviousData });

  const setRange = (next: DateRange | null) => {
    setSearch(next ? new URLSearchParams({ from: next.from, to: next.to }) : new URLSearchParams(), { replace: true });
  };

  if (!workspace) return null;
  const shown = report.data?.range;
  return (
    <Container size="xl" py="xl" px={{ base: 'md', sm: 'xl' }}>
      <title>{`Portfolio · ${workspace.name} · CXMap`}</title>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
          <div>
            <Title order={1} fz={28}>
              Portfolio
            </Title>
            <Text c="dimmed" size="sm" mt={4} maw={620}>
              Every journey of {workspace.name}: how its key metrics stand against their targets, its open critical pain points, and
              whether the share on target is rising.
              {shown && ` Metrics from ${formatDay(shown.from)} to ${formatDay(shown.to)}.`}
            </Text>
          </div>
          <Group gap="sm" align="flex-end">
            <PortfolioRangeControl value={range} today={today} onChange={setRange} />
            <PortfolioExportSlot workspaceId={workspaceId} range={range} report={report.data} />
          </Group>
        </Group>

        {report.isError && !report.data && (
          <LoadError
            title="The portfolio could not be loaded"
            message={describeError(report.error)}
            retrying={report.isFetching}
            onRetry={() => void report.refetch()}
          />
        )}
        {report.isPending && <PortfolioSkeleton />}
        {report.data && report.data.journeys.length === 0 && (
          <NoJourneys
            title="No journeys yet"
            description="The portfolio fills in as soon as the workspace has a journey: create one from a lifecycle template."
            create={canCreate ? { label: 'Create a journey', to: `/w/${workspaceId}` } : undefined}
          />
        )}
        {report.data && report.data.journeys.length > 0 && (
          <div aria-busy={report.isPlaceholderData || undefined} style={{ opacity: report.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
            <PortfolioTable workspaceId={workspaceId} report={report.data} sort={sort} onSort={setSort} />
          </div>
        )}
        {report.isError && report.data && (
          <Text size="sm" c="red.7" role="alert">
            This range could not be loaded: {describeError(report.error)}
          </Text>
        )}
      </Stack>
    </Container>
  );
}

function PortfolioSkeleton() {
  return (
    <Paper withBorder radius="lg" p="md" aria-busy="true" aria-label="Loading the portfolio">
      <Stack gap="md">
        <Skeleton h={14} w="40%" />
        {Array.from({ length: SKELETON_ROWS }, (_, index) => (
          <Group key={index} gap="lg" wrap="nowrap">
            <Skeleton h={14} w="24%" />
            <Skeleton h={14} w="10%" />
            <Skeleton h={14} w="8%" />
            <Skeleton h={12} w="22%" radius="xl" />
            <Skeleton h={14} w="8%" />
            <Skeleton h={14} w="10%" />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
