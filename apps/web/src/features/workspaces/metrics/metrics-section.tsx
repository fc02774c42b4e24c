import type { MetricDefinitionDto } from '@cxmap/domain';
import { ActionIcon, Badge, Button, Code, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '@tanstack/react-query';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { metricQueries } from '../../../api/metrics';
import { describeError } from '../../../api/problem';
import { LoadError } from '../../../ui/list-states';
import { SettingsSection } from '../../../ui/settings-section';
import { FAMILY_LABELS, UNIT_LABELS } from './metric-labels';
import { MetricDefinitionModal } from './metric-definition-modal';
import { useMetricDefinitionMutations } from './use-metric-definition-mutations';
import classes from './metrics-section.module.css';

export interface MetricsSectionProps {
  workspaceId: string;
  /** journey:write: add, edit and delete custom metrics. Others read the list. */
  canEdit: boolean;
}

/** The workspace's own metrics, next to the built-in catalog every journey can attach. */
export function MetricsSection({ workspaceId, canEdit }: MetricsSectionProps) {
  const catalog = useQuery(metricQueries.definitions(workspaceId));
  const mutations = useMetricDefinitionMutations(workspaceId);
  const [editing, setEditing] = useState<MetricDefinitionDto | 'new' | null>(null);
  const custom = catalog.data?.filter((definition) => !definition.builtIn) ?? [];
  const builtIn = catalog.data ? catalog.data.length - custom.length : null;
  // The edit form follows the catalog: after a reload (a 409) it saves on top of the latest version.
  const edited = editing === null || editing === 'new' ? editing : (custom.find((definition) => definition.key === editing.key) ?? editing);

  const confirmDelete = (definition: MetricDefinitionDto) =>
    modals.openConfirmModal({
      title: `Delete “${definition.name}”?`,
      radius: 'lg',
      children: <Text size="sm">It leaves the catalog of this workspace. A metric attached in any journey cannot be deleted: detach it there first.</Text>,
      labels: { confirm: 'Delete metric', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => mutations.remove.mutate(definition),
    });

  return (
    <SettingsSection
      title="Metrics"
      description={`Every journey can attach the ${builtIn ?? 'built-in'} built-in metrics (CSAT, NPS, handle time…). Add the ones your teams measure beyond them.`}
    >
      {canEdit && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            Add metric
          </Button>
        </Group>
      )}
      {catalog.isPending && <Skeleton h={64} radius="md" role="status" aria-label="Loading metrics" />}
      {catalog.isError && !catalog.data && (
        <LoadError title="The metrics could not be loaded" message={describeError(catalog.error)} retrying={catalog.isFetching} onRetry={() => void catalog.refetch()} />
      )}
      {catalog.data && custom.length === 0 && (
        <Text size="sm" c="dimmed">
          No custom metrics yet.
        </Text>
      )}
      {custom.length > 0 && (
        <ul className={classes.list} aria-label="Custom metrics">
          {custom.map((definition) => (
            <li key={definition.key} className={classes.row} aria-label={definition.name}>
              <Stack gap={2} className={classes.main}>
                <Group gap="xs">
                  <Text fw={600} size="sm" className={classes.wrap}>
                    {definition.name}
                  </Text>
                  <Code>{definition.key}</Code>
                </Group>
                <Group gap={4}>
                  <Badge size="xs" variant="light" tt="none">
                    {FAMILY_LABELS[definition.family]}
                  </Badge>
                  <Badge size="xs" variant="outline" color="gray" tt="none">
                    {UNIT_LABELS[definition.unit]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {definition.direction === 'higher' ? 'higher is better' : 'lower is better'} · {definition.computation}
                  </Text>
                </Group>
                {definition.description && (
                  <Text size="xs" c="gray.7" className={classes.wrap}>
                    {definition.description}
                  </Text>
                )}
              </Stack>
              {canEdit && (
                <Group gap={2} wrap="nowrap">
                  <Tooltip label="Edit" openDelay={300}>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${definition.name}`} onClick={() => setEditing(definition)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Delete" openDelay={300}>
                    <ActionIcon variant="subtle" color="red" aria-label={`Delete ${definition.name}`} onClick={() => confirmDelete(definition)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              )}
            </li>
          ))}
        </ul>
      )}
      <MetricDefinitionModal editing={edited} mutations={mutations} onClose={() => setEditing(null)} />
    </SettingsSection>
  );
}
