import { LIMITS } from '@cxmap/domain';
import { Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useProblemForm } from '../../api/use-problem-form';
import { useCreateWorkspace } from './use-workspace-mutations';
import { validateWorkspaceName } from './workspace-validation';
import { FormActions, FormError } from '../../ui/form-actions';

const FIELDS = ['name'] as const;

export interface NewWorkspaceModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Creates a workspace owned by the user and opens it. */
export function NewWorkspaceModal({ opened, onClose }: NewWorkspaceModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New workspace" radius="lg">
      {opened && <NewWorkspaceForm onDone={onClose} />}
    </Modal>
  );
}

function NewWorkspaceForm({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const [name, setName] = useState('');
  const { formError, check, showProblem, textField } = useProblemForm(FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check({ name: validateWorkspaceName(name) })) return;
    create.mutate(name.trim(), {
      onSuccess: (workspace) => {
        onDone();
        void navigate(`/w/${workspace.id}`);
      },
      onError: showProblem,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Workspace name"
          description="Usually a team or a company. You will be its owner."
          placeholder="Acme Marketing"
          maxLength={LIMITS.nameMax}
          {...textField('name', name, setName)}
          data-autofocus
        />
        <FormError message={formError} />
        <FormActions submitLabel="Create workspace" pending={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
