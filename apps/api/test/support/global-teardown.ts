import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { onServer } from './database-admin';
import { EXPORT_WORKER_ENV, TEST_DATABASE_ENV, TEST_SERVER_ENV, databaseName } from './test-database';
import { THROWAWAY_CLUSTER_ENV, stopThrowawayCluster } from './throwaway-cluster';

/** Drops the run's database, and stops the throwaway cluster if the run started one. */
export default async function globalTeardown(): Promise<void> {
  const url = process.env[TEST_DATABASE_ENV];
  const server = process.env[TEST_SERVER_ENV];
  const cluster = process.env[THROWAWAY_CLUSTER_ENV];
  try {
    if (!url || !server) return;
    const name = databaseName(url);
    if (!/^cxmap_test_\d+_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop ${name}`);
    await onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    if (cluster) stopThrowawayCluster(cluster);
    const worker = process.env[EXPORT_WORKER_ENV];
    if (worker) rmSync(dirname(worker), { recursive: true, force: true });
  }
}
