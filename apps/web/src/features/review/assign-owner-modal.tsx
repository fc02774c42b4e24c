import { ANNOTATION_LIMITS, type UnownedPainPoint } from '@cxmap/domain';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../api/problem';

export interface AssignOwnerModalProps {
  /** The pain point to assign; null: closed. */
  row: UnownedPainPoint | null;
  saving: boolean;
  onClose: () => void;
  /** Resolves when saved; a rejection's message is shown in the form. */
  onAssign: (row: UnownedPainPoint, ownerTeam: string) => Promise<unknown>;
}

/** Names the team that owns fixing a pain point; the target's own owner team is offered. */
export function AssignOwnerModal({ row, saving, onClose, onAssign }: AssignOwnerModalProps) {
  return (
    <Modal opened={row !== null} onClose={onClose} title="Assign an owner team" radius="lg">
      {row && <AssignOwnerForm key={row.annotation.id} row={row} saving={saving} onClose={onClose} onAssign={onAssign} />}
    </Modal>
  );
}

function AssignOwnerForm({ row, saving, onClose, onAssign }: Omit<AssignOwnerModalProps, 'row'> & { row: UnownedPainPoint }) {
  const [team, setTeam] = useState(row.target.ownerTeam ?? '');
  const [error, setError] = useState<string | null>(null);
  const trimmed = team.trim();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed === '') {
          setError('Name the team that owns fixing it');
          return;
        }
        onAssign(row, trimmed).then(onClose, (failure: unknown) => setError(describeError(failure)));
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          Who owns fixing “<b>{row.annotation.title}</b>”?
        </Text>
        <TextInput
          label="Owner team"
          placeholder="e.g. Logistics"
          description={row.target.ownerTeam ? `${row.target.name} is owned by ${row.target.ownerTeam}.` : undefined}
          value={team}
          maxLength={ANNOTATION_LIMITS.ownerTeamMax}
          error={error}
          onChange={(event) => {
            setTeam(event.currentTarget.value);
            setError(null);
          }}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
