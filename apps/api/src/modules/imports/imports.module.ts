import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../annotations/annotations.module';
import { JourneysModule } from '../journeys/journeys.module';
import { MetricsModule } from '../metrics/metrics.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ImportsController } from './imports.controller';
import { ImportPlanWriter } from './import-plan-writer';
import { ImportsService } from './imports.service';

@Module({
  imports: [WorkspacesModule, JourneysModule, MetricsModule, AnnotationsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportPlanWriter],
})
export class ImportsModule {}
