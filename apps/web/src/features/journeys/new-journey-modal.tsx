import { LIMITS, type TemplateKey } from '@cxmap/domain';
import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useProblemForm } from '../../api/use-problem-form';
import { TemplatePicker } from '../../ui/template-picker';
import { validateJourneyDescription, validateJourneyName } from './journey-validation';
import { useCreateJourney } from './use-journey-mutations';
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
  const { errors, formError, check, clearError, showProblem } = useProblemForm(FIELDS, { aboveForm: ['template'] });

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
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            clearError('name');
          }}
          error={errors.name}
          data-autofocus
        />
        <Textarea
          label="Description"
          description="Optional: who the journey is for and what it covers"
          autosize
          minRows={2}
          maxRows={5}
          maxLength={LIMITS.descriptionMax}
          value={description}
          onChange={(event) => {
            setDescription(event.currentTarget.value);
            clearError('description');
          }}
          error={errors.description}
        />
        <TemplatePicker value={template} onChange={setTemplate} />
        <FormError message={formError} />
        <FormActions submitLabel="Create journey" pending={create.isPending} onCancel={onDone} mt="xs" />
      </Stack>
    </form>
  );
}
