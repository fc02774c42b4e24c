import { LIMITS, type SignupRequest } from '@cxmap/domain';
import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { signup } from '../../api/auth';
import { useProblemForm } from '../../api/use-problem-form';
import { withNext } from '../../app/redirect';
import { AuthLayout } from '../../ui/auth-layout';
import { cleanSignup, validateSignup } from './auth-validation';
import { useFinishSignIn } from './use-finish-sign-in';
import { FormError } from '../../ui/form-actions';

const FIELDS = ['name', 'email', 'password', 'workspaceName'] as const;
type Field = (typeof FIELDS)[number];

const EMPTY: SignupRequest = { name: '', email: '', password: '', workspaceName: '' };

export function SignupPage() {
  const { search } = useLocation();
  const finishSignIn = useFinishSignIn();
  const [values, setValues] = useState<SignupRequest>(EMPTY);
  const { errors, formError, check, clearError, showProblem } = useProblemForm(FIELDS);

  const signupMutation = useMutation({
    mutationFn: signup,
    onSuccess: finishSignIn,
    onError: showProblem,
  });

  function change(field: Field, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    clearError(field);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(validateSignup(values))) return;
    signupMutation.mutate(cleanSignup(values));
  }

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Map how your customers move through your service, and where it hurts."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to={withNext('/login', search)} fw={600}>
            Log in
          </Anchor>
        </>
      }
    >
      <title>Sign up · CXMap</title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            autoComplete="name"
            placeholder="Ada Lovelace"
            maxLength={LIMITS.nameMax}
            value={values.name}
            onChange={(event) => change('name', event.currentTarget.value)}
            error={errors.name}
            data-autofocus
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            placeholder="you@company.com"
            maxLength={LIMITS.emailMax}
            value={values.email}
            onChange={(event) => change('email', event.currentTarget.value)}
            error={errors.email}
          />
          <PasswordInput
            label="Password"
            description={`At least ${LIMITS.passwordMin} characters`}
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            value={values.password}
            onChange={(event) => change('password', event.currentTarget.value)}
            error={errors.password}
            visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the typed characters' }}
          />
          <TextInput
            label="Workspace name"
            description="Usually the name of your team or company"
            placeholder="Acme Customer Care"
            maxLength={LIMITS.nameMax}
            value={values.workspaceName}
            onChange={(event) => change('workspaceName', event.currentTarget.value)}
            error={errors.workspaceName}
          />
          <FormError message={formError} />
          <Button type="submit" size="md" fullWidth loading={signupMutation.isPending} mt="xs">
            Create account
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
