import { LIMITS, type TemplateKey } from '@cxmap/domain';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useProblemForm } from '../../api/use-problem-form';
import { TemplatePicker } from '../../ui/template-picker';
import { validateJourneyDescription, validateJourneyName } from './journey-validation';
import { useCreateJourney } from './use-journey-mutations';
import { DescriptionInput } from '../../ui/description-input';
import { FormActions, FormError } from '../../ui/form-actions';

const FIELDS = ['name', 'description', 'template'] as const;

export interface NewJourneyModalProps {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
}

export function NewJourneyModal({ workspaceId, opened, onClose }: NewJourneyModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New journey" size="lg" radius="lg">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {opened && <NewJourneyForm workspaceId={workspaceId} onDone={onClose} />}
    </Modal>
  );
}

function NewJourneyForm({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const navigate = useNavigate();
  const create = useCreateJourney(workspaceId);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [template, setTemplate] = useState<TemplateKey>('awareness-to-advocacy');
  // The template picker shows no message of its own: the API's word on it goes above the form.
  const { errors, formError, check, clearError, showProblem, textField } = useProblemForm(FIELDS, { aboveForm: ['template'] });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check({ name: validateJourneyName(name), description: validateJourneyDescription(description) })) return;
    create.mutate(
      { name: name.trim(), description: description.trim() || undefined, template },
      {
        onSuccess: (journey) => {
          onDone();
          void navigate(`/w/${workspaceId}/journeys/${journey.id}`);
        },
        onError: showProblem,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Name"
          placeholder="e.g. First-time buyer, Claims handling"
          maxLength={LIMITS.nameMax}
          {...textField('name', name, setName)}
          data-autofocus
        />
        <DescriptionInput
          hint="Optional: who the journey is for and what it covers"
          value={description}
          error={errors.description}
          onChange={(next) => {
            setDescription(next);
            clearError('description');
          }}
        />
        <TemplatePicker value={template} onChange={setTemplate} />
        <FormError message={formError} />
        <FormActions submitLabel="Create journey" pending={create.isPending} onCancel={onDone} mt="xs" />
      </Stack>
    </form>
  );
}
