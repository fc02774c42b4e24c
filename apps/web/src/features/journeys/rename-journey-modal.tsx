import { LIMITS, type JourneySummaryDto } from '@cxmap/domain';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { validateJourneyName } from './journey-validation';

export interface RenameJourneyModalProps {
  /** The journey as the list shows it; its revision goes with the rename. */
  journey: JourneySummaryDto | null;
  /**
   * A name to start from instead of the current one (a retry after the journey changed elsewhere);
   * the dialog then shows the current name too.
   */
  draft?: string;
  onClose: () => void;
  onRename: (journey: JourneySummaryDto, name: string) => void;
}

export function RenameJourneyModal({ journey, draft, onClose, onRename }: RenameJourneyModalProps) {
  return (
    <Modal opened={journey !== null} onClose={onClose} title="Rename journey" radius="lg">
      {journey && (
        <RenameForm
          key={`${journey.id}:${journey.revision}`}
          journey={journey}
          draft={draft}
          onCancel={onClose}
          onRename={onRename}
        />
      )}
    </Modal>
  );
}

interface RenameFormProps {
  journey: JourneySummaryDto;
  draft: string | undefined;
  onCancel: () => void;
  onRename: (journey: JourneySummaryDto, name: string) => void;
}

function RenameForm({ journey, draft, onCancel, onRename }: RenameFormProps) {
  const [name, setName] = useState(draft ?? journey.name);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateJourneyName(name);
    setError(found);
    if (found) return;
    if (name.trim() === journey.name) onCancel();
    else onRename(journey, name.trim());
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Name"
          description={draft === undefined ? undefined : `Current name: “${journey.name}”`}
          maxLength={LIMITS.nameMax}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(undefined);
          }}
          onFocus={(event) => event.currentTarget.select()}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">Save</Button>
        </Group>
      </Stack>
    </form>
  );
}
