import { Module } from '@nestjs/common';
import { MembersService } from './members.service';
import { WorkspaceAccessService } from './workspace-access.service';
import { WorkspacesController } from './workspaces.controller';
import { WorkspacesRepository } from './workspaces.repository';
import { WorkspacesService } from './workspaces.service';

@Module({
  controllers: [WorkspacesController],
  providers: [WorkspacesRepository, WorkspaceAccessService, WorkspacesService, MembersService],
  exports: [WorkspacesRepository, WorkspaceAccessService],
})
export class WorkspacesModule {}
