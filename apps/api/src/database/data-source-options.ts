import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import type { DatabaseInfo } from './database-info';

/** Migrations only, never `synchronize`; the embedded database gets a small pool (one shared session anyway). */
export function buildDataSourceOptions(database: DatabaseInfo): DataSourceOptions {
  return {
    type: 'postgres',
    url: database.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: database.mode === 'embedded' ? 5 : 10,
    applicationName: 'cxmap-api',
  };
}
