import type { JourneyState, JourneyStatus, JourneySummaryDto } from '@cxmap/domain';
import { ActionIcon, Badge, Card, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import { IconDots, IconLayoutColumns, IconPencil, IconPointFilled, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime, formatRelativeTime, pluralize } from './relative-time';
import classes from './journey-card.module.css';

const STATUS: Record<JourneyStatus, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  published: { label: 'Published', color: 'teal' },
  archived: { label: 'Archived', color: 'orange' },
};

/** A current-state map is the default; only a future-state (target) map is marked. */
const STATE_LABEL: Record<JourneyState, string> = { current: 'Current state', future: 'Future state' };

export interface JourneyCardProps {
  journey: JourneySummaryDto;
  href: string;
  now: Date;
  /** Rename and delete, or null for a reader: then the card has no menu. */
  actions: { onRename: () => void; onDelete: () => void } | null;
}

/** One journey of the list; the whole card opens it, the menu renames or deletes it. */
export function JourneyCard({ journey, href, now, actions }: JourneyCardProps) {
  const status = STATUS[journey.status];
  return (
    <Card withBorder radius="lg" padding="lg" className={classes.card}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text component={Link} to={href} className={classes.link} fw={650} fz="lg" lh={1.3} lineClamp={2}>
            {journey.name}
          </Text>
          {actions && (
            <Menu position="bottom-end" width={180} shadow="md" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" className={classes.menu} aria-label={`Actions for ${journey.name}`}>
                  <IconDots size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={actions.onRename}>
                  Rename
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={actions.onDelete}>
                  Delete
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        <Group gap={6}>
          <Badge variant="light" color={status.color} radius="sm" tt="none" leftSection={<IconPointFilled size={10} aria-hidden />}>
            {status.label}
          </Badge>
          {journey.state === 'future' && (
            <Badge variant="outline" color="violet" radius="sm" tt="none">
              {STATE_LABEL.future}
            </Badge>
          )}
        </Group>
        <Text size="sm" c={journey.description ? 'dark.4' : 'dimmed'} fs={journey.description ? undefined : 'italic'} lineClamp={2} flex={1}>
          {journey.description || 'No description'}
        </Text>
        <Group justify="space-between" gap={4} pt="sm" className={classes.footer}>
          <Group gap={6} wrap="nowrap">
            <IconLayoutColumns size={15} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="xs" c="dimmed" className={classes.nowrap}>
              {pluralize(journey.stageCount, 'stage')} · {pluralize(journey.touchpointCount, 'touchpoint')}
            </Text>
          </Group>
          <Tooltip label={formatDateTime(journey.updatedAt)} openDelay={400}>
            <Text size="xs" c="dimmed" className={`${classes.time} ${classes.nowrap}`}>
              Updated {formatRelativeTime(journey.updatedAt, now)}
            </Text>
          </Tooltip>
        </Group>
      </Stack>
    </Card>
  );
}
