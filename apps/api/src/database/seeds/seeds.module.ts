import { Module } from '@nestjs/common';
import { AnnotationsModule } from '../../modules/annotations/annotations.module';
import { AuditRecorderModule } from '../../modules/audit/audit-recorder.module';
import { AuthModule } from '../../modules/auth/auth.module';
import { JourneysModule } from '../../modules/journeys/journeys.module';
import { MetricsModule } from '../../modules/metrics/metrics.module';
import { WorkspacesModule } from '../../modules/workspaces/workspaces.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AnnotationsModule, AuthModule, WorkspacesModule, JourneysModule, MetricsModule, AuditRecorderModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedsModule {}
