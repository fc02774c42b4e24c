import { LIMITS, type LoginRequest, type SignupRequest } from '@cxmap/domain';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Enter your email address';
  if (value.length > LIMITS.emailMax) return `Email can be at most ${LIMITS.emailMax} characters`;
  if (!EMAIL_SHAPE.test(value)) return 'Enter an email address like name@company.com';
  return undefined;
}

export function validateLogin(values: LoginRequest): FieldErrors<keyof LoginRequest> {
  return compact({
    email: validateEmail(values.email),
    password: values.password ? undefined : 'Enter your password',
  });
}

export function validateSignup(values: SignupRequest): FieldErrors<keyof SignupRequest> {
  return compact({
    name: required(values.name, 'Enter your name', 'Name'),
    email: validateEmail(values.email),
    password: validateNewPassword(values.password),
    workspaceName: required(values.workspaceName, 'Name your workspace', 'Workspace name'),
  });
}

export function validateNewPassword(password: string): string | undefined {
  if (password.length < LIMITS.passwordMin) return `Use at least ${LIMITS.passwordMin} characters`;
  if (password.length > LIMITS.passwordMax) return `Use at most ${LIMITS.passwordMax} characters`;
  return undefined;
}

function required(value: string, emptyMessage: string, label: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return emptyMessage;
  if (trimmed.length > LIMITS.nameMax) return `${label} can be at most ${LIMITS.nameMax} characters`;
  return undefined;
}

function compact<F extends string>(errors: Record<F, string | undefined>): FieldErrors<F> {
  const result: FieldErrors<F> = {};
  for (const key of Object.keys(errors) as F[]) {
    if (errors[key] !== undefined) result[key] = errors[key];
  }
  return result;
}

/** The request to send: surrounding spaces removed (never from the password). */
export function cleanSignup(values: SignupRequest): SignupRequest {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password,
    workspaceName: values.workspaceName.trim(),
  };
}
