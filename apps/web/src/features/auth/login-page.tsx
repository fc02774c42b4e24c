import type { LoginRequest } from '@cxmap/domain';
import { Anchor, Button, Divider, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { authQueries, login } from '../../api/auth';
import { isApiError } from '../../api/problem';
import { useProblemForm } from '../../api/use-problem-form';
import { withNext } from '../../app/redirect';
import { AuthLayout } from '../../ui/auth-layout';
import { validateLogin } from './auth-validation';
import { useFinishSignIn } from './use-finish-sign-in';
import { FormError } from '../../ui/form-actions';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function LoginPage() {
  const { search } = useLocation();
  const finishSignIn = useFinishSignIn();
  const options = useQuery(authQueries.options());
  const [values, setValues] = useState<LoginRequest>({ email: '', password: '' });
  const { errors, formError, check, clearError, showProblem, setFormError } = useProblemForm(FIELDS);

  const loginMutation = useMutation({
    mutationFn: login,
    onSuccess: finishSignIn,
    onError: (error) => {
      if (isApiError(error, 401)) {
        setFormError('That email and password do not match an account. Check them and try again.');
        return;
      }
      showProblem(error);
    },
  });

  const demo = options.data?.demo ?? null;

  function change(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    clearError(field);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(validateLogin(values))) return;
    loginMutation.mutate({ email: values.email.trim(), password: values.password });
  }

  function openDemo() {
    if (!demo) return;
    check({});
    loginMutation.mutate(demo);
  }

  const demoPending = loginMutation.isPending && loginMutation.variables?.email === demo?.email;

  return (
    <AuthLayout
      title="Log in"
      subtitle="Welcome back. Pick up your journey maps where you left them."
      footer={
        <>
          New to CXMap?{' '}
          <Anchor component={Link} to={withNext('/signup', search)} fw={600}>
            Sign up
          </Anchor>
        </>
      }
    >
      <title>Log in · CXMap</title>
      {demo && (
        <>
          <Paper bg="indigo.0" radius="md" p="md" mb="lg">
            <Stack gap="sm">
              <div>
                <Text fw={600}>Just looking around?</Text>
                <Text size="sm" c="dimmed">
                  Open a workspace with a sample order journey: stages, touchpoints, hand-offs and escalations.
                </Text>
              </div>
              <Button
                size="md"
                fullWidth
                leftSection={<IconPlayerPlay size={18} aria-hidden />}
                loading={demoPending}
                disabled={loginMutation.isPending && !demoPending}
                onClick={openDemo}
              >
                Open the demo
              </Button>
              <Text size="xs" c="dimmed" ta="center">
                Logs in as <Text span inherit fw={600} c="dark.6">{demo.email}</Text>
              </Text>
            </Stack>
          </Paper>
          <Divider label="or log in with your account" labelPosition="center" mb="lg" />
        </>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            placeholder="you@company.com"
            value={values.email}
            onChange={(event) => change('email', event.currentTarget.value)}
            error={errors.email}
            data-autofocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            value={values.password}
            onChange={(event) => change('password', event.currentTarget.value)}
            error={errors.password}
            visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the typed characters' }}
          />
          <FormError message={formError} />
          <Button
            type="submit"
            size="md"
            fullWidth
            variant={demo ? 'default' : 'filled'}
            loading={loginMutation.isPending && !demoPending}
            disabled={demoPending}
          >
            Log in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
