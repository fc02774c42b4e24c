import { Module } from '@nestjs/common';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { CanvasModule } from '../canvas/canvas.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { JourneysController } from './journeys.controller';
import { JourneysRepository } from './journeys.repository';
import { JourneysService } from './journeys.service';

@Module({
  imports: [WorkspacesModule, CanvasModule, AuditRecorderModule],
  controllers: [JourneysController],
  providers: [JourneysRepository, JourneysService],
  exports: [JourneysService, JourneysRepository],
})
export class JourneysModule {}
