import { ROLES, type Role } from '@cxmap/domain';
import { PERMISSIONS, roleAllows, type Permission } from './permissions';

/** Every cell of the role table, spelled out: a change to it must change this test too. */
const EXPECTED: Record<Permission, readonly Role[]> = {
  'members:read': ['owner', 'editor', 'commenter', 'viewer'],
  'journey:read': ['owner', 'editor', 'commenter', 'viewer'],
  'journey:write': ['owner', 'editor'],
  'journey:share': ['owner', 'editor'],
  'journey:comment': ['owner', 'editor', 'commenter'],
  'journey:export': ['owner', 'editor', 'commenter', 'viewer'],
  'workspace:manage': ['owner'],
  'members:manage': ['owner'],
  'integrations:manage': ['owner'],
  'metrics:ingest': ['owner', 'editor'],
  'audit:read': ['owner'],
};

describe('roleAllows', () => {
  it.each(PERMISSIONS.flatMap((permission) => ROLES.map((role) => [permission, role] as const)))(
    '%s for %s',
    (permission, role) => {
      expect(roleAllows(role, permission)).toBe(EXPECTED[permission].includes(role));
    },
  );

  it('lets owners and editors write', () => {
    expect(roleAllows('owner', 'journey:write')).toBe(true);
    expect(roleAllows('editor', 'journey:write')).toBe(true);
  });

  it('lets owners and editors share journeys, nobody else', () => {
    expect(ROLES.filter((role) => roleAllows(role, 'journey:share'))).toEqual(['owner', 'editor']);
  });

  it('keeps commenters and viewers read-only', () => {
    expect(roleAllows('commenter', 'journey:write')).toBe(false);
    expect(roleAllows('viewer', 'journey:write')).toBe(false);
    expect(roleAllows('commenter', 'journey:read')).toBe(true);
    expect(roleAllows('viewer', 'journey:read')).toBe(true);
  });
});
