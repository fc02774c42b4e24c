import type { AuditFiltersResponse } from '@cxmap/domain';
import { Button, Group, Select, type ComboboxData } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';

/** Whose events to show: a person, or an API key (an integration); null for everyone. */
export type ActorFilter = { kind: 'user' | 'api_key'; id: string } | null;

export interface ActivityFilterValue {
  journeyId: string | null;
  actor: ActorFilter;
}

export interface ActivityFiltersProps {
  options: AuditFiltersResponse | undefined;
  value: ActivityFilterValue;
  onChange: (next: ActivityFilterValue) => void;
}

/** One select holds people and keys, so its values carry the kind. */
const actorValue = (actor: NonNullable<ActorFilter>): string => `${actor.kind}:${actor.id}`;

function parseActorValue(value: string | null): ActorFilter {
  if (value === null) return null;
  const [kind, id] = value.split(/:(.*)/s);
  return (kind === 'user' || kind === 'api_key') && id ? { kind, id } : null;
}

/**
 * Journey and "changed by" selects; both include what the log remembers but the workspace no
 * longer has (deleted journeys, former members, revoked keys).
 */
export function ActivityFilters({ options, value, onChange }: ActivityFiltersProps) {
  const { journeyId, actor } = value;
  const journeys = (options?.journeys ?? []).map((journey) => ({
    value: journey.id,
    label: journey.exists ? journey.name : `${journey.name} (deleted)`,
  }));
  const people = (options?.people ?? []).map((person) => ({
    value: actorValue({ kind: 'user', id: person.id }),
    label: person.member ? person.name : `${person.name} (former member)`,
  }));
  const keys = (options?.apiKeys ?? []).map((key) => ({
    value: actorValue({ kind: 'api_key', id: key.id }),
    label: key.active ? key.name : `${key.name} (revoked)`,
  }));
  // A filter from the URL that the options do not list still shows, rather than an empty select.
  if (journeyId && !journeys.some((option) => option.value === journeyId)) journeys.push({ value: journeyId, label: 'Unknown journey' });
  const selected = actor === null ? null : actorValue(actor);
  if (actor && selected && ![...people, ...keys].some((option) => option.value === selected)) {
    (actor.kind === 'user' ? people : keys).push({ value: selected, label: actor.kind === 'user' ? 'Unknown person' : 'Unknown API key' });
  }
  const actors: ComboboxData = [
    { group: 'People', items: people },
    ...(keys.length > 0 ? [{ group: 'API keys', items: keys }] : []),
  ];

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Journey"
        placeholder="All journeys"
        data={journeys}
        value={journeyId}
        onChange={(next) => onChange({ journeyId: next, actor })}
        clearable
        searchable
        nothingFoundMessage="No journey with that name"
        w={{ base: '100%', xs: 260 }}
      />
      <Select
        label="Changed by"
        placeholder="Anyone"
        data={actors}
        value={selected}
        onChange={(next) => onChange({ journeyId, actor: parseActorValue(next) })}
        clearable
        searchable
        nothingFoundMessage="No person or API key with that name"
        w={{ base: '100%', xs: 260 }}
      />
      {(journeyId || actor) && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange({ journeyId: null, actor: null })}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
