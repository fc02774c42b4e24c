import { Injectable } from '@nestjs/common';
import type { ApiKeyScope } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';

export interface ApiKeyRow {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  prefix: string;
  creator_name: string | null;
  created_at: Date;
  last_used_at: Date | null;
}

/** What authenticating a request needs of an active key. */
export interface ActiveKeyRow {
  id: string;
  name: string;
  workspace_id: string;
  scopes: ApiKeyScope[];
  last_used_at: Date | null;
}

export interface NewApiKey {
  name: string;
  scopes: readonly ApiKeyScope[];
  prefix: string;
  secretHash: string;
  createdBy: string;
}

const ACTIVE = 'k.revoked_at IS NULL';

/**
 * API keys; owner-side methods are scoped by `workspaceId`, the request-side ones by the secret's
 * hash. Neither the secret nor its hash ever leaves this class except as the key's caller.
 */
@Injectable()
export class ApiKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks the workspace row against concurrent key creations (NO KEY UPDATE: inserts elsewhere in
   * the workspace, whose foreign keys take KEY SHARE, are not held up) and counts its active keys.
   */
  async lockAndCountActive(manager: EntityManager, workspaceId: string): Promise<number> {
    await execute(manager, `SELECT id FROM workspaces WHERE id = $1 FOR NO KEY UPDATE`, [workspaceId]);
    const [{ total } = { total: 0 }] = await select<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM api_keys k WHERE k.workspace_id = $1 AND ${ACTIVE}`,
      [workspaceId],
    );
    return total;
  }

  /** Inside the caller's transaction, which records the creation in the audit log. */
  async insert(manager: EntityManager, workspaceId: string, key: NewApiKey): Promise<ApiKeyRow> {
    const { rows } = await execute<ApiKeyRow>(
      manager,
      `INSERT INTO api_keys (workspace_id, name, scopes, prefix, secret_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, name, scopes, prefix, created_at, last_used_at,
                 (SELECT name FROM users WHERE id = $6) AS creator_name`,
      [workspaceId, key.name, key.scopes, key.prefix, key.secretHash, key.createdBy],
    );
    const row = rows[0];
    if (!row) throw new Error('api key insert returned no row');
    return row;
  }

  listActive(workspaceId: string): Promise<ApiKeyRow[]> {
    return select<ApiKeyRow>(
      this.dataSource.manager,
      `SELECT k.id, k.name, k.scopes, k.prefix, k.created_at, k.last_used_at, u.name AS creator_name
         FROM api_keys k
         LEFT JOIN users u ON u.id = k.created_by
        WHERE k.workspace_id = $1 AND ${ACTIVE}
        ORDER BY k.created_at DESC, k.id`,
      [workspaceId],
    );
  }

  /** Revokes an active key in the caller's transaction; null when there is none with this id in the workspace. */
  async revoke(manager: EntityManager, workspaceId: string, keyId: string): Promise<{ id: string; name: string; scopes: ApiKeyScope[] } | null> {
    const { rows } = await execute<{ id: string; name: string; scopes: ApiKeyScope[] }>(
      manager,
      `UPDATE api_keys k SET revoked_at = now() WHERE k.workspace_id = $1 AND k.id = $2 AND ${ACTIVE} RETURNING k.id, k.name, k.scopes`,
      [workspaceId, keyId],
    );
    return rows[0] ?? null;
  }

  async findActive(secretHash: string): Promise<ActiveKeyRow | null> {
    const rows = await select<ActiveKeyRow>(
      this.dataSource.manager,
      `SELECT k.id, k.name, k.workspace_id, k.scopes, k.last_used_at FROM api_keys k WHERE k.secret_hash = $1 AND ${ACTIVE}`,
      [secretHash],
    );
    return rows[0] ?? null;
  }

  /**
   * Stamps `last_used_at` unless another request (or instance) did so within `intervalSeconds`:
   * the condition lives in the statement, so concurrent requests write at most once.
   */
  async touch(workspaceId: string, keyId: string, intervalSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE workspace_id = $1 AND id = $2 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $3))`,
      [workspaceId, keyId, intervalSeconds],
    );
  }
}
