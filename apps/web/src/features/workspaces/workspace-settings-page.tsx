import { ROLE_LABELS } from '@cxmap/domain';
import { Anchor, Badge, Button, Container, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDoorExit, IconHistory, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { problemToFieldMessage } from '../../api/problem';
import { useMe } from '../../app/me-context';
import { useWorkspaceAccess } from '../../app/workspace-access';
import { InlineNameForm } from '../../ui/inline-name-form';
import { SettingsSection } from '../../ui/settings-section';
import { ApiKeysSection } from './api-keys-section';
import { InvitationsSection } from './invitations-section';
import { MembersSection } from './members-section';
import { MetricsSection } from './metrics/metrics-section';
import { useDeleteWorkspace, useLeaveWorkspace, useRenameWorkspace } from './use-workspace-mutations';
import { confirmsDeletion, validateWorkspaceName } from './workspace-validation';

/** `/w/:workspaceId/settings`: name, members, invitations, API keys, leaving and deleting. Owners manage; others read. */
export function WorkspaceSettingsPage() {
  const { workspaceId = '' } = useParams();
  const me = useMe();
  const workspace = me.workspaces.find((candidate) => candidate.id === workspaceId);
  const access = useWorkspaceAccess(workspaceId);
  if (!workspace) return null;
  const isOwner = access.can('workspace:manage');

  return (
    <Container size="md" py="xl" px={{ base: 'md', sm: 'xl' }}>
      <title>{`Settings · ${workspace.name} · CXMap`}</title>
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to={`/w/${workspaceId}`} size="sm" c="dimmed">
            <Group gap={4} wrap="nowrap">
              <IconArrowLeft size={16} aria-hidden />
              Journeys
            </Group>
          </Anchor>
          <Group gap="sm" mt="xs" align="center">
            <Title order={1} fz={28}>
              Workspace settings
            </Title>
            <Badge variant="light" color={isOwner ? 'indigo' : 'gray'} tt="none" radius="sm">
              Your role: {ROLE_LABELS[workspace.role]}
            </Badge>
          </Group>
        </div>

        <GeneralSection key={workspace.name} workspaceId={workspaceId} name={workspace.name} canRename={isOwner} />
        <MembersSection workspaceId={workspaceId} ownUserId={me.user.id} canManage={access.can('members:manage')} />
        {access.can('members:manage') && <InvitationsSection workspaceId={workspaceId} />}
        <MetricsSection workspaceId={workspaceId} canEdit={access.can('journey:write')} />
        {access.can('integrations:manage') && <ApiKeysSection workspaceId={workspaceId} />}
        {access.can('audit:read') && (
          <SettingsSection title="Activity" description="Who changed what in this workspace, and when: members, invitations and every journey edit.">
            <Group>
              <Button component={Link} to={`/w/${workspaceId}/activity`} variant="light" leftSection={<IconHistory size={16} aria-hidden />}>
                View activity
              </Button>
            </Group>
          </SettingsSection>
        )}
        <DangerZone workspaceId={workspaceId} name={workspace.name} userId={me.user.id} canDelete={isOwner} />
      </Stack>
    </Container>
  );
}

function GeneralSection({ workspaceId, name, canRename }: { workspaceId: string; name: string; canRename: boolean }) {
  const rename = useRenameWorkspace(workspaceId);
  const save = (trimmed: string, reportError: (message: string) => void) =>
    rename.mutate(trimmed, {
      onSuccess: () => notifications.show({ color: 'teal', message: 'The workspace was renamed.' }),
      onError: (failure) => reportError(problemToFieldMessage(failure, 'name')),
    });

  return (
    <SettingsSection title="General">
      {canRename ? (
        <InlineNameForm
          label="Workspace name"
          name={name}
          saving={rename.isPending}
          validate={validateWorkspaceName}
          onSave={save}
        />
      ) : (
        <div>
          <Text size="sm" fw={500}>
            Workspace name
          </Text>
          <Text>{name}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            Only owners can rename the workspace.
          </Text>
        </div>
      )}
    </SettingsSection>
  );
}

interface DangerZoneProps {
  workspaceId: string;
  name: string;
  userId: string;
  canDelete: boolean;
}

function DangerZone({ workspaceId, name, userId, canDelete }: DangerZoneProps) {
  const navigate = useNavigate();
  const goHome = () => void navigate('/', { replace: true });
  const leave = useLeaveWorkspace(workspaceId, userId, goHome);
  const [deleting, setDeleting] = useState(false);

  const confirmLeave = () =>
    modals.openConfirmModal({
      title: `Leave ${name}?`,
      radius: 'lg',
      children: <Text size="sm">You lose access to its journeys at once. An owner can invite you again.</Text>,
      labels: { confirm: 'Leave workspace', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => leave.mutate(),
    });

  return (
    <SettingsSection title="Danger zone" danger>
      <Group justify="space-between" gap="md" wrap="wrap">
        <div style={{ flex: '1 1 300px' }}>
          <Text fw={600} size="sm">
            Leave this workspace
          </Text>
          <Text size="sm" c="dimmed">
            {canDelete ? 'A workspace keeps at least one owner: make someone else an owner before you leave.' : 'You lose access to its journeys.'}
          </Text>
        </div>
        <Button variant="default" color="red" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={confirmLeave} loading={leave.isPending}>
          Leave workspace
        </Button>
      </Group>
      {canDelete && (
        <Group justify="space-between" gap="md" wrap="wrap" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <div style={{ flex: '1 1 300px' }}>
            <Text fw={600} size="sm">
              Delete this workspace
            </Text>
            <Text size="sm" c="dimmed">
              Every journey, member and invitation goes with it. This cannot be undone.
            </Text>
          </div>
          <Button color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
            Delete workspace
          </Button>
        </Group>
      )}
      <DeleteWorkspaceModal workspaceId={workspaceId} name={name} opened={deleting} onClose={() => setDeleting(false)} onDeleted={goHome} />
    </SettingsSection>
  );
}

interface DeleteWorkspaceModalProps {
  workspaceId: string;
  name: string;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}

/** Deleting asks for the workspace's name to be typed, so it never happens by a stray click. */
function DeleteWorkspaceModal({ workspaceId, name, opened, onClose, onDeleted }: DeleteWorkspaceModalProps) {
  const remove = useDeleteWorkspace(workspaceId, onDeleted);
  const [typed, setTyped] = useState('');
  const close = () => {
    setTyped('');
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Delete workspace?" radius="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmsDeletion(typed, name)) remove.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            “<b>{name}</b>” will be deleted with all its journeys, members and invitations. This cannot be undone.
          </Text>
          <TextInput
            label={`Type ${name} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!confirmsDeletion(typed, name)} loading={remove.isPending}>
              Delete workspace
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
