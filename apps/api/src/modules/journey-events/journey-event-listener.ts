import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info';
import { AppMetrics } from '../../core/http/metrics';
import { JourneyEventBus } from './journey-event-bus';
import { JOURNEY_CHANNEL, parseJourneyChange } from './journey-event';
import { JourneyEventPublisher } from './journey-event-publisher';

/** Reconnection delays: doubling from the first to the cap, with up to 20 % jitter so instances do not reconnect in step. */
export const RECONNECT_FIRST_MS = 250;
export const RECONNECT_MAX_MS = 30_000;

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(RECONNECT_MAX_MS, RECONNECT_FIRST_MS * 2 ** Math.min(attempt, 20));
  return Math.round(base * (1 + 0.2 * random()));
}

/**
 * One dedicated connection per instance that LISTENs on the journey channel and hands every
 * notification to this process's bus. Not a pooled connection: LISTEN belongs to a session.
 * When the connection fails (database restart, failover, network) it reconnects with backoff and
 * counts each reconnection (`journey_events_listener_reconnects_total`); changes committed while it
 * was away are not replayed: on reconnection every stream of this instance ends, so its client
 * reconnects and refetches what it shows. TCP keepalive starts after 30 s, so a connection that died
 * silently is noticed in about a minute rather than the system's default two hours.
 */
@Injectable()
export class JourneyEventListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JourneyEventListener');
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private stopped = false;
  private everConnected = false;

  constructor(
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
    private readonly publisher: JourneyEventPublisher,
    private readonly bus: JourneyEventBus,
    private readonly metrics: AppMetrics,
  ) {}

  onApplicationBootstrap(): void {
    if (this.publisher.transport !== 'notify') {
      this.logger.log('embedded database: journey changes are delivered in-process (one instance)');
      return;
    }
    // In the background: an unreachable database must not hold up the start (readiness reports it).
    void this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Whether the LISTEN connection is up (always true in-process). */
  get connected(): boolean {
    return this.publisher.transport !== 'notify' || this.client !== null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.database.url,
      application_name: 'cxmap-api-listen',
      connectionTimeoutMillis: this.database.pool?.connectTimeoutMs ?? 5000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 30_000,
    });
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = null;
      this.metrics.setJourneyListenerConnected(false);
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.logger.warn(`journey change listener lost its connection: ${error instanceof Error ? error.message : String(error)}`);
        this.schedule();
      }
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel !== JOURNEY_CHANNEL) return;
      const change = parseJourneyChange(message.payload);
      if (change) this.bus.deliver(change);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${JOURNEY_CHANNEL}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (this.stopped || failed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    if (this.everConnected) {
      this.metrics.journeyListenerReconnected();
      this.logger.log('journey change listener reconnected: open streams end so their clients refetch');
      this.bus.resync();
    }
    this.everConnected = true;
    this.metrics.setJourneyListenerConnected(true);
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    const delay = reconnectDelay(this.attempt);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, delay);
    this.timer.unref();
  }
}
