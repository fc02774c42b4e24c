import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { isApiPath } from './web-app';

/** What a pg Pool reports about itself. */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

type HttpLabel = 'method' | 'route' | 'status';

/** Which pool a pool gauge describes. */
export type DatabasePool = 'primary' | 'replica';

/**
 * Prometheus metrics of one application instance (its own registry, so several apps in one
 * process — the tests — never collide). Routes are labelled by their template
 * (`/api/journeys/:id`), never by the raw URL, so ids never become label values.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<HttpLabel>;
  private readonly duration: Histogram<HttpLabel>;
  private readonly pools = new Map<DatabasePool, () => PoolStats | undefined>();
  private readonly replicaFallbacks: Counter;
  private readonly listenerReconnects: Counter;
  private readonly listenerConnected: Gauge;
  private subscriberCount: () => number = () => 0;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const labelNames: HttpLabel[] = ['method', 'route', 'status'];
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route template and status',
      labelNames,
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from request to the end of the answer, by method, route template and status',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const pools = (): [DatabasePool, PoolStats | undefined][] => [...this.pools.entries()].map(([pool, source]) => [pool, source()]);
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections in a PostgreSQL pool (primary, or the read replica when configured), by state (total = idle + in use)',
      labelNames: ['pool', 'state'],
      registers: [this.registry],
      collect() {
        for (const [pool, stats] of pools()) {
          this.set({ pool, state: 'total' }, stats?.totalCount ?? 0);
          this.set({ pool, state: 'idle' }, stats?.idleCount ?? 0);
        }
      },
    });
    new Gauge({
      name: 'db_pool_waiting_requests',
      help: 'Queries waiting for a free pooled connection, by pool',
      labelNames: ['pool'],
      registers: [this.registry],
      collect() {
        for (const [pool, stats] of pools()) this.set({ pool }, stats?.waitingCount ?? 0);
      },
    });
    this.replicaFallbacks = new Counter({
      name: 'db_read_replica_fallbacks_total',
      help: 'Reads meant for the read replica that ran on the primary because the replica could not be reached',
      registers: [this.registry],
    });
    this.listenerReconnects = new Counter({
      name: 'journey_events_listener_reconnects_total',
      help: 'Times the LISTEN connection for journey changes was re-established after it failed',
      registers: [this.registry],
    });
    this.listenerConnected = new Gauge({
      name: 'journey_events_listener_connected',
      help: '1 while the LISTEN connection for journey changes is up (always 0 on the embedded database, which needs none)',
      registers: [this.registry],
    });
    const subscribers = (): number => this.subscriberCount();
    new Gauge({
      name: 'journey_events_streams',
      help: 'Open server-sent event streams of journey changes on this instance',
      registers: [this.registry],
      collect() {
        this.set(subscribers());
      },
    });
  }

  /** The journey change listener (LISTEN connection) came back after losing its connection. */
  journeyListenerReconnected(): void {
    this.listenerReconnects.inc();
  }

  setJourneyListenerConnected(connected: boolean): void {
    this.listenerConnected.set(connected ? 1 : 0);
  }

  /** Where the open-streams gauge reads from. */
  watchJourneySubscribers(source: () => number): void {
    this.subscriberCount = source;
  }

  /** Where the gauges of `pool` read from (a pool exists only once its DataSource is up: zeros until then). */
  watchPool(pool: DatabasePool, source: () => PoolStats | undefined): void {
    this.pools.set(pool, source);
  }

  /** A read meant for the replica ran on the primary. */
  readReplicaFellBack(): void {
    this.replicaFallbacks.inc();
  }

  /** Express middleware: times every request and counts it when the answer is finished. */
  middleware(): (request: Request, response: Response, next: NextFunction) => void {
    return (request, response, next) => {
      const end = this.duration.startTimer();
      response.once('finish', () => {
        const labels = { method: request.method, route: routeLabel(request), status: String(response.statusCode) };
        end(labels);
        this.requests.inc(labels);
      });
      next();
    };
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** The matched route's template; requests that matched no route share one label per kind. */
export function routeLabel(request: Request): string {
  const route: unknown = request.route;
  if (typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string') {
    return `${request.baseUrl}${route.path}`;
  }
  return isApiPath(request.path) ? 'unmatched' : 'web';
}
