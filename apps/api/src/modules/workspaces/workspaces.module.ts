import { Module } from '@nestjs/common';
import { WorkspaceAccessService } from './workspace-access.service';
import { WorkspacesRepository } from './workspaces.repository';

@Module({
  providers: [WorkspacesRepository, WorkspaceAccessService],
  exports: [WorkspacesRepository, WorkspaceAccessService],
})
export class WorkspacesModule {}
