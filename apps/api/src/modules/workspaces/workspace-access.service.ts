import { Injectable } from '@nestjs/common';
import { scopesAllow, type Role } from '@cxmap/domain';
import type { Actor } from '../../core/auth/actor';
import { isApiKeyCaller, type ApiKeyCaller, type Caller } from '../../core/auth/caller';
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

/** The scope of a `Caller`: an API key has no role (null). */
export interface CallerWorkspaceScope {
  workspaceId: string;
  role: Role | null;
}

export interface CallerJourneyScope extends CallerWorkspaceScope {
  journeyId: string;
}

/**
 * Every service call starts here. A workspace (or a journey of a workspace) the actor is not a
 * member of answers 404 exactly like one that does not exist; a role without the permission, 403.
 * An API key is checked the same way with its own workspace in place of memberships and its scopes
 * in place of a role.
 */
@Injectable()
export class WorkspaceAccessService {
  constructor(private readonly workspaces: WorkspacesRepository) {}

  async forWorkspace(actor: Actor, workspaceId: string, permission: Permission): Promise<WorkspaceScope>;
  async forWorkspace(caller: Caller, workspaceId: string, permission: Permission): Promise<CallerWorkspaceScope>;
  async forWorkspace(caller: Caller, workspaceId: string, permission: Permission): Promise<CallerWorkspaceScope> {
    if (isApiKeyCaller(caller)) {
      if (workspaceId !== caller.workspaceId) throw new AppError('WORKSPACE_NOT_FOUND');
      assertScopes(caller, permission);
      return { workspaceId, role: null };
    }
    const role = await this.workspaces.findRole(workspaceId, caller.userId);
    if (role === null) throw new AppError('WORKSPACE_NOT_FOUND');
    if (!roleAllows(role, permission)) throw new AppError('FORBIDDEN');
    return { workspaceId, role };
  }

  async forJourney(actor: Actor, journeyId: string, permission: Permission): Promise<JourneyScope>;
  async forJourney(caller: Caller, journeyId: string, permission: Permission): Promise<CallerJourneyScope>;
  async forJourney(caller: Caller, journeyId: string, permission: Permission): Promise<CallerJourneyScope> {
    if (isApiKeyCaller(caller)) {
      const workspaceId = await this.workspaces.findJourneyWorkspace(journeyId);
      if (workspaceId !== caller.workspaceId) throw new AppError('JOURNEY_NOT_FOUND');
      assertScopes(caller, permission);
      return { workspaceId, role: null, journeyId };
    }
    const scope = await this.workspaces.findJourneyScope(journeyId, caller.userId);
    if (scope === null) throw new AppError('JOURNEY_NOT_FOUND');
    if (!roleAllows(scope.role, permission)) throw new AppError('FORBIDDEN');
    return { ...scope, journeyId };
  }
}

function assertScopes(key: ApiKeyCaller, permission: Permission): void {
  if (!scopesAllow(key.scopes, permission)) {
    throw new AppError('FORBIDDEN', { detail: `The scopes of this API key (${key.scopes.join(', ')}) do not allow this.` });
  }
}
