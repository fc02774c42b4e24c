import { API_KEY_SCOPE_LABELS, type ApiKeyDto, type ApiKeyScope } from '@cxmap/domain';
import { ActionIcon, Badge, Button, Group, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconKey, IconPlus, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiKeyQueries } from '../../api/api-keys';
import { describeError } from '../../api/problem';
import { LoadError } from '../../ui/list-states';
import { formatDate, formatDateTime, formatRelativeTime } from '../../ui/relative-time';
import { SettingsSection } from '../../ui/settings-section';
import { useNow } from '../../ui/use-now';
import { CreateApiKeyModal } from './create-api-key-modal';
import { useRevokeApiKey } from './use-api-key-mutations';

const SCOPE_COLORS: Record<ApiKeyScope, string> = { read: 'indigo', ingest: 'teal' };

/** Owners only: the workspace's API keys for integrations; a key's secret is shown once, when created. */
export function ApiKeysSection({ workspaceId }: { workspaceId: string }) {
  const [creating, setCreating] = useState(false);
  return (
    <SettingsSection
      title="API keys"
      description="Integrations, such as a survey tool, call the CXMap API with a key. A key reaches this workspace only, and only what its scopes allow. Give each integration its own key, so you can revoke one alone."
    >
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          Create API key
        </Button>
      </Group>
      <ApiKeyList workspaceId={workspaceId} />
      <CreateApiKeyModal workspaceId={workspaceId} opened={creating} onClose={() => setCreating(false)} />
    </SettingsSection>
  );
}

function ApiKeyList({ workspaceId }: { workspaceId: string }) {
  const keys = useQuery(apiKeyQueries.list(workspaceId));
  const revoke = useRevokeApiKey(workspaceId);
  const now = useNow();

  const confirmRevoke = (apiKey: ApiKeyDto): void => {
    modals.openConfirmModal({
      title: `Revoke “${apiKey.name}”?`,
      radius: 'lg',
      children: (
        <Text size="sm">
          Every request with the key <b>{apiKey.prefix}…</b> fails from now on. This cannot be undone: the integration will need a new key.
        </Text>
      ),
      labels: { confirm: 'Revoke key', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => revoke.mutate(apiKey),
    });
  };

  if (keys.isPending) return <Skeleton h={72} radius="md" role="status" aria-label="Loading API keys" />;
  if (keys.isError && !keys.data) {
    return (
      <LoadError
        title="The API keys could not be loaded"
        message={describeError(keys.error)}
        retrying={keys.isFetching}
        onRetry={() => void keys.refetch()}
      />
    );
  }
  if (keys.data.length === 0) {
    return (
      <Group
        gap="sm"
        wrap="nowrap"
        p="md"
        style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-md)' }}
      >
        <IconKey size={20} color="var(--mantine-color-gray-6)" aria-hidden />
        <Text size="sm" c="dimmed">
          No API keys yet. Create one when an integration needs to read journeys or push measurements.
        </Text>
      </Group>
    );
  }

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label="API keys" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Scopes</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Created by</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th w={48} aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.data.map((apiKey) => (
            <Table.Tr key={apiKey.id}>
              <Table.Td style={{ whiteSpace: 'normal', minWidth: 160 }}>
                <Text size="sm" fw={500}>
                  {apiKey.name}
                </Text>
              </Table.Td>
              {/* Badges shrink to an ellipsis in a tight cell: keep room for both scopes. */}
              <Table.Td miw={140}>
                <Group gap={4} wrap="nowrap">
                  {apiKey.scopes.map((scope) => (
                    <Badge key={scope} variant="light" color={SCOPE_COLORS[scope]} tt="none" radius="sm" style={{ flexShrink: 0 }}>
                      {API_KEY_SCOPE_LABELS[scope]}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" c="dimmed">
                  {apiKey.prefix}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {apiKey.createdBy ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(apiKey.createdAt)} openDelay={300}>
                  <Text size="sm" c="dimmed">
                    {formatDate(apiKey.createdAt)}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                {apiKey.lastUsedAt === null ? (
                  <Text size="sm" c="dimmed">
                    Never
                  </Text>
                ) : (
                  <Tooltip label={formatDateTime(apiKey.lastUsedAt)} openDelay={300}>
                    <Text size="sm" c="dimmed">
                      {formatRelativeTime(apiKey.lastUsedAt, now)}
                    </Text>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <Tooltip label="Revoke" openDelay={300}>
                  <ActionIcon variant="subtle" color="red" aria-label={`Revoke the API key ${apiKey.name}`} onClick={() => confirmRevoke(apiKey)}>
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
