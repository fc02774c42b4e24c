import { Injectable } from '@nestjs/common';
import { ApiKeyLookup } from '../../core/auth/api-key-lookup';
import type { ApiKeyCaller } from '../../core/auth/caller';
import { ApiKeysRepository } from './api-keys.repository';

/** `last_used_at` is a hint for owners, not an audit trail: one write a minute per key at most. */
export const LAST_USED_INTERVAL_SECONDS = 60;

/** Whether a key last stamped at `lastUsedAt` is due a new stamp at `now`. */
export function lastUsedIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - new Date(lastUsedAt).getTime() >= LAST_USED_INTERVAL_SECONDS * 1000;
}

/**
 * Turns a secret's hash into its caller for the global guard. No cache: a revoked key fails on its
 * very next request, on every instance.
 */
@Injectable()
export class ApiKeyAuthenticator implements ApiKeyLookup {
  constructor(private readonly keys: ApiKeysRepository) {}

  async findCaller(secretHash: string): Promise<ApiKeyCaller | null> {
    const row = await this.keys.findActive(secretHash);
    if (!row) return null;
    if (lastUsedIsStale(row.last_used_at, new Date())) await this.keys.touch(row.workspace_id, row.id, LAST_USED_INTERVAL_SECONDS);
    return { kind: 'apiKey', keyId: row.id, name: row.name, workspaceId: row.workspace_id, scopes: row.scopes };
  }
}
