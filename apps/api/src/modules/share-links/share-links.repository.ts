import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';

export interface ShareLinkRow {
  id: string;
  label: string | null;
  allow_export: boolean;
  created_at: Date;
  expires_at: Date | null;
  last_opened_at: Date | null;
  creator_id: string | null;
  creator_name: string | null;
}

/** What opening a link needs: where its journey is, and its terms. */
export interface OpenedShareLinkRow {
  id: string;
  workspace_id: string;
  journey_id: string;
  expires_at: Date | null;
  allow_export: boolean;
}

/** What the audit log records of a revoked link. */
export interface RevokedShareLinkRow {
  id: string;
  label: string | null;
  allow_export: boolean;
  created_at: Date;
  expires_at: Date | null;
}

export interface NewShareLink {
  journeyId: string;
  tokenHash: string;
  label: string | null;
  allowExport: boolean;
  expiresAt: Date | null;
  createdBy: string;
}

/** The condition every use of a link checks: not revoked, not expired (by the database clock). */
const ACTIVE = 's.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > now())';

const LINK_COLUMNS = `s.id, s.label, s.allow_export, s.created_at, s.expires_at, s.last_opened_at,
  u.id AS creator_id, u.name AS creator_name`;

/** Share links; sharer-side methods are scoped by `workspaceId` and journey, link-side ones by the token's hash. */
@Injectable()
export class ShareLinksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Locks the journey against concurrent link creations (NO KEY UPDATE: the links' foreign keys,
   * which take KEY SHARE, still pass) and counts its active links; null when the journey is gone.
   */
  async lockAndCountActive(manager: EntityManager, workspaceId: string, journeyId: string): Promise<number | null> {
    const locked = await select<{ id: string }>(manager, `SELECT id FROM journeys WHERE workspace_id = $1 AND id = $2 FOR NO KEY UPDATE`, [
      workspaceId,
      journeyId,
    ]);
    if (locked.length === 0) return null;
    const [{ total } = { total: 0 }] = await select<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM share_links s WHERE s.workspace_id = $1 AND s.journey_id = $2 AND ${ACTIVE}`,
      [workspaceId, journeyId],
    );
    return total;
  }

  /** Inside the caller's transaction, which records the creation in the audit log. */
  async insert(manager: EntityManager, workspaceId: string, link: NewShareLink): Promise<ShareLinkRow> {
    const { rows } = await execute<ShareLinkRow>(
      manager,
      `WITH s AS (
         INSERT INTO share_links (workspace_id, journey_id, token_hash, label, allow_export, expires_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING *
       )
       SELECT ${LINK_COLUMNS} FROM s LEFT JOIN users u ON u.id = s.created_by`,
      [workspaceId, link.journeyId, link.tokenHash, link.label, link.allowExport, link.expiresAt, link.createdBy],
    );
    const row = rows[0];
    if (!row) throw new Error('share link insert returned no row');
    return row;
  }

  listActive(workspaceId: string, journeyId: string): Promise<ShareLinkRow[]> {
    return select<ShareLinkRow>(
      this.dataSource.manager,
      `SELECT ${LINK_COLUMNS}
         FROM share_links s
         LEFT JOIN users u ON u.id = s.created_by
        WHERE s.workspace_id = $1 AND s.journey_id = $2 AND ${ACTIVE}
        ORDER BY s.created_at DESC, s.id`,
      [workspaceId, journeyId],
    );
  }

  /** Revokes a link of the journey that is not revoked yet, in the caller's transaction; null when there is none with this id. */
  async revoke(manager: EntityManager, workspaceId: string, journeyId: string, linkId: string): Promise<RevokedShareLinkRow | null> {
    const { rows } = await execute<RevokedShareLinkRow>(
      manager,
      `UPDATE share_links s SET revoked_at = now()
        WHERE s.workspace_id = $1 AND s.journey_id = $2 AND s.id = $3 AND s.revoked_at IS NULL
        RETURNING s.id, s.label, s.allow_export, s.created_at, s.expires_at`,
      [workspaceId, journeyId, linkId],
    );
    return rows[0] ?? null;
  }

  /** Whether an active link has this token hash (no stamp). */
  async isActive(tokenHash: string): Promise<boolean> {
    const rows = await select<{ id: string }>(this.dataSource.manager, `SELECT s.id FROM share_links s WHERE s.token_hash = $1 AND ${ACTIVE}`, [tokenHash]);
    return rows.length > 0;
  }

  /**
   * Finds the active link with this token hash and stamps `last_opened_at`, at most once a minute
   * (so a busy link does not write on every view): one statement either way.
   */
  async open(tokenHash: string): Promise<OpenedShareLinkRow | null> {
    const rows = await select<OpenedShareLinkRow>(
      this.dataSource.manager,
      `WITH link AS (
         SELECT s.workspace_id, s.id, s.journey_id, s.expires_at, s.allow_export, s.last_opened_at
           FROM share_links s
          WHERE s.token_hash = $1 AND ${ACTIVE}
       ), touched AS (
         UPDATE share_links s SET last_opened_at = now()
           FROM link
          WHERE s.workspace_id = link.workspace_id AND s.id = link.id
            AND (link.last_opened_at IS NULL OR link.last_opened_at <= now() - interval '1 minute')
       )
       SELECT id, workspace_id, journey_id, expires_at, allow_export FROM link`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }
}
