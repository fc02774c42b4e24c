import { Injectable } from '@nestjs/common';
import { INVITATION_TTL_DAYS, type Role } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { cursorTimestampSql } from '../../core/pagination/cursor';
import { execute, select } from '../../database/sql';

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  inviter_name: string | null;
  created_at: Date;
  expires_at: Date;
}

export interface InvitationPreviewRow {
  workspace_name: string;
  email: string;
  role: Role;
  inviter_name: string | null;
  expires_at: Date;
}

export interface ClaimedInvitation {
  id: string;
  workspace_id: string;
  email: string;
  role: Role;
}

export interface RevokedInvitation {
  id: string;
  email: string;
  role: Role;
}

export interface NewInvitation {
  email: string;
  role: Role;
  tokenHash: string;
  invitedBy: string;
}

/** The condition every use of a link checks: not accepted, not revoked, not expired (by the database clock). */
const PENDING = 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()';

/** Invitations; owner-side methods are scoped by `workspaceId`, link-side ones by the token's hash. */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Revokes any pending invitation of the same address (its link dies), then stores the new one. */
  async replacePending(manager: EntityManager, workspaceId: string, invitation: NewInvitation): Promise<InvitationRow> {
    await execute(
      manager,
      `UPDATE invitations i SET revoked_at = now()
        WHERE i.workspace_id = $1 AND i.email = $2 AND i.accepted_at IS NULL AND i.revoked_at IS NULL`,
      [workspaceId, invitation.email],
    );
    const { rows } = await execute<InvitationRow>(
      manager,
      `INSERT INTO invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6))
       RETURNING id, email, role, created_at, expires_at,
                 (SELECT name FROM users WHERE id = $5) AS inviter_name`,
      [workspaceId, invitation.email, invitation.role, invitation.tokenHash, invitation.invitedBy, INVITATION_TTL_DAYS],
    );
    const row = rows[0];
    if (!row) throw new Error('invitation insert returned no row');
    return row;
  }

  /** Up to `take` pending invitations, newest first, after the keyset `after` ([created_at, id]). */
  listPending(workspaceId: string, take: number, after: readonly [string, string] | null): Promise<(InvitationRow & { cursor_time: string })[]> {
    return select<InvitationRow & { cursor_time: string }>(
      this.dataSource.manager,
      `SELECT i.id, i.email, i.role, i.created_at, i.expires_at, u.name AS inviter_name,
              ${cursorTimestampSql('i.created_at')} AS cursor_time
         FROM invitations i
         LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.workspace_id = $1 AND ${PENDING}
          AND ($3::timestamp IS NULL
               OR i.created_at < $3::timestamp AT TIME ZONE 'UTC'
               OR (i.created_at = $3::timestamp AT TIME ZONE 'UTC' AND i.id > $4::uuid))
        ORDER BY i.created_at DESC, i.id
        LIMIT $2`,
      [workspaceId, take, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  /** Revokes a pending invitation and returns it; null when there is none with this id in the workspace. */
  async revoke(manager: EntityManager, workspaceId: string, invitationId: string): Promise<RevokedInvitation | null> {
    const { rows } = await execute<RevokedInvitation>(
      manager,
      `UPDATE invitations i SET revoked_at = now() WHERE i.workspace_id = $1 AND i.id = $2 AND ${PENDING}
       RETURNING i.id, i.email, i.role`,
      [workspaceId, invitationId],
    );
    return rows[0] ?? null;
  }

  async findPreview(tokenHash: string): Promise<InvitationPreviewRow | null> {
    const rows = await select<InvitationPreviewRow>(
      this.dataSource.manager,
      `SELECT w.name AS workspace_name, i.email, i.role, i.expires_at, u.name AS inviter_name
         FROM invitations i
         JOIN workspaces w ON w.id = i.workspace_id
         LEFT JOIN users u ON u.id = i.invited_by
        WHERE i.token_hash = $1 AND ${PENDING}`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /**
   * Marks a pending invitation used and returns it, in one statement: of two concurrent accepts
   * only one gets a row. Inside the caller's transaction, so a later failure un-uses it.
   */
  async claim(manager: EntityManager, tokenHash: string): Promise<ClaimedInvitation | null> {
    const { rows } = await execute<ClaimedInvitation>(
      manager,
      `UPDATE invitations i SET accepted_at = now()
        WHERE i.token_hash = $1 AND ${PENDING}
        RETURNING i.id, i.workspace_id, i.email, i.role`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async setAcceptedBy(manager: EntityManager, workspaceId: string, invitationId: string, userId: string): Promise<void> {
    await execute(manager, `UPDATE invitations SET accepted_by = $3 WHERE workspace_id = $1 AND id = $2`, [workspaceId, invitationId, userId]);
  }
}
