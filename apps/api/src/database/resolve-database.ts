import type { AppConfig } from '../core/config/app-config';
import { describeDatabaseUrl, type DatabaseInfo } from './database-info';

export interface ResolvedDatabase {
  info: DatabaseInfo;
  /** How to say in the log which database this is (no password). */
  description: string;
  stop(): Promise<void>;
}

/**
 * `DATABASE_URL` selects a PostgreSQL server; without it the embedded PostgreSQL (PGlite) starts
 * on `DATA_DIR`. PGlite is ESM-only and heavy, so it is loaded only when needed.
 */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.databaseUrl !== null) {
    return {
      info: {
        url: config.databaseUrl,
        readUrl: config.databaseReadUrl,
        mode: 'postgres',
        pool: { size: config.dbPoolSize, connectTimeoutMs: config.dbConnectTimeoutMs },
      },
      description:
        `PostgreSQL server at ${describeDatabaseUrl(config.databaseUrl)}` +
        (config.databaseReadUrl === null ? '' : `, reads from ${describeDatabaseUrl(config.databaseReadUrl)}`),
      stop: async () => undefined,
    };
  }
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  return {
    // PGlite is one session: two pooled connections would interleave their statements (a transaction
    // of one request would see another's queries), so the embedded database gets exactly one.
    info: { url: embedded.url, mode: 'embedded', pool: { size: 1, connectTimeoutMs: config.dbConnectTimeoutMs } },
    description: `embedded PostgreSQL (PGlite) in ${config.dataDir}`,
    stop: () => embedded.stop(),
  };
}
