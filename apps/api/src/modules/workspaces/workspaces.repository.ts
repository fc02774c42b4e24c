import { Injectable } from '@nestjs/common';
import type { Role, WorkspaceMembershipDto } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';
import { MembershipEntity } from './entities/membership.entity';
import { WorkspaceEntity } from './entities/workspace.entity';

export interface MemberScope {
  workspaceId: string;
  role: Role;
}

export interface MemberRow {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  created_at: Date;
}

const MEMBER_COLUMNS = 'm.user_id, u.name, u.email, m.role, m.created_at';

/** Owners first, then editors, commenters, viewers; by name within a role. */
const ROLE_RANK = `CASE m.role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1 WHEN 'commenter' THEN 2 ELSE 3 END`;
const MEMBER_ORDER = `${ROLE_RANK}, lower(u.name), m.user_id`;

/** Where a member sorts: the keyset cursor of the members list. */
export type MemberKey = readonly [number, string, string];

@Injectable()
export class WorkspacesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Creates a workspace with `userId` as its owner, inside the caller's transaction. */
  async createWithOwner(manager: EntityManager, name: string, userId: string): Promise<WorkspaceEntity> {
    const workspace = await manager.save(manager.create(WorkspaceEntity, { name }));
    await manager.save(manager.create(MembershipEntity, { workspaceId: workspace.id, userId, role: 'owner' }));
    return workspace;
  }

  async findRole(workspaceId: string, userId: string): Promise<Role | null> {
    const membership = await this.dataSource.getRepository(MembershipEntity).findOneBy({ workspaceId, userId });
    return membership?.role ?? null;
  }

  /** The workspace of a journey, seen through the user's membership: null when either is missing. */
  async findJourneyScope(journeyId: string, userId: string): Promise<MemberScope | null> {
    const rows = await select<{ workspace_id: string; role: Role }>(
      this.dataSource.manager,
      `SELECT j.workspace_id, m.role
         FROM journeys j
         JOIN memberships m ON m.workspace_id = j.workspace_id AND m.user_id = $2
        WHERE j.id = $1`,
      [journeyId, userId],
    );
    return rows[0] ? { workspaceId: rows[0].workspace_id, role: rows[0].role } : null;
  }

  /** The workspace a journey belongs to, or null when there is no such journey (for API keys). */
  async findJourneyWorkspace(journeyId: string): Promise<string | null> {
    const rows = await select<{ workspace_id: string }>(this.dataSource.manager, `SELECT j.workspace_id FROM journeys j WHERE j.id = $1`, [
      journeyId,
    ]);
    return rows[0]?.workspace_id ?? null;
  }

  async listForUser(userId: string): Promise<WorkspaceMembershipDto[]> {
    const rows = await select<{ id: string; name: string; role: Role }>(
      this.dataSource.manager,
      `SELECT w.id, w.name, m.role
         FROM memberships m
         JOIN workspaces w ON w.id = m.workspace_id
        WHERE m.user_id = $1
        ORDER BY w.created_at, w.id`,
      [userId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, role: r.role }));
  }

  /** Renames the workspace and returns its previous name (for the audit log); null when it does not exist. */
  async rename(manager: EntityManager, workspaceId: string, name: string): Promise<string | null> {
    const { rows } = await execute<{ before: string }>(
      manager,
      `UPDATE workspaces w SET name = $2, updated_at = now()
         FROM (SELECT id, name FROM workspaces WHERE id = $1 FOR UPDATE) old
        WHERE w.id = old.id
        RETURNING old.name AS before`,
      [workspaceId, name],
    );
    return rows[0]?.before ?? null;
  }

  /** Deletes the workspace; memberships, invitations and all journey content go with it (ON DELETE CASCADE). */
  async delete(workspaceId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(WorkspaceEntity).delete({ id: workspaceId });
    return (result.affected ?? 0) > 0;
  }

  /** Up to `take` members in MEMBER_ORDER after the keyset `after`, each with its own key. */
  listMembers(workspaceId: string, take: number, after: MemberKey | null): Promise<(MemberRow & { role_rank: number; name_key: string })[]> {
    return select<MemberRow & { role_rank: number; name_key: string }>(
      this.dataSource.manager,
      `SELECT ${MEMBER_COLUMNS}, ${ROLE_RANK} AS role_rank, lower(u.name) AS name_key
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = $1
          AND ($3::int IS NULL OR (${MEMBER_ORDER}) > ($3::int, $4::text, $5::uuid))
        ORDER BY ${MEMBER_ORDER}
        LIMIT $2`,
      [workspaceId, take, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null],
    );
  }

  /**
   * Serialises membership changes of one workspace (row lock on the workspace), so two owners
   * demoting each other at the same moment cannot leave it without an owner.
   */
  async lockMemberships(manager: EntityManager, workspaceId: string): Promise<boolean> {
    const { rows } = await execute<{ id: string }>(manager, `SELECT id FROM workspaces WHERE id = $1 FOR UPDATE`, [workspaceId]);
    return rows.length > 0;
  }

  /**
   * Locks the workspaces `userId` owns (in id order, like `lockMemberships`) and returns the names
   * of those with no other owner.
   */
  async lockSoleOwnedWorkspaces(manager: EntityManager, userId: string): Promise<string[]> {
    await execute(
      manager,
      `SELECT w.id FROM workspaces w
         JOIN memberships m ON m.workspace_id = w.id AND m.user_id = $1 AND m.role = 'owner'
        ORDER BY w.id
          FOR UPDATE OF w`,
      [userId],
    );
    const { rows } = await execute<{ name: string }>(
      manager,
      `SELECT w.name FROM workspaces w
         JOIN memberships m ON m.workspace_id = w.id AND m.user_id = $1 AND m.role = 'owner'
        WHERE NOT EXISTS (
                SELECT 1 FROM memberships o WHERE o.workspace_id = w.id AND o.role = 'owner' AND o.user_id <> $1)
        ORDER BY lower(w.name), w.id`,
      [userId],
    );
    return rows.map((row) => row.name);
  }

  async findMember(manager: EntityManager, workspaceId: string, userId: string): Promise<MemberRow | null> {
    const rows = await select<MemberRow>(
      manager,
      `SELECT ${MEMBER_COLUMNS}
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = $1 AND m.user_id = $2`,
      [workspaceId, userId],
    );
    return rows[0] ?? null;
  }

  async countOwners(manager: EntityManager, workspaceId: string): Promise<number> {
    const rows = await select<{ count: number }>(
      manager,
      `SELECT count(*)::int AS count FROM memberships WHERE workspace_id = $1 AND role = 'owner'`,
      [workspaceId],
    );
    return rows[0]?.count ?? 0;
  }

  async setRole(manager: EntityManager, workspaceId: string, userId: string, role: Role): Promise<void> {
    await execute(manager, `UPDATE memberships SET role = $3 WHERE workspace_id = $1 AND user_id = $2`, [workspaceId, userId, role]);
  }

  async removeMember(manager: EntityManager, workspaceId: string, userId: string): Promise<void> {
    await execute(manager, `DELETE FROM memberships WHERE workspace_id = $1 AND user_id = $2`, [workspaceId, userId]);
  }

  /** Adds a membership; false when the user already is a member (whatever their role). */
  async addMember(manager: EntityManager, workspaceId: string, userId: string, role: Role): Promise<boolean> {
    const { rows } = await execute<{ id: string }>(
      manager,
      `INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, user_id) DO NOTHING
       RETURNING id`,
      [workspaceId, userId, role],
    );
    return rows.length > 0;
  }

  async hasMemberWithEmail(workspaceId: string, email: string): Promise<boolean> {
    const rows = await select<{ one: number }>(
      this.dataSource.manager,
      `SELECT 1 AS one
         FROM memberships m
         JOIN users u ON u.id = m.user_id
        WHERE m.workspace_id = $1 AND u.email = $2`,
      [workspaceId, email],
    );
    return rows.length > 0;
  }
}
