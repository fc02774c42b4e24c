import { Injectable } from '@nestjs/common';
import type { WorkspaceMembershipDto } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
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
  ) {}

  /** Any signed-in user may create a workspace; they become its owner. */
  async create(actor: Actor, request: CreateWorkspaceDto): Promise<WorkspaceMembershipDto> {
    const workspace = await this.dataSource.transaction((manager) =>
      this.workspaces.createWithOwner(manager, request.name, actor.userId),
    );
    return { id: workspace.id, name: workspace.name, role: 'owner' };
  }

  async rename(actor: Actor, workspaceId: string, request: UpdateWorkspaceDto): Promise<WorkspaceMembershipDto> {
    const scope = await this.access.forWorkspace(actor, workspaceId, 'workspace:manage');
    if (!(await this.workspaces.rename(workspaceId, request.name))) throw new AppError('WORKSPACE_NOT_FOUND');
    return { id: workspaceId, name: request.name, role: scope.role };
  }

  async remove(actor: Actor, workspaceId: string): Promise<void> {
    await this.access.forWorkspace(actor, workspaceId, 'workspace:manage');
    if (!(await this.workspaces.delete(workspaceId))) throw new AppError('WORKSPACE_NOT_FOUND');
  }
}
