import type { Role } from './enums';

/**
 * What a role may do in its workspace. The API enforces this table (one check at the start of
 * every service method) and the web app reads the same table to hide or disable controls, so the
 * two never disagree.
 */
export const PERMISSIONS = [
  /** See who else is in the workspace. */
  'members:read',
  /** See the journeys of the workspace. */
  'journey:read',
  /** Create, rename and delete journeys and everything drawn on them. */
  'journey:write',
  /** Create, list and revoke read-only share links of a journey (anyone holding one sees its canvas). */
  'journey:share',
  /** Export reports of journeys (PDF and the other report formats). */
  'journey:export',
  /** Annotate journeys (annotations arrive in a later issue; the role exists now). */
  'journey:comment',
  /** Rename or delete the workspace. */
  'workspace:manage',
  /** Invite people, change roles, remove members, revoke invitations. */
  'members:manage',
  /** Create, list and revoke the workspace's API keys. */
  'integrations:manage',
  /** Push metric measurements into journeys (the `ingest` scope of an API key; routes arrive in a later issue). */
  'metrics:ingest',
  /** Read the workspace's audit log (who changed what, when). */
  'audit:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: [
    'members:read',
    'journey:read',
    'journey:write',
    'journey:share',
    'journey:comment',
    'journey:export',
    'workspace:manage',
    'members:manage',
    'integrations:manage',
    'metrics:ingest',
    'audit:read',
  ],
  editor: ['members:read', 'journey:read', 'journey:write', 'journey:share', 'journey:comment', 'journey:export', 'metrics:ingest'],
  commenter: ['members:read', 'journey:read', 'journey:comment', 'journey:export'],
  viewer: ['members:read', 'journey:read', 'journey:export'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  editor: 'Editor',
  commenter: 'Commenter',
  viewer: 'Viewer',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: 'Everything, including members and deleting the workspace',
  editor: 'Creates, changes and shares journeys',
  commenter: 'Reads and comments',
  viewer: 'Reads and exports',
};
