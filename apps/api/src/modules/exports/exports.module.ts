import { Module } from '@nestjs/common';
import { AuditRecorderModule } from '../audit/audit-recorder.module';
import { JourneysModule } from '../journeys/journeys.module';
import { MetricsModule } from '../metrics/metrics.module';
import { PortfolioModule } from '../portfolio/portfolio.module';
import { ShareLinksModule } from '../share-links/share-links.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { ExportJobsRepository } from './export-jobs.repository';
import { ExportRunner } from './export-runner';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { ReportLoader } from './report-loader';
import { ReportSourceRepository } from './report-source.repository';
import { ShareExportsController } from './share-exports.controller';

@Module({
  imports: [WorkspacesModule, JourneysModule, MetricsModule, PortfolioModule, ShareLinksModule, AuditRecorderModule],
  controllers: [ExportsController, ShareExportsController],
  providers: [ExportJobsRepository, ReportSourceRepository, ReportLoader, ExportRunner, ExportsService],
})
export class ExportsModule {}
