import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_DATABASE_ENV, TEST_SERVER_ENV, withDatabase } from './test-database';

/** Runs one statement on its own connection to `server` (CREATE and DROP DATABASE run outside any transaction). */
export async function onServer(server: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface ScratchDatabase {
  url: string;
  /** Drops the database (its connections must be closed first). */
  drop(): Promise<void>;
}

/** A new, empty database `cxmap_<label>_<time>_<random>` on the run's server, for a spec that needs one of its own. */
export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const server = process.env[TEST_SERVER_ENV] ?? '';
  const name = `cxmap_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await onServer(server, `CREATE DATABASE ${name}`);
  return { url: withDatabase(server, name), drop: () => onServer(server, `DROP DATABASE IF EXISTS ${name}`) };
}

/** A client connected to the run's database (created by global-setup); the caller ends it. */
export async function connectToTestDatabase(): Promise<Client> {
  const client = new Client({ connectionString: process.env[TEST_DATABASE_ENV] });
  await client.connect();
  return client;
}
