import { Module } from '@nestjs/common';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { MeasurementsController } from './measurements.controller';
import { MeasurementsRepository } from './measurements.repository';
import { MeasurementsService } from './measurements.service';
import { MetricAttachmentsService } from './metric-attachments.service';
import { MetricCatalogService } from './metric-catalog.service';
import { MetricDefinitionsController } from './metric-definitions.controller';
import { MetricRollupsService } from './metric-rollups.service';
import { MetricsController } from './metrics.controller';
import { MetricsRepository } from './metrics.repository';
import { WorkspaceMetricsController } from './workspace-metrics.controller';

@Module({
  imports: [WorkspacesModule, AuditRecorderModule],
  controllers: [MetricDefinitionsController, MetricsController, MeasurementsController, WorkspaceMetricsController],
  providers: [MetricsRepository, MeasurementsRepository, MetricCatalogService, MetricAttachmentsService, MeasurementsService, MetricRollupsService],
  exports: [MetricCatalogService, MetricAttachmentsService, MeasurementsService, MetricsRepository, MeasurementsRepository],
})
export class MetricsModule {}
