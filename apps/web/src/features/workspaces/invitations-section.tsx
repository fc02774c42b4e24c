import {
  INVITATION_TTL_DAYS,
  LIMITS,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
  isOneOf,
  type CreatedInvitationResponse,
  type InvitationDto,
  type Role,
} from '@cxmap/domain';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  NativeSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconCopy, IconLink, IconSend, IconX } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/problem';
import { useProblemForm } from '../../api/use-problem-form';
import { loadedItems } from '../../api/pages';
import { workspaceQueries } from '../../api/workspaces';
import { LoadError } from '../../ui/list-states';
import { LoadMore } from '../../ui/load-more';
import { formatDate, formatDateTime, formatRelativeTime } from '../../ui/relative-time';
import { SettingsSection } from '../../ui/settings-section';
import { useNow } from '../../ui/use-now';
import { useCreateInvitation, useRevokeInvitation } from './use-workspace-mutations';
import { validateInviteEmail } from './workspace-validation';
import { FormError } from '../../ui/form-actions';

const FIELDS = ['email', 'role'] as const;

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: `${ROLE_LABELS[role]} — ${ROLE_DESCRIPTIONS[role]}` }));

/** The absolute link to send, from the path the API returns (`/invite/<token>`). */
export function invitationUrl(link: string, origin: string = window.location.origin): string {
  return new URL(link, origin).toString();
}

/** Owners only: invite by email (the link is shown once, to copy), and the pending invitations. */
export function InvitationsSection({ workspaceId }: { workspaceId: string }) {
  const [created, setCreated] = useState<CreatedInvitationResponse | null>(null);
  return (
    <SettingsSection
      title="Invite people"
      description={`Create a link for one email address and send it yourself. It works once and expires after ${INVITATION_TTL_DAYS} days.`}
    >
      <InviteForm workspaceId={workspaceId} onCreated={setCreated} />
      {created && <CreatedLink created={created} onDone={() => setCreated(null)} />}
      <PendingInvitations workspaceId={workspaceId} />
    </SettingsSection>
  );
}

function InviteForm({ workspaceId, onCreated }: { workspaceId: string; onCreated: (created: CreatedInvitationResponse) => void }) {
  const create = useCreateInvitation(workspaceId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const { errors, formError, check, showProblem, textField } = useProblemForm(FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check({ email: validateInviteEmail(email) })) return;
    create.mutate(
      { email: email.trim(), role },
      {
        onSuccess: (response) => {
          setEmail('');
          onCreated(response);
        },
        onError: showProblem,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Invite by email">
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="Email"
            type="email"
            placeholder="colleague@company.com"
            maxLength={LIMITS.emailMax}
            {...textField('email', email, setEmail)}
            style={{ flex: '1 1 240px' }}
          />
          <NativeSelect
            label="Role"
            value={role}
            data={ROLE_OPTIONS}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(ROLES, value)) setRole(value);
            }}
            error={errors.role}
            style={{ flex: '1 1 240px' }}
          />
        </Group>
        <FormError message={formError} />
        <Group>
          <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={create.isPending}>
            Create invitation link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CreatedLink({ created, onDone }: { created: CreatedInvitationResponse; onDone: () => void }) {
  const url = invitationUrl(created.link);
  return (
    <Alert
      color="teal"
      variant="light"
      radius="md"
      icon={<IconLink size={18} aria-hidden />}
      title={`Invitation link for ${created.invitation.email}`}
      role="region"
      aria-label="New invitation link"
    >
      <Stack gap="xs">
        <Text size="sm">
          Copy it now and send it to them: for your security it is shown only this once. They join as{' '}
          <b>{ROLE_LABELS[created.invitation.role]}</b>.
        </Text>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            readOnly
            value={url}
            aria-label="Invitation link"
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal' : 'indigo'}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button size="xs" variant="subtle" color="gray" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function PendingInvitations({ workspaceId }: { workspaceId: string }) {
  const invitations = useInfiniteQuery(workspaceQueries.invitations(workspaceId));
  const items = loadedItems(invitations.data);
  const revoke = useRevokeInvitation(workspaceId);
  const now = useNow();

  const confirmRevoke = (invitation: InvitationDto): void => {
    modals.openConfirmModal({
      title: 'Revoke invitation?',
      radius: 'lg',
      children: <Text size="sm">The link sent to {invitation.email} will stop working at once.</Text>,
      labels: { confirm: 'Revoke', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => revoke.mutate({ invitationId: invitation.id, email: invitation.email }),
    });
  };

  return (
    <Stack gap="xs" mt="sm">
      <Text fw={650} size="sm">
        Pending invitations
      </Text>
      {invitations.isPending && <Skeleton h={40} role="status" aria-label="Loading invitations" />}
      {invitations.isError && !invitations.data && (
        <LoadError
          title="The invitations could not be loaded"
          message={describeError(invitations.error)}
          retrying={invitations.isFetching}
          onRetry={() => void invitations.refetch()}
        />
      )}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          No pending invitations.
        </Text>
      )}
      {items && items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" aria-label="Pending invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Th w={120}>Role</Table.Th>
                <Table.Th w={160}>Invited by</Table.Th>
                <Table.Th w={120}>Expires</Table.Th>
                <Table.Th w={48} aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Text size="sm">{invitation.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" tt="none" radius="sm">
                      {ROLE_LABELS[invitation.role]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {invitation.invitedBy ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label={`${formatDateTime(invitation.expiresAt)} (${formatRelativeTime(invitation.expiresAt, now)})`} openDelay={300}>
                      <Text size="sm" c="dimmed">
                        {formatDate(invitation.expiresAt)}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="Revoke" openDelay={300}>
                      <ActionIcon variant="subtle" color="red" aria-label={`Revoke the invitation of ${invitation.email}`} onClick={() => confirmRevoke(invitation)}>
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {invitations.hasNextPage && (
        <LoadMore what="invitations" loading={invitations.isFetchingNextPage} onLoadMore={() => void invitations.fetchNextPage()} />
      )}
    </Stack>
  );
}
