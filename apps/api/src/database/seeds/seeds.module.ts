import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module';
import { JourneysModule } from '../../modules/journeys/journeys.module';
import { MetricsModule } from '../../modules/metrics/metrics.module';
import { WorkspacesModule } from '../../modules/workspaces/workspaces.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AuthModule, WorkspacesModule, JourneysModule, MetricsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedsModule {}
