import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { describeDatabaseUrl } from '../../src/database/database-info';
import { runMigrations } from '../../src/database/run-migrations';
import { onServer } from './database-admin';
import { EXPORT_WORKER_ENV, TEST_DATABASE_ENV, TEST_SERVER_ENV, serverUrl, withDatabase } from './test-database';
import { THROWAWAY_CLUSTER_ENV, startThrowawayCluster } from './throwaway-cluster';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates a fresh database for this run and migrates it: on TEST_DATABASE_URL if set, else on the
 * local server (127.0.0.1:5432), else on a throwaway cluster started for the run.
 */
export default async function globalSetup(): Promise<void> {
  let server = serverUrl();
  let where = `PostgreSQL server at ${describeDatabaseUrl(server)}`;
  if (!process.env['TEST_DATABASE_URL'] && !(await reachable(server))) {
    const cluster = await startThrowawayCluster();
    if (!cluster) {
      throw new Error(`No PostgreSQL answers at ${describeDatabaseUrl(server)} and no server binaries to start one: set TEST_DATABASE_URL.`);
    }
    server = cluster.url;
    where = `throwaway PostgreSQL cluster at ${describeDatabaseUrl(server)} (no server on the default address)`;
    process.env[THROWAWAY_CLUSTER_ENV] = cluster.dir;
  }
  const name = `cxmap_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  const url = withDatabase(server, name);
  console.log(`\nintegration tests: ${where}, fresh database ${name}`);
  await runMigrations(url);
  process.env[TEST_DATABASE_ENV] = url;
  process.env[TEST_SERVER_ENV] = server;
  process.env[EXPORT_WORKER_ENV] = buildExportWorker(name);
}

/**
 * The export worker as the built app runs it: a compiled file a worker thread can load (ts-jest
 * compiles only inside Jest's sandbox). Under the repository's tmp/ so its npm imports resolve.
 */
function buildExportWorker(run: string): string {
  const file = join(__dirname, '../../../../tmp/export-worker', run, 'render-worker.cjs');
  execFileSync(process.execPath, [join(__dirname, 'build-export-worker.mjs'), file], { stdio: 'inherit' });
  return file;
}
