import { Module } from '@nestjs/common';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { CanvasController } from './canvas.controller';
import { CanvasRepository } from './canvas.repository';
import { JourneyChangesService } from './journey-changes.service';
import { JourneyContentService } from './journey-content.service';

@Module({
  imports: [WorkspacesModule, AuditRecorderModule],
  controllers: [CanvasController],
  providers: [CanvasRepository, JourneyChangesService, JourneyContentService],
  exports: [JourneyChangesService, JourneyContentService],
})
export class CanvasModule {}
