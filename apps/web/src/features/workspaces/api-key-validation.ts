import { LIMITS, type ApiKeyScope } from '@cxmap/domain';

export function validateApiKeyName(name: string): string | undefined {
  const value = name.trim();
  if (!value) return 'Name the key after the integration that uses it';
  if (value.length > LIMITS.apiKeyNameMax) return `Name can be at most ${LIMITS.apiKeyNameMax} characters`;
  return undefined;
}

export function validateApiKeyScopes(scopes: readonly ApiKeyScope[]): string | undefined {
  return scopes.length === 0 ? 'Choose at least one scope' : undefined;
}

/** The request an integration sends first, to check its key: list the workspace’s journeys (two lines, for a shell). */
export function apiKeyExample(origin: string, workspaceId: string, secret: string): string {
  return `curl -H "Authorization: Bearer ${secret}" \\\n  ${origin}/api/workspaces/${workspaceId}/journeys`;
}
