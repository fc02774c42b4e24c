import { LIMITS, ROLE_DESCRIPTIONS, ROLE_LABELS, type InvitationPreviewDto, type MeResponse } from '@cxmap/domain';
import { Alert, Anchor, Badge, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconMailOpened } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { authKeys, authQueries, logout } from '../../api/auth';
import { acceptInvitation, invitationQueries } from '../../api/invitations';
import { describeError, isApiError } from '../../api/problem';
import { useProblemForm } from '../../api/use-problem-form';
import { NEXT_PARAM } from '../../app/redirect';
import { AuthLayout } from '../../ui/auth-layout';
import { FullPageLoader } from '../../ui/full-page-state';
import { formatDateTime } from '../../ui/relative-time';
import { FormError } from '../../ui/form-actions';

const FIELDS = ['name', 'password'] as const;
type Field = (typeof FIELDS)[number];

/**
 * `/invite/:token`, reachable without a session. A signed-in user of the invited email joins with
 * one click; anybody else creates the invited account (name and password) and joins with it.
 */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const preview = useQuery(invitationQueries.preview(token));
  const me = useQuery(authQueries.me());
  const signedOut = isApiError(me.error, 401);

  if (preview.isPending || (me.isPending && !signedOut)) return <FullPageLoader label="Loading the invitation" />;
  if (preview.isError) {
    const gone = isApiError(preview.error, 404);
    return (
      <AuthLayout
        title={gone ? 'This invitation link is not valid' : 'The invitation could not be loaded'}
        subtitle={
          gone
            ? 'It may have expired, been used already, or been revoked. Ask the person who invited you for a new link.'
            : describeError(preview.error)
        }
        footer={
          <Anchor component={Link} to="/" fw={600}>
            Go to CXMap
          </Anchor>
        }
      >
        {!gone && <Button onClick={() => void preview.refetch()}>Try again</Button>}
      </AuthLayout>
    );
  }
  const invitation = preview.data;
  const loginHref = `/login?${new URLSearchParams({ [NEXT_PARAM]: `/invite/${token}` }).toString()}`;

  return (
    <AuthLayout
      title={`Join ${invitation.workspaceName}`}
      subtitle={<InvitationSummary invitation={invitation} />}
      footer={
        me.data ? null : (
          <>
            Already have an account with {invitation.email}?{' '}
            <Anchor component={Link} to={loginHref} fw={600}>
              Log in to accept
            </Anchor>
          </>
        )
      }
    >
      <title>{`Join ${invitation.workspaceName} · CXMap`}</title>
      {me.data ? (
        <SignedInAccept token={token} invitation={invitation} me={me.data} />
      ) : me.isError && !signedOut ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          {describeError(me.error)}
        </Alert>
      ) : (
        <NewAccountForm token={token} invitation={invitation} />
      )}
    </AuthLayout>
  );
}

function InvitationSummary({ invitation }: { invitation: InvitationPreviewDto }) {
  return (
    <Stack gap={6} component="span">
      <span>
        {invitation.inviterName ?? 'A workspace owner'} invited <b>{invitation.email}</b> to this workspace as{' '}
        <Badge component="span" variant="light" tt="none" radius="sm">
          {ROLE_LABELS[invitation.role]}
        </Badge>
      </span>
      <Text component="span" size="xs" c="dimmed">
        {ROLE_DESCRIPTIONS[invitation.role]}. The link is valid until {formatDateTime(invitation.expiresAt)}.
      </Text>
    </Stack>
  );
}

/** After a successful accept: remember who is signed in now, and open the workspace. */
function useJoined() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (workspaceId: string, me: MeResponse) => {
    queryClient.setQueryData(authKeys.me(), me);
    void navigate(`/w/${workspaceId}`, { replace: true });
  };
}

function SignedInAccept({ token, invitation, me }: { token: string; invitation: InvitationPreviewDto; me: MeResponse }) {
  const queryClient = useQueryClient();
  const joined = useJoined();
  const accept = useMutation({
    mutationFn: () => acceptInvitation(token, {}),
    onSuccess: (response) => joined(response.workspaceId, response.me),
  });
  const switchAccount = useMutation({
    mutationFn: logout,
    onSuccess: () => queryClient.resetQueries({ queryKey: authKeys.me() }),
  });

  if (me.user.email !== invitation.email) {
    return (
      <Stack gap="md">
        <Alert color="yellow" variant="light" icon={<IconMailOpened size={18} aria-hidden />} title="This invitation is for someone else">
          You are signed in as <b>{me.user.email}</b>, but the invitation was sent to <b>{invitation.email}</b>. Log out to
          accept it as that person.
        </Alert>
        {switchAccount.isError && (
          <Alert color="red" variant="light" role="alert">
            {describeError(switchAccount.error)}
          </Alert>
        )}
        <Button onClick={() => switchAccount.mutate()} loading={switchAccount.isPending}>
          Log out and continue
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        You are signed in as <b>{me.user.name}</b> ({me.user.email}).
      </Text>
      {accept.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          {describeError(accept.error)}
        </Alert>
      )}
      <Button size="md" fullWidth onClick={() => accept.mutate()} loading={accept.isPending}>
        Join {invitation.workspaceName}
      </Button>
    </Stack>
  );
}

function NewAccountForm({ token, invitation }: { token: string; invitation: InvitationPreviewDto }) {
  const joined = useJoined();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { formError, check, showProblem, textField } = useProblemForm(FIELDS);
  const accept = useMutation({
    mutationFn: () => acceptInvitation(token, { name: name.trim(), password }),
    onSuccess: (response) => joined(response.workspaceId, response.me),
    onError: showProblem,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = 'Enter your name';
    if (password.length < LIMITS.passwordMin) found.password = `Use at least ${LIMITS.passwordMin} characters`;
    if (check(found)) accept.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create your account">
      <Stack gap="md">
        <TextInput label="Email" value={invitation.email} readOnly variant="filled" description="The invitation was sent to this address" />
        <TextInput
          label="Name"
          autoComplete="name"
          placeholder="Ada Lovelace"
          maxLength={LIMITS.nameMax}
          {...textField('name', name, setName)}
          data-autofocus
        />
        <PasswordInput
          label="Password"
          description={`At least ${LIMITS.passwordMin} characters`}
          autoComplete="new-password"
          maxLength={LIMITS.passwordMax}
          {...textField('password', password, setPassword)}
          visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the typed characters' }}
        />
        <FormError message={formError} />
        <Button type="submit" size="md" fullWidth loading={accept.isPending}>
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}
