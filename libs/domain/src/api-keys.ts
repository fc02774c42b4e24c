import type { Permission } from './permissions';

/** What an integration's API key may do; a key holds one or more. */
export const API_KEY_SCOPES = ['read', 'ingest'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/**
 * The permissions each scope grants, in the key's own workspace only. Nothing else is ever granted
 * to a key: no member, workspace or key management, no journey edits.
 */
export const API_KEY_SCOPE_PERMISSIONS: Record<ApiKeyScope, readonly Permission[]> = {
  read: ['journey:read'],
  ingest: ['metrics:ingest'],
};

export function scopesAllow(scopes: readonly ApiKeyScope[], permission: Permission): boolean {
  return scopes.some((scope) => API_KEY_SCOPE_PERMISSIONS[scope].includes(permission));
}

export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, string> = {
  read: 'Read',
  ingest: 'Ingest',
};

export const API_KEY_SCOPE_DESCRIPTIONS: Record<ApiKeyScope, string> = {
  read: 'Lists and reads the journeys of this workspace',
  ingest: 'Pushes metric measurements (e.g. from a survey tool) into its journeys',
};

/** Every secret starts with this, so a leaked one is recognisable (and secret scanners can match it). */
export const API_KEY_SECRET_PREFIX = 'cxk_';
