import { LIMITS } from '@cxmap/domain';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateWorkspaceName(name: string): string | undefined {
  const value = name.trim();
  if (!value) return 'Give the workspace a name';
  if (value.length > LIMITS.nameMax) return `Name can be at most ${LIMITS.nameMax} characters`;
  return undefined;
}

export function validateInviteEmail(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Enter the email address of the person to invite';
  if (value.length > LIMITS.emailMax) return `Email can be at most ${LIMITS.emailMax} characters`;
  if (!EMAIL_SHAPE.test(value)) return 'Enter an email address like name@company.com';
  return undefined;
}

/** The typed confirmation of a deletion must repeat the workspace's name (surrounding spaces aside). */
export function confirmsDeletion(typed: string, workspaceName: string): boolean {
  return typed.trim() === workspaceName.trim() && typed.trim() !== '';
}
