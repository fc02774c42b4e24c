import { LIMITS } from '@cxmap/domain';
import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

export interface InlineNameFormProps {
  label: string;
  /** Accessible name of the form; defaults to the field label. */
  formLabel?: string;
  /** The saved name; Save stays disabled until the draft differs from it. */
  name: string;
  saving: boolean;
  /** A message for an invalid draft, or undefined. */
  validate: (draft: string) => string | undefined;
  /** Saves the trimmed name; `reportError` puts a server message under the field. */
  onSave: (trimmed: string, reportError: (message: string) => void) => void;
}

/** One text field with a Save button beside it, for renaming a thing in a settings section. */
export function InlineNameForm({ label, formLabel, name, saving, validate, onSave }: InlineNameFormProps) {
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(draft);
    setError(found);
    if (!found) onSave(draft.trim(), setError);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={formLabel ?? label}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={label}
          maxLength={LIMITS.nameMax}
          value={draft}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          style={{ flex: '1 1 280px' }}
        />
        <Button type="submit" loading={saving} disabled={draft.trim() === name} mb={error ? 22 : 0}>
          Save
        </Button>
      </Group>
    </form>
  );
}
