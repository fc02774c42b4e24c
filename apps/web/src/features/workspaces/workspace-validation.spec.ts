import { describe, expect, it } from 'vitest';
import { confirmsDeletion, validateInviteEmail, validateWorkspaceName } from './workspace-validation';

describe('workspace forms', () => {
  it('need a workspace name that is not blank', () => {
    expect(validateWorkspaceName('  ')).toBe('Give the workspace a name');
    expect(validateWorkspaceName('x'.repeat(201))).toMatch(/at most 200/);
    expect(validateWorkspaceName(' Acme ')).toBeUndefined();
  });

  it('need an email address to invite', () => {
    expect(validateInviteEmail('')).toMatch(/Enter the email/);
    expect(validateInviteEmail('bob@')).toMatch(/like name@company.com/);
    expect(validateInviteEmail(' bob@acme.com ')).toBeUndefined();
  });

  it('delete a workspace only when its exact name is typed', () => {
    expect(confirmsDeletion('Acme', 'Acme')).toBe(true);
    expect(confirmsDeletion(' Acme ', 'Acme')).toBe(true);
    expect(confirmsDeletion('acme', 'Acme')).toBe(false);
    expect(confirmsDeletion('', '')).toBe(false);
  });
});
