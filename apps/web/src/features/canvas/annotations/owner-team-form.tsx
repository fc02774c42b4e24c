import { ANNOTATION_LIMITS } from '@cxmap/domain';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../../api/problem';

export interface OwnerTeamFormProps {
  current: string | null;
  saving: boolean;
  onCancel: () => void;
  /** Resolves when saved; a rejection's message is shown under the field. */
  onSave: (ownerTeam: string | null) => Promise<unknown>;
}

/** Names the team that owns fixing an annotation (anyone who may comment triages); empty clears it. */
export function OwnerTeamForm({ current, saving, onCancel, onSave }: OwnerTeamFormProps) {
  const [team, setTeam] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = team.trim();
        const next = trimmed === '' ? null : trimmed;
        if (next === current) {
          onCancel();
          return;
        }
        onSave(next).catch((failure: unknown) => setError(describeError(failure)));
      }}
    >
      <Stack gap={4}>
        <TextInput
          size="xs"
          label="Owner team"
          description="Who owns fixing it; leave empty for nobody."
          placeholder="e.g. Logistics"
          maxLength={ANNOTATION_LIMITS.ownerTeamMax}
          value={team}
          error={error}
          onChange={(event) => {
            setTeam(event.currentTarget.value);
            setError(null);
          }}
          data-autofocus
        />
        <Group justify="flex-end" gap={4}>
          <Button size="compact-xs" variant="default" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button size="compact-xs" type="submit" loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
