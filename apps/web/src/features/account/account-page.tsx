import { LIMITS } from '@cxmap/domain';
import { Alert, Button, Container, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconLogout, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { describeError, isApiError, problemToFieldMessage } from '../../api/problem';
import { useProblemForm } from '../../api/use-problem-form';
import { useMe } from '../../app/me-context';
import { InlineNameForm } from '../../ui/inline-name-form';
import { SettingsSection } from '../../ui/settings-section';
import { validatePasswordChange, type PasswordField } from './account-validation';
import { useChangePassword, useDeleteAccount, useLogoutEverywhere, useRenameAccount } from './use-account-mutations';

/** `/account`: the signed-in user's name, password, sessions, and deleting the account. */
export function AccountPage() {
  const me = useMe();
  return (
    <Container size="md" py="xl" px={{ base: 'md', sm: 'xl' }}>
      <title>Account settings · CXMap</title>
      <Stack gap="lg">
        <div>
          <Title order={1} fz={28}>
            Account settings
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            Signed in as {me.user.email}
          </Text>
        </div>
        <ProfileSection key={me.user.name} name={me.user.name} />
        <PasswordSection />
        <SessionsSection />
        <DangerZone />
      </Stack>
    </Container>
  );
}

function ProfileSection({ name }: { name: string }) {
  const rename = useRenameAccount();
  const save = (trimmed: string, reportError: (message: string) => void) =>
    rename.mutate(trimmed, {
      onSuccess: () => notifications.show({ color: 'teal', message: 'Your name was saved.' }),
      onError: (failure) => reportError(problemToFieldMessage(failure, 'name')),
    });
  return (
    <SettingsSection title="Profile">
      <InlineNameForm label="Name" formLabel="Profile" name={name} saving={rename.isPending} validate={validateName} onSave={save} />
    </SettingsSection>
  );
}

function validateName(draft: string): string | undefined {
  const trimmed = draft.trim();
  if (!trimmed) return 'Enter your name';
  return trimmed.length > LIMITS.nameMax ? `Name can be at most ${LIMITS.nameMax} characters` : undefined;
}

/** The fields the API knows; the confirmation is the form's own. */
const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;

const EMPTY_PASSWORDS: Record<PasswordField, string> = { currentPassword: '', newPassword: '', confirmPassword: '' };

function PasswordSection() {
  const change = useChangePassword();
  const [values, setValues] = useState(EMPTY_PASSWORDS);
  const { formError, check, showProblem, textField } = useProblemForm<PasswordField>(PASSWORD_FIELDS);

  const field = (name: PasswordField) => textField(name, values[name], (value) => setValues((current) => ({ ...current, [name]: value })));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(validatePasswordChange(values))) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues(EMPTY_PASSWORDS);
          notifications.show({ color: 'teal', title: 'Password changed', message: 'Your other sessions were signed out.' });
        },
        onError: showProblem,
      },
    );
  }

  return (
    <SettingsSection title="Password" description="Changing it signs you out on every other device.">
      <form onSubmit={submit} noValidate aria-label="Change password">
        <Stack gap="sm" maw={420}>
          <PasswordInput label="Current password" autoComplete="current-password" maxLength={LIMITS.passwordMax} {...field('currentPassword')} />
          <PasswordInput
            label="New password"
            description={`At least ${LIMITS.passwordMin} characters`}
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            {...field('newPassword')}
          />
          <PasswordInput label="Confirm new password" autoComplete="new-password" maxLength={LIMITS.passwordMax} {...field('confirmPassword')} />
          {formError && (
            <Text c="red" size="sm" role="alert">
              {formError}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={change.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsSection>
  );
}

function SessionsSection() {
  const logoutEverywhere = useLogoutEverywhere();
  const confirm = () =>
    modals.openConfirmModal({
      title: 'Log out everywhere?',
      radius: 'lg',
      children: <Text size="sm">Every session of your account ends, this one included. You will need to log in again.</Text>,
      labels: { confirm: 'Log out everywhere', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        logoutEverywhere.mutate(undefined, {
          onError: (failure) => notifications.show({ color: 'red', title: 'Could not log out everywhere', message: describeError(failure) }),
        }),
    });

  return (
    <SettingsSection title="Sessions">
      <Group justify="space-between" gap="md" wrap="wrap">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 300px' }}>
          Lost a device or signed in on a shared computer? End every session of your account.
        </Text>
        <Button variant="default" leftSection={<IconLogout size={16} aria-hidden />} onClick={confirm} loading={logoutEverywhere.isPending}>
          Log out everywhere
        </Button>
      </Group>
    </SettingsSection>
  );
}

function DangerZone() {
  const [deleting, setDeleting] = useState(false);
  return (
    <SettingsSection title="Danger zone" danger>
      <Group justify="space-between" gap="md" wrap="wrap">
        <div style={{ flex: '1 1 300px' }}>
          <Text fw={600} size="sm">
            Delete your account
          </Text>
          <Text size="sm" c="dimmed">
            You leave every workspace. A workspace where you are the only owner needs another owner first, or must be deleted.
          </Text>
        </div>
        <Button color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
          Delete account
        </Button>
      </Group>
      <DeleteAccountModal opened={deleting} onClose={() => setDeleting(false)} />
    </SettingsSection>
  );
}

const DELETE_FIELDS = ['password'] as const;

/** Deleting asks for the password, so it never happens by a stray click (or on an unattended screen). */
function DeleteAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const remove = useDeleteAccount();
  const [password, setPassword] = useState('');
  const { formError: refusal, check, showProblem, setFormError, textField } = useProblemForm(DELETE_FIELDS);
  const close = () => {
    setPassword('');
    check({});
    onClose();
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check({ password: password ? undefined : 'Enter your password' })) return;
    remove.mutate(password, {
      onSuccess: () => notifications.show({ color: 'teal', message: 'Your account was deleted.' }),
      onError: (failure) => {
        if (isApiError(failure, 409)) setFormError(describeError(failure));
        else showProblem(failure);
      },
    });
  }

  return (
    <Modal opened={opened} onClose={close} title="Delete your account?" radius="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">Your account and your memberships are deleted and every session ends. This cannot be undone.</Text>
          {refusal && (
            <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert" title="Your account was not deleted">
              {refusal}
            </Alert>
          )}
          <PasswordInput
            label="Your password"
            autoComplete="current-password"
            maxLength={LIMITS.passwordMax}
            {...textField('password', password, setPassword)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={remove.isPending}>
              Delete account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
