import { Logger } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import type { DatabaseInfo } from './database-info';

const poolLogger = new Logger('DatabasePool');

/**
 * Migrations only, never `synchronize`; the embedded database gets one connection (PGlite is one session).
 *
 * Outage behaviour: a connection attempt (or a wait for a free pooled connection) gives up after
 * `connectTimeoutMs`, so requests fail fast with 503 instead of hanging; connections that die while
 * idle are dropped by the pool and reported here (never an unhandled `error` event that would stop
 * the process); new connections are opened on demand, so the pool recovers when the server is back.
 */
export function buildDataSourceOptions(database: DatabaseInfo, role: 'primary' | 'read' = 'primary'): DataSourceOptions {
  const url = role === 'read' ? database.readUrl : database.url;
  if (!url) throw new Error('no read replica is configured (DATABASE_READ_URL)');
  const pool = database.pool ?? { size: database.mode === 'embedded' ? 1 : 10, connectTimeoutMs: 5000 };
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: pool.size,
    connectTimeoutMS: pool.connectTimeoutMs,
    // Tells the two pools apart in pg_stat_activity (and in the tests that prove the routing).
    applicationName: role === 'read' ? 'cxmap-api-read' : 'cxmap-api',
    extra: {
      // Close connections idle for 30 s, and notice dead peers (failover, NAT timeouts) through TCP keep-alive.
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
    poolErrorHandler: (error: unknown) => {
      poolLogger.warn(`an idle database connection failed and was dropped: ${error instanceof Error ? error.message : String(error)}`);
    },
  };
}
