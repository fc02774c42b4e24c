import { Module } from '@nestjs/common';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { JourneysModule } from '../journeys/journeys.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ShareLinksController } from './share-links.controller';
import { ShareLinksRepository } from './share-links.repository';
import { ShareLinksService } from './share-links.service';

@Module({
  imports: [WorkspacesModule, JourneysModule, AuditRecorderModule],
  controllers: [ShareLinksController],
  providers: [ShareLinksRepository, ShareLinksService],
  exports: [ShareLinksService],
})
export class ShareLinksModule {}
