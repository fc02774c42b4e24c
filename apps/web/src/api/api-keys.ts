import type { ApiKeyDto, CreateApiKeyRequest, CreatedApiKeyResponse } from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

const base = (workspaceId: string): string => `/workspaces/${encodeURIComponent(workspaceId)}/api-keys`;

export function listApiKeys(workspaceId: string, signal?: AbortSignal): Promise<ApiKeyDto[]> {
  return apiFetch<ApiKeyDto[]>(base(workspaceId), { signal });
}

export function createApiKey(workspaceId: string, body: CreateApiKeyRequest): Promise<CreatedApiKeyResponse> {
  return apiFetch<CreatedApiKeyResponse>(base(workspaceId), { method: 'POST', body });
}

export function revokeApiKey(workspaceId: string, keyId: string): Promise<void> {
  return apiFetch<void>(`${base(workspaceId)}/${encodeURIComponent(keyId)}`, { method: 'DELETE' });
}

export const apiKeyKeys = {
  list: (workspaceId: string) => ['workspaces', workspaceId, 'api-keys'] as const,
};

export const apiKeyQueries = {
  /** Active keys, never their secrets; owners only (403 for other roles). */
  list: (workspaceId: string) =>
    queryOptions({
      queryKey: apiKeyKeys.list(workspaceId),
      queryFn: ({ signal }) => listApiKeys(workspaceId, signal),
    }),
};
