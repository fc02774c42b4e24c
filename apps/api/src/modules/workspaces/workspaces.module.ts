import { Module } from '@nestjs/common';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { MembersService } from './members.service';
import { WorkspaceAccessService } from './workspace-access.service';
import { WorkspacesController } from './workspaces.controller';
import { WorkspacesRepository } from './workspaces.repository';
import { WorkspacesService } from './workspaces.service';

@Module({
  imports: [AuditRecorderModule],
  controllers: [WorkspacesController],
  providers: [WorkspacesRepository, WorkspaceAccessService, WorkspacesService, MembersService],
  exports: [WorkspacesRepository, WorkspaceAccessService],
})
export class WorkspacesModule {}
