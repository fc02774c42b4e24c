import { LIMITS } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { cleanSignup, validateLogin, validateSignup } from './auth-validation';

const signup = { name: 'Ada Lovelace', email: 'ada@acme.com', password: 'correct horse', workspaceName: 'Acme Support' };

describe('validateLogin', () => {
  it('asks for both fields when the form is empty', () => {
    expect(validateLogin({ email: '', password: '' })).toEqual({
      email: 'Enter your email address',
      password: 'Enter your password',
    });
  });

  it('rejects an address without a domain', () => {
    expect(validateLogin({ email: 'ada@', password: 'x' }).email).toMatch(/name@company\.com/);
  });

  it('accepts a well-formed address with surrounding spaces', () => {
    expect(validateLogin({ email: '  ada@acme.com ', password: 'x' })).toEqual({});
  });
});

describe('validateSignup', () => {
  it('accepts a complete form', () => {
    expect(validateSignup(signup)).toEqual({});
  });

  it('asks for a password of the minimum length', () => {
    const short = 'x'.repeat(LIMITS.passwordMin - 1);
    expect(validateSignup({ ...signup, password: short }).password).toBe(`Use at least ${LIMITS.passwordMin} characters`);
  });

  it('refuses blank names and over-long workspace names', () => {
    const errors = validateSignup({ ...signup, name: '   ', workspaceName: 'w'.repeat(LIMITS.nameMax + 1) });
    expect(errors.name).toBe('Enter your name');
    expect(errors.workspaceName).toBe(`Workspace name can be at most ${LIMITS.nameMax} characters`);
  });
});

describe('cleanSignup', () => {
  it('trims text fields but keeps the password as typed', () => {
    expect(cleanSignup({ ...signup, name: ' Ada ', password: ' secret pass ' })).toEqual({
      ...signup,
      name: 'Ada',
      password: ' secret pass ',
    });
  });
});
