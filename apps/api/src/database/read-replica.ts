import { Logger } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { isDatabaseUnavailable } from '../core/errors/database-error';
import type { PoolStats } from '../core/http/metrics';

/** What readiness reports about the read replica. */
export type ReplicaState = 'up' | 'down' | 'not configured';

/** After a replica failed to connect, reads go straight to the primary for this long (readiness probes it sooner). */
export const REPLICA_RETRY_MS = 5000;

/**
 * The heavy read-only routes (journey graph, audit log, metric rollups) run through `read()`: on
 * the read replica (`DATABASE_READ_URL`) when there is one, else on the primary.
 *
 * Consistency: writes, transactions that write, and access checks (memberships, sessions, share
 * links: revoking must take effect at once) stay on the primary. A replica answers a moment
 * behind; where a caller must see a write it has just been told about, the route reads the
 * primary's revision first and falls back to the primary when the replica is behind it (the
 * journey graph). Lists that may trail by the replica's lag say so (audit log, metric rollups).
 *
 * A replica that cannot be reached never fails a read: a connection-class error (refused, reset,
 * terminated, timed out, shutting down, SQLSTATE 08xxx/57P0x) reruns the read on the primary and
 * counts a fallback; for `REPLICA_RETRY_MS` after that, reads skip the replica (also counted)
 * unless readiness finds it back first. An error of the query itself (SQL, permissions) is thrown
 * as it is. A replica down at start-up does not stop the instance from starting.
 */
export class ReadReplica {
  private readonly logger = new Logger('ReadReplica');
  private source: DataSource | null = null;
  private connecting: Promise<DataSource> | null = null;
  private downUntil = 0;
  private down = false;
  private readonly fallbackListeners: (() => void)[] = [];

  constructor(
    private readonly primary: DataSource,
    /** Opens the replica's DataSource (`replicaConnector`); null when no replica is configured. */
    private readonly connect: (() => Promise<DataSource>) | null,
    private readonly now: () => number = Date.now,
  ) {}

  get configured(): boolean {
    return this.connect !== null;
  }

  /** Opens the replica pool; an unreachable replica is logged and retried later, any other failure (credentials, no such database) stops the start. */
  async start(): Promise<void> {
    if (!this.connect) return;
    try {
      await this.connected();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      this.markDown(error);
    }
  }

  /** Runs `work` on the replica, or on the primary when there is none or it cannot be reached. */
  async read<T>(work: (source: DataSource) => Promise<T>): Promise<T> {
    if (!this.connect) return work(this.primary);
    if (this.now() < this.downUntil) return this.fallBack(work);
    try {
      const result = await work(await this.connected());
      if (this.down) this.markUp();
      return result;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      this.markDown(error);
      return this.fallBack(work);
    }
  }

  /** For readiness: does the replica answer `SELECT 1` within `timeoutMs`? A replica back up is used again at once. */
  async state(timeoutMs: number): Promise<ReplicaState> {
    if (!this.connect) return 'not configured';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const probe = this.connected()
      .then((replica) => replica.query('SELECT 1'))
      .then(
        () => 'up' as const,
        (error: unknown) => error,
      );
    try {
      const outcome = await Promise.race([probe, timeout]);
      if (outcome === 'up') {
        this.markUp();
        return 'up';
      }
      this.markDown(outcome === 'timeout' ? new Error('the read replica did not answer SELECT 1 in time') : outcome);
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }

  /** The replica's pg Pool figures; undefined while it is not connected (or not configured). */
  poolStats(): PoolStats | undefined {
    return this.source ? poolStatsOf(this.source) : undefined;
  }

  /** Called once for every read that ran on the primary because the replica could not be reached. */
  onFallback(listener: () => void): void {
    this.fallbackListeners.push(listener);
  }

  async close(): Promise<void> {
    const source = this.source ?? (await this.connecting?.catch(() => null)) ?? null;
    this.source = null;
    if (source?.isInitialized) await source.destroy();
  }

  private fallBack<T>(work: (source: DataSource) => Promise<T>): Promise<T> {
    for (const listener of this.fallbackListeners) listener();
    return work(this.primary);
  }

  /** The replica DataSource, connecting it first when needed (one attempt at a time). */
  private connected(): Promise<DataSource> {
    if (this.source) return Promise.resolve(this.source);
    if (!this.connect) return Promise.reject(new Error('no read replica is configured'));
    this.connecting ??= this.connect().then((source) => {
        this.source = source;
        return source;
      })
      .finally(() => {
        this.connecting = null;
      });
    return this.connecting;
  }

  private markDown(error: unknown): void {
    this.downUntil = this.now() + REPLICA_RETRY_MS;
    if (this.down) return;
    this.down = true;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn(`the read replica cannot be reached (${reason}); its reads go to the primary`);
  }

  private markUp(): void {
    this.downUntil = 0;
    if (!this.down) return;
    this.down = false;
    this.logger.log('the read replica answers again; heavy reads go back to it');
  }
}

/** Opens a fresh DataSource on every call (a failed `initialize` leaves nothing to reuse). */
export function replicaConnector(options: DataSourceOptions): () => Promise<DataSource> {
  return () => new DataSource(options).initialize();
}

/** The pg Pool behind TypeORM's postgres driver (`driver.master`), once connected. */
export function poolStatsOf(dataSource: DataSource): PoolStats | undefined {
  const master: unknown = (dataSource.driver as unknown as { master?: unknown }).master;
  if (typeof master !== 'object' || master === null) return undefined;
  const pool = master as Partial<PoolStats>;
  return typeof pool.totalCount === 'number' ? (pool as PoolStats) : undefined;
}
