import { Alert, Button, Group, type MantineSpacing } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** The message above a form's buttons when a problem sits on no field; nothing without one. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
      {message}
    </Alert>
  );
}

export interface FormActionsProps {
  submitLabel: string;
  /** While the request runs: the submit button spins and Cancel waits. */
  pending: boolean;
  onCancel: () => void;
  /** For a dialog that is no form: what the main button does (otherwise it submits the form). */
  onSubmit?: () => void;
  /** Submitting is not possible yet (e.g. nothing valid to import). */
  submitDisabled?: boolean;
  mt?: MantineSpacing;
}

/** A dialog form's Cancel and submit buttons, at its bottom right. */
export function FormActions({ submitLabel, pending, onCancel, onSubmit, submitDisabled, mt }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap="sm" mt={mt}>
      <Button variant="default" onClick={onCancel} disabled={pending}>
        Cancel
      </Button>
      <Button type={onSubmit ? 'button' : 'submit'} onClick={onSubmit} loading={pending} disabled={submitDisabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
