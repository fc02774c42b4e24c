import {
  API_KEY_SCOPE_DESCRIPTIONS,
  API_KEY_SCOPE_LABELS,
  API_KEY_SCOPES,
  LIMITS,
  type ApiKeyScope,
  type CreatedApiKeyResponse,
} from '@cxmap/domain';
import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useProblemForm } from '../../api/use-problem-form';
import { apiKeyExample, validateApiKeyName, validateApiKeyScopes } from './api-key-validation';
import { useCreateApiKey } from './use-api-key-mutations';
import { FormActions, FormError } from '../../ui/form-actions';

const FIELDS = ['name', 'scopes'] as const;

export interface CreateApiKeyModalProps {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Two steps in one modal: the form, then the new key's secret, shown this once. Closing the modal
 * forgets the secret for good.
 */
export function CreateApiKeyModal({ workspaceId, opened, onClose }: CreateApiKeyModalProps) {
  const [created, setCreated] = useState<CreatedApiKeyResponse | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={created ? 'API key created' : 'Create API key'} radius="lg" size="lg">
      {created ? (
        <CreatedSecret workspaceId={workspaceId} created={created} onDone={close} />
      ) : (
        <CreateForm workspaceId={workspaceId} onCreated={setCreated} onCancel={close} />
      )}
    </Modal>
  );
}

interface CreateFormProps {
  workspaceId: string;
  onCreated: (created: CreatedApiKeyResponse) => void;
  onCancel: () => void;
}

function CreateForm({ workspaceId, onCreated, onCancel }: CreateFormProps) {
  const create = useCreateApiKey(workspaceId);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['read']);
  const { errors, formError, check, clearError, showProblem, textField } = useProblemForm(FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check({ name: validateApiKeyName(name), scopes: validateApiKeyScopes(scopes) })) return;
    create.mutate(
      { name: name.trim(), scopes },
      {
        onSuccess: onCreated,
        onError: showProblem,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create API key">
      <Stack gap="md">
        <TextInput
          label="Name"
          description="Say which integration uses it, so you know what breaks if you revoke it."
          placeholder="Survey tool"
          maxLength={LIMITS.apiKeyNameMax}
          {...textField('name', name, setName)}
          data-autofocus
        />
        <Checkbox.Group
          label="Scopes"
          description="What the key may do in this workspace. Nothing else: it never edits journeys or manages people."
          value={scopes}
          onChange={(values) => {
            // Kept in the catalogue's order whatever order they were ticked in.
            setScopes(API_KEY_SCOPES.filter((scope) => values.includes(scope)));
            clearError('scopes');
          }}
          error={errors.scopes}
        >
          <Stack gap="sm" mt="xs">
            {API_KEY_SCOPES.map((scope) => (
              <Checkbox key={scope} value={scope} label={API_KEY_SCOPE_LABELS[scope]} description={API_KEY_SCOPE_DESCRIPTIONS[scope]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <FormError message={formError} />
        <FormActions submitLabel="Create key" pending={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

interface CreatedSecretProps {
  workspaceId: string;
  created: CreatedApiKeyResponse;
  onDone: () => void;
}

function CreatedSecret({ workspaceId, created, onDone }: CreatedSecretProps) {
  const example = apiKeyExample(window.location.origin, workspaceId, created.secret);
  return (
    <Stack gap="md" role="region" aria-label="New API key">
      <Alert color="yellow" variant="light" radius="md" icon={<IconAlertTriangle size={18} aria-hidden />} title="Copy the key now">
        For your security it is shown only this once: CXMap keeps a fingerprint of it, not the key. If you lose it, revoke it and
        create another.
      </Alert>
      <div>
        <Text size="sm" fw={500} mb={4}>
          {created.apiKey.name}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <SecretField value={created.secret} label="API key" />
          <CopyButton value={created.secret} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal' : 'indigo'}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
                style={{ flexShrink: 0 }}
              >
                {copied ? 'Copied' : 'Copy key'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </div>
      <div>
        <Group justify="space-between" mb={4}>
          <Text size="sm" fw={500}>
            Try it: list this workspace’s journeys
          </Text>
          <CopyButton value={example} timeout={2000}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy}>
                {copied ? 'Copied' : 'Copy command'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Code block aria-label="Example request" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {example}
        </Code>
        <Text size="xs" c="dimmed" mt={4}>
          Send the key as <Code>Authorization: Bearer …</Code> on every request.
        </Text>
      </div>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done, I copied it</Button>
      </Group>
    </Stack>
  );
}

function SecretField({ value, label }: { value: string; label: string }) {
  return (
    <TextInput
      readOnly
      value={value}
      aria-label={label}
      style={{ flex: 1 }}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
      onFocus={(event) => event.currentTarget.select()}
    />
  );
}
