import type { AuditEventDto } from '@cxmap/domain';
import { Anchor, Code, Collapse, Group, List, ScrollArea, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ActorAvatar } from '../../ui/actor-avatar';
import { formatDateTime, formatRelativeTime } from '../../ui/relative-time';
import { ACTION_LABELS, actorName } from './activity-labels';
import { changeLines } from './change-lines';
import { opLines, opsOf } from './op-lines';
import classes from './activity.module.css';

export interface ActivityEventProps {
  event: AuditEventDto;
  workspaceId: string;
  /** Whether the event's journey still exists (a deleted one gets no link). */
  journeyExists: boolean;
  now: Date;
}

/** One row of the feed: who, what, when, on which journey; the change itself behind a toggle. */
export function ActivityEvent({ event, workspaceId, journeyExists, now }: ActivityEventProps) {
  const [open, setOpen] = useState(false);
  const detailsId = `activity-details-${event.id}`;
  return (
    <li className={classes.event}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <ActorAvatar actor={event.actor} />
        <Stack gap={2} miw={0} style={{ flex: 1 }}>
          <Text size="sm" fw={500} className={classes.wrap}>
            {event.summary}
          </Text>
          <Group gap={6} wrap="wrap">
            <Text size="xs" fw={600}>
              {actorName(event.actor)}
            </Text>
            <Text size="xs" c="dimmed" aria-hidden>
              ·
            </Text>
            <Text size="xs" c="dimmed">
              {ACTION_LABELS[event.action]}
            </Text>
            {event.journey && (
              <>
                <Text size="xs" c="dimmed" aria-hidden>
                  ·
                </Text>
                {journeyExists ? (
                  <Anchor component={Link} to={`/w/${workspaceId}/journeys/${event.journey.id}`} size="xs" className={classes.wrap}>
                    {event.journey.name}
                  </Anchor>
                ) : (
                  <Text size="xs" c="dimmed" className={classes.wrap}>
                    {event.journey.name} (deleted)
                  </Text>
                )}
              </>
            )}
          </Group>
          {event.change && (
            <UnstyledButton
              className={classes.toggle}
              onClick={() => setOpen((value) => !value)}
              aria-expanded={open}
              aria-controls={detailsId}
            >
              <Group gap={4} wrap="nowrap">
                {open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
                <Text size="xs" c="indigo.7" fw={500}>
                  {open ? 'Hide details' : 'Show details'}
                </Text>
              </Group>
            </UnstyledButton>
          )}
          {event.change && (
            <Collapse expanded={open} id={detailsId}>
              {open && <ChangeDetails action={event.action} change={event.change} />}
            </Collapse>
          )}
        </Stack>
        <Tooltip label={formatDateTime(event.occurredAt)} openDelay={200}>
          <Text component="time" dateTime={event.occurredAt} size="xs" c="dimmed" className={classes.time}>
            {formatRelativeTime(event.occurredAt, now)}
          </Text>
        </Tooltip>
      </Group>
    </li>
  );
}

/** Known change shapes as readable lines, a batch's ops as a list; anything else as JSON. */
function ChangeDetails({ action, change }: { action: AuditEventDto['action']; change: Record<string, unknown> }) {
  const lines = changeLines(action, change);
  const ops = opsOf(change);
  const rest = Object.fromEntries(Object.entries(change).filter(([key]) => key !== 'ops'));
  const hasRest = Object.values(rest).some((value) => value !== null && value !== undefined);
  return (
    <Stack gap="xs" mt={6}>
      {lines && lines.length > 0 && (
        <List size="xs" spacing={2} aria-label="Change" className={`${classes.details} ${classes.lines}`}>
          {lines.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      )}
      {ops && ops.length > 0 && (
        <ScrollArea.Autosize mah={260} type="auto" className={classes.details}>
          <List size="xs" spacing={2} aria-label="Operations" className={classes.ops}>
            {opLines(ops).map((line, index) => (
              <List.Item key={index}>{line}</List.Item>
            ))}
          </List>
        </ScrollArea.Autosize>
      )}
      {!lines && (!ops || hasRest) && (
        <Code block className={classes.details}>
          {JSON.stringify(ops ? rest : change, null, 2)}
        </Code>
      )}
    </Stack>
  );
}
