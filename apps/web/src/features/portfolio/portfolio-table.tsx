import type { PortfolioJourney, PortfolioReport } from '@cxmap/reports';
import { Anchor, Badge, Group, Paper, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { Link } from 'react-router';
import { HealthBar } from './health-bar';
import { nextSort, sortPortfolio, type PortfolioSort, type PortfolioSortKey } from './portfolio-sort';
import { TrendMark } from './trend-mark';
import classes from './portfolio.module.css';

const STATUS_COLORS = { draft: 'gray', published: 'teal', archived: 'dark' } as const;
const STATUS_LABELS = { draft: 'Draft', published: 'Published', archived: 'Archived' } as const;
const STATE_LABELS = { current: 'Current state', future: 'Future state' } as const;

const COLUMNS: { key: PortfolioSortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Journey' },
  { key: 'status', label: 'Status' },
  { key: 'touchpoints', label: 'Touchpoints', numeric: true },
  { key: 'health', label: 'Key metric health' },
  { key: 'critical', label: 'Open critical pains', numeric: true },
  { key: 'trend', label: 'Trend' },
];

export interface PortfolioTableProps {
  workspaceId: string;
  report: PortfolioReport;
  sort: PortfolioSort;
  onSort: (sort: PortfolioSort) => void;
}

/** Every journey of the portfolio, sortable by each column, with a totals row. */
export function PortfolioTable({ workspaceId, report, sort, onSort }: PortfolioTableProps) {
  const rows = sortPortfolio(report.journeys, sort);
  const { totals } = report;
  return (
    <Paper withBorder radius="lg" className={classes.tableFrame}>
      <Table.ScrollContainer minWidth={960} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label="Journeys of the portfolio">
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((column) => (
                <SortableHeader key={column.key} column={column} sort={sort} onSort={() => onSort(nextSort(sort, column.key))} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((journey) => (
              <JourneyRow key={journey.id} workspaceId={workspaceId} journey={journey} />
            ))}
          </Table.Tbody>
          <Table.Tfoot className={classes.totals}>
            <Table.Tr>
              <Table.Th scope="row">
                All journeys ({totals.journeys})
              </Table.Th>
              <Table.Td />
              <Table.Td ta="right" fw={600}>
                {totals.touchpoints}
              </Table.Td>
              <Table.Td>
                <HealthBar counts={totals.health} />
              </Table.Td>
              <Table.Td ta="right">
                <CriticalBadge count={totals.openPains.critical} />
              </Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function SortableHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: PortfolioSort; onSort: () => void }) {
  const active = sort.key === column.key;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      ta={column.numeric ? 'right' : undefined}
      miw={column.key === 'name' ? 220 : undefined}
    >
      <UnstyledButton onClick={onSort} className={classes.sortButton} data-numeric={column.numeric || undefined}>
        <Group gap={4} wrap="nowrap" justify={column.numeric ? 'flex-end' : 'flex-start'}>
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {column.label}
          </Text>
          <Icon size={14} aria-hidden className={active ? undefined : classes.idleIcon} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function CriticalBadge({ count }: { count: number }) {
  if (count === 0) {
    return (
      <Text size="sm" c="dimmed" aria-label="No open critical pain points">
        0
      </Text>
    );
  }
  return (
    <Badge color="red" variant="filled" size="lg" radius="sm" aria-label={`${count} open critical pain point${count === 1 ? '' : 's'}`}>
      {count}
    </Badge>
  );
}

function JourneyRow({ workspaceId, journey }: { workspaceId: string; journey: PortfolioJourney }) {
  const otherOpen = journey.openPains.high + journey.openPains.medium + journey.openPains.low;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/w/${workspaceId}/journeys/${journey.id}`} fw={600}>
          {journey.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {journey.stageCount} {journey.stageCount === 1 ? 'stage' : 'stages'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[journey.status]} variant="light" style={{ flexShrink: 0, overflow: 'visible' }}>
          {STATUS_LABELS[journey.status]}
        </Badge>
        <Text size="xs" c="dimmed" mt={4} style={{ whiteSpace: 'nowrap' }}>
          {STATE_LABELS[journey.state]}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{journey.touchpointCount}</Table.Td>
      <Table.Td>
        <HealthBar counts={journey.health} />
      </Table.Td>
      <Table.Td ta="right">
        <CriticalBadge count={journey.openPains.critical} />
        {otherOpen > 0 && (
          <Text size="xs" c="dimmed" mt={2} style={{ whiteSpace: 'nowrap' }}>
            +{otherOpen} other open
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <TrendMark trend={journey.trend} />
      </Table.Td>
    </Table.Tr>
  );
}
