import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { describeDatabaseUrl } from '../../src/database/database-info';
import { runMigrations } from '../../src/database/run-migrations';
import { TEST_DATABASE_ENV, TEST_SERVER_ENV, serverUrl, withDatabase } from './test-database';

/** Creates a fresh database for this run on TEST_DATABASE_URL (or the local server) and migrates it. */
export default async function globalSetup(): Promise<void> {
  const server = serverUrl();
  const name = `cxmap_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(server, name);
  console.log(`\nintegration tests: PostgreSQL server at ${describeDatabaseUrl(server)}, fresh database ${name}`);
  await runMigrations(url);
  process.env[TEST_DATABASE_ENV] = url;
  process.env[TEST_SERVER_ENV] = server;
}
