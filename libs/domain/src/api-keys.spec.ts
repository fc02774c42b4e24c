import { describe, expect, it } from 'vitest';
import { API_KEY_SCOPES, scopesAllow } from './api-keys';
import { PERMISSIONS, type Permission } from './permissions';

/** Every cell spelled out: a key never gets more than this. */
const EXPECTED: Record<Permission, readonly string[]> = {
  'members:read': [],
  'journey:read': ['read'],
  'journey:write': [],
  'journey:share': [],
  'journey:comment': [],
  'journey:export': [],
  'workspace:manage': [],
  'members:manage': [],
  'integrations:manage': [],
  'metrics:ingest': ['ingest'],
  'audit:read': [],
};

describe('scopesAllow', () => {
  it.each(PERMISSIONS.flatMap((permission) => API_KEY_SCOPES.map((scope) => [permission, scope] as const)))('%s with %s', (permission, scope) => {
    expect(scopesAllow([scope], permission)).toBe(EXPECTED[permission].includes(scope));
  });

  it('adds up several scopes and grants nothing without one', () => {
    expect(scopesAllow(['read', 'ingest'], 'journey:read')).toBe(true);
    expect(scopesAllow(['read', 'ingest'], 'metrics:ingest')).toBe(true);
    expect(scopesAllow([], 'journey:read')).toBe(false);
  });
});
