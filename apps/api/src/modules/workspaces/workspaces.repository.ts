import { Injectable } from '@nestjs/common';
import type { Role, WorkspaceMembershipDto } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { select } from '../../database/sql';
import { MembershipEntity } from './entities/membership.entity';
import { WorkspaceEntity } from './entities/workspace.entity';

export interface MemberScope {
  workspaceId: string;
  role: Role;
}

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
}
