import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { HealthModule } from '../health/health.module';
import { ShareLinksModule } from '../share-links/share-links.module';
import { WorkspacesModule } from '../workspaces/workspaces.module';
import { AppMetrics } from '../../core/http/metrics';
import { JourneyEventBus } from './journey-event-bus';
import { JourneyEventListener } from './journey-event-listener';
import { JourneyEventPublisher } from './journey-event-publisher';
import { JourneyEventsController } from './journey-events.controller';
import { JourneyEventsService } from './journey-events.service';

/**
 * Live journey changes: published in the writing transaction (through the audit recorder, which
 * every write calls), carried between instances by PostgreSQL LISTEN/NOTIFY, streamed to
 * browsers as server-sent events. Global so the audit recorder can publish without importing it.
 */
@Global()
@Module({
  imports: [AuthModule, HealthModule, WorkspacesModule, ShareLinksModule],
  controllers: [JourneyEventsController],
  providers: [
    {
      provide: JourneyEventBus,
      inject: [AppMetrics],
      useFactory: (metrics: AppMetrics): JourneyEventBus => {
        const bus = new JourneyEventBus();
        metrics.watchJourneySubscribers(() => bus.subscribers);
        return bus;
      },
    },
    JourneyEventPublisher,
    JourneyEventListener,
    JourneyEventsService,
  ],
  exports: [JourneyEventPublisher],
})
export class JourneyEventsModule {}
