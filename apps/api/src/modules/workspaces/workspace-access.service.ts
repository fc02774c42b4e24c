import { Injectable } from '@nestjs/common';
import type { Role } from '@cxmap/domain';
import type { Actor } from '../../core/auth/actor';
import { roleAllows, type Permission } from '../../core/auth/permissions';
import { AppError } from '../../core/errors/app-error';
import { WorkspacesRepository } from './workspaces.repository';

export interface WorkspaceScope {
  workspaceId: string;
  role: Role;
}

export interface JourneyScope extends WorkspaceScope {
  journeyId: string;
}

/**
 * Every service call starts here. A workspace (or a journey of a workspace) the actor is not a
 * member of answers 404 exactly like one that does not exist; a role without the permission, 403.
 */
@Injectable()
export class WorkspaceAccessService {
  constructor(private readonly workspaces: WorkspacesRepository) {}

  async forWorkspace(actor: Actor, workspaceId: string, permission: Permission): Promise<WorkspaceScope> {
    const role = await this.workspaces.findRole(workspaceId, actor.userId);
    if (role === null) throw new AppError('WORKSPACE_NOT_FOUND');
    if (!roleAllows(role, permission)) throw new AppError('FORBIDDEN');
    return { workspaceId, role };
  }

  async forJourney(actor: Actor, journeyId: string, permission: Permission): Promise<JourneyScope> {
    const scope = await this.workspaces.findJourneyScope(journeyId, actor.userId);
    if (scope === null) throw new AppError('JOURNEY_NOT_FOUND');
    if (!roleAllows(scope.role, permission)) throw new AppError('FORBIDDEN');
    return { ...scope, journeyId };
  }
}
