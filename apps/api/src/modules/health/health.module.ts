import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppMetrics, type PoolStats } from '../../core/http/metrics';
import { ShutdownState } from '../../core/http/shutdown-state';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

/** Operations: health, liveness, readiness, Prometheus metrics, and the shutdown state they share with main.ts. */
@Module({
  controllers: [HealthController, MetricsController],
  providers: [
    ShutdownState,
    {
      provide: AppMetrics,
      inject: [DataSource],
      useFactory: (dataSource: DataSource): AppMetrics => {
        const metrics = new AppMetrics();
        metrics.watchPool(() => poolOf(dataSource));
        return metrics;
      },
    },
  ],
  exports: [ShutdownState, AppMetrics],
})
export class HealthModule {}

/** The pg Pool behind TypeORM's postgres driver (`driver.master`), once connected. */
function poolOf(dataSource: DataSource): PoolStats | undefined {
  const master: unknown = (dataSource.driver as unknown as { master?: unknown }).master;
  if (typeof master !== 'object' || master === null) return undefined;
  const pool = master as Partial<PoolStats>;
  return typeof pool.totalCount === 'number' ? (pool as PoolStats) : undefined;
}
