import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppMetrics } from '../../core/http/metrics';
import { ShutdownState } from '../../core/http/shutdown-state';
import { ReadReplica, poolStatsOf } from '../../database/read-replica';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';

/** Operations: health, liveness, readiness, Prometheus metrics, and the shutdown state they share with main.ts. */
@Module({
  controllers: [HealthController, MetricsController],
  providers: [
    ShutdownState,
    {
      provide: AppMetrics,
      inject: [DataSource, ReadReplica],
      useFactory: (dataSource: DataSource, readReplica: ReadReplica): AppMetrics => {
        const metrics = new AppMetrics();
        metrics.watchPool('primary', () => poolStatsOf(dataSource));
        if (readReplica.configured) metrics.watchPool('replica', () => readReplica.poolStats());
        readReplica.onFallback(() => metrics.readReplicaFellBack());
        return metrics;
      },
    },
  ],
  exports: [ShutdownState, AppMetrics],
})
export class HealthModule {}
