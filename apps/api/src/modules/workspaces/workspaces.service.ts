import { Injectable } from '@nestjs/common';
import type { WorkspaceMembershipDto } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { auditEntries } from '../audit/audit-entries';
import { AuditRecorder } from '../audit/audit-recorder';
import type { CreateWorkspaceDto, UpdateWorkspaceDto } from './dto/workspace-requests.dto';
import { WorkspaceAccessService } from './workspace-access.service';
import { WorkspacesRepository } from './workspaces.repository';

/** Creating, renaming and deleting workspaces. */
@Injectable()
export class WorkspacesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly workspaces: WorkspacesRepository,
    private readonly audit: AuditRecorder,
  ) {}

  /** Any signed-in user may create a workspace; they become its owner. */
  async create(actor: Actor, request: CreateWorkspaceDto): Promise<WorkspaceMembershipDto> {
    const workspace = await this.dataSource.transaction(async (manager) => {
      const created = await this.workspaces.createWithOwner(manager, request.name, actor.userId);
      await this.audit.record(manager, { workspaceId: created.id, actor: auditActorOf(actor), ...auditEntries.workspaceCreated(created.name) });
      return created;
    });
    return { id: workspace.id, name: workspace.name, role: 'owner' };
  }

  async rename(actor: Actor, workspaceId: string, request: UpdateWorkspaceDto): Promise<WorkspaceMembershipDto> {
    const scope = await this.access.forWorkspace(actor, workspaceId, 'workspace:manage');
    await this.dataSource.transaction(async (manager) => {
      const before = await this.workspaces.rename(manager, workspaceId, request.name);
      if (before === null) throw new AppError('WORKSPACE_NOT_FOUND');
      if (before !== request.name) {
        await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...auditEntries.workspaceRenamed(before, request.name) });
      }
    });
    return { id: workspaceId, name: request.name, role: scope.role };
  }

  /** Not audited: the workspace's events are deleted with it (ON DELETE CASCADE). */
  async remove(actor: Actor, workspaceId: string): Promise<void> {
    await this.access.forWorkspace(actor, workspaceId, 'workspace:manage');
    if (!(await this.workspaces.delete(workspaceId))) throw new AppError('WORKSPACE_NOT_FOUND');
  }
}
