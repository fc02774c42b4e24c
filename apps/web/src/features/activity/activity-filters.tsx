import type { AuditFiltersResponse } from '@cxmap/domain';
import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';

export interface ActivityFiltersProps {
  options: AuditFiltersResponse | undefined;
  journeyId: string | null;
  personId: string | null;
  onChange: (next: { journeyId: string | null; personId: string | null }) => void;
}

/** Journey and person selects; both include what the log remembers but the workspace no longer has. */
export function ActivityFilters({ options, journeyId, personId, onChange }: ActivityFiltersProps) {
  const journeys = (options?.journeys ?? []).map((journey) => ({
    value: journey.id,
    label: journey.exists ? journey.name : `${journey.name} (deleted)`,
  }));
  const people = (options?.people ?? []).map((person) => ({
    value: person.id,
    label: person.member ? person.name : `${person.name} (former member)`,
  }));
  // A filter from the URL that the options do not list still shows, rather than an empty select.
  if (journeyId && !journeys.some((option) => option.value === journeyId)) journeys.push({ value: journeyId, label: 'Unknown journey' });
  if (personId && !people.some((option) => option.value === personId)) people.push({ value: personId, label: 'Unknown person' });

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Journey"
        placeholder="All journeys"
        data={journeys}
        value={journeyId}
        onChange={(value) => onChange({ journeyId: value, personId })}
        clearable
        searchable
        nothingFoundMessage="No journey with that name"
        w={{ base: '100%', xs: 260 }}
      />
      <Select
        label="Person"
        placeholder="Everyone"
        data={people}
        value={personId}
        onChange={(value) => onChange({ journeyId, personId: value })}
        clearable
        searchable
        nothingFoundMessage="Nobody with that name"
        w={{ base: '100%', xs: 240 }}
      />
      {(journeyId || personId) && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange({ journeyId: null, personId: null })}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
