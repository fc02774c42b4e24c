import type { Role } from '@cxmap/domain';

export const PERMISSIONS = ['journey:read', 'journey:write'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The role table, in one place: it grows when comments and sharing arrive. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: ['journey:read', 'journey:write'],
  editor: ['journey:read', 'journey:write'],
  commenter: ['journey:read'],
  viewer: ['journey:read'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
