import { randomUUID } from 'node:crypto';
import type { Client, DatabaseError } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations';
import { KeyTenantTablesByWorkspace1795780000000 } from '../src/database/migrations/1795780000000-key-tenant-tables-by-workspace';
import { schemaSnapshot } from './support/schema-snapshot';
import { connectToTestDatabase, createScratchDatabase } from './support/database-admin';

/** The tables that 1795780000000 keys by (workspace_id, id). */
const TABLES = ['journeys', 'personas', 'memberships', 'invitations', 'api_keys', 'audit_events'];

/** The column names of `keys` (attnums of `relation`), in key order. */
const columnsOf = (relation: string, keys: string) => `array(
  SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(attnum, n)
    JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum ORDER BY k.n)`;

interface ForeignKey {
  conname: string;
  table_name: string;
  referenced: string;
  columns: string[];
  referenced_columns: string[];
  definition: string;
}

/**
 * Sharding by workspace (Citus) needs workspace_id in every primary key and in every foreign key
 * between tenant tables. These read the catalog of the run's migrated database, and run the
 * migration down and up again on a database of their own.
 */
describe('keys for sharding by workspace', () => {
  let db: Client;

  beforeAll(async () => {
    db = await connectToTestDatabase();
  });

  afterAll(async () => {
    await db.end();
  });

  /** Runs `work` in a transaction that is always rolled back, so the run's database keeps no trace. */
  async function rolledBack(work: () => Promise<void>): Promise<void> {
    await db.query('BEGIN');
    try {
      await work();
    } finally {
      await db.query('ROLLBACK');
    }
  }

  it('gives each tenant table the primary key (workspace_id, id)', async () => {
    const { rows } = await db.query<{ table_name: string; columns: string[] }>(
      `SELECT c.conrelid::regclass::text AS table_name, ${columnsOf('c.conrelid', 'c.conkey')} AS columns
         FROM pg_constraint c
        WHERE c.contype = 'p' AND c.conrelid = ANY ($1::text[]::regclass[])`,
      [TABLES],
    );
    expect(Object.fromEntries(rows.map((r) => [r.table_name, r.columns]))).toEqual(
      Object.fromEntries(TABLES.map((table) => [table, ['workspace_id', 'id']])),
    );
  });

  it('carries workspace_id in every foreign key into them, matched to workspace_id', async () => {
    const { rows } = await db.query<ForeignKey>(
      `SELECT c.conname, c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS referenced,
              ${columnsOf('c.conrelid', 'c.conkey')} AS columns, ${columnsOf('c.confrelid', 'c.confkey')} AS referenced_columns,
              pg_get_constraintdef(c.oid) AS definition
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid = ANY ($1::text[]::regclass[])`,
      [TABLES],
    );
    expect(rows.map((r) => r.conname)).toEqual(
      expect.arrayContaining(['journeys_persona_fkey', 'stages_journey_fkey', 'share_links_journey_fkey', 'export_jobs_journey_fkey']),
    );
    const withoutWorkspace = rows.filter((fk) => fk.columns[fk.referenced_columns.indexOf('workspace_id')] !== 'workspace_id');
    expect(withoutWorkspace).toEqual([]);
  });

  it('keeps deleting a persona clearing only the journeys’ persona_id', async () => {
    const { rows: persona } = await db.query<{ fkey: string }>(
      `SELECT pg_get_constraintdef(oid) AS fkey FROM pg_constraint WHERE conname = 'journeys_persona_fkey'`,
    );
    expect(persona).toEqual([{ fkey: expect.stringContaining('ON DELETE SET NULL (persona_id)') as unknown }]);
    await rolledBack(async () => {
      const workspaceId = await insertWorkspace(db);
      const personaId = rows(await db.query<{ id: string }>(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'P') RETURNING id`, [workspaceId]))[0]?.id;
      const journeyId = rows(
        await db.query<{ id: string }>(`INSERT INTO journeys (workspace_id, persona_id, name) VALUES ($1, $2, 'J') RETURNING id`, [workspaceId, personaId]),
      )[0]?.id;
      await db.query(`DELETE FROM personas WHERE workspace_id = $1 AND id = $2`, [workspaceId, personaId]);
      const journey = await db.query(`SELECT workspace_id, persona_id FROM journeys WHERE workspace_id = $1 AND id = $2`, [workspaceId, journeyId]);
      expect(journey.rows).toEqual([{ workspace_id: workspaceId, persona_id: null }]);
    });
  });

  it('refuses a journey another workspace’s persona', async () => {
    await rolledBack(async () => {
      const [mine, theirs] = [await insertWorkspace(db), await insertWorkspace(db)];
      const personaId = rows(await db.query<{ id: string }>(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'P') RETURNING id`, [theirs]))[0]?.id;
      const error = await db
        .query(`INSERT INTO journeys (workspace_id, persona_id, name) VALUES ($1, $2, 'J')`, [mine, personaId])
        .then(() => null, (e: unknown) => e as DatabaseError);
      expect({ code: error?.code, constraint: error?.constraint }).toEqual({ code: '23503', constraint: 'journeys_persona_fkey' });
    });
  });

  it('leaves workspace_id out of no unique key of theirs but the token and hash lookups', async () => {
    const { rows: unique } = await db.query<{ index: string }>(
      `SELECT i.indexrelid::regclass::text AS index
         FROM pg_index i
        WHERE i.indisunique AND i.indrelid = ANY ($1::text[]::regclass[])
          AND NOT ('workspace_id' = ANY (${columnsOf('i.indrelid', 'i.indkey::int2[]')}))
        ORDER BY 1`,
      [TABLES],
    );
    expect(unique.map((r) => r.index)).toEqual(['api_keys_secret_hash_key', 'invitations_token_hash_key']);
  });

  it.each([
    ['a journey by id', 'id', `SELECT workspace_id FROM journeys WHERE id = $1::uuid`, randomUUID()],
    ['an invitation by token hash', 'token_hash', `SELECT id FROM invitations WHERE token_hash = $1`, 'a'.repeat(64)],
    ['an API key by secret hash', 'secret_hash', `SELECT id FROM api_keys WHERE secret_hash = $1`, 'b'.repeat(64)],
    ['a user’s memberships', 'user_id', `SELECT workspace_id FROM memberships WHERE user_id = $1::uuid`, randomUUID()],
  ])('finds %s, which starts without a workspace, through an index that starts with %s', async (_what, column, sql, value) => {
    await rolledBack(async () => {
      await db.query('SET LOCAL enable_seqscan = off');
      const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [value])).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).not.toMatch(/Seq Scan/);
      // An index scan can also read a whole index whose second column is the one looked for; it must lead.
      const index = /(?:Index (?:Only )?Scan using|Bitmap Index Scan on) (\w+)/.exec(plan)?.[1] ?? '(none)';
      const { rows: leading } = await db.query<{ attname: string }>(
        `SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
          WHERE i.indexrelid = $1::regclass`,
        [index],
      );
      expect(leading).toEqual([{ attname: column }]);
    });
  });

  it('runs down to the previous schema exactly and up again, with rows in every table it changes', async () => {
    const database = await createScratchDatabase('citus_keys');
    const through = MIGRATIONS.indexOf(KeyTenantTablesByWorkspace1795780000000);
    expect(through).toBeGreaterThan(0);
    let migrated: DataSource | null = null;
    try {
      const before = await migratedDataSource(database.url, MIGRATIONS.slice(0, through));
      const previous = await schemaSnapshot(before);
      await before.destroy();
      migrated = await migratedDataSource(database.url, MIGRATIONS.slice(0, through + 1));
      const keyed = await schemaSnapshot(migrated);
      expect(keyed).not.toEqual(previous);

      const workspaceId = await seedEveryChangedTable(migrated);
      await migrated.undoLastMigration();
      expect(await schemaSnapshot(migrated)).toEqual(previous);
      await migrated.runMigrations();
      expect(await schemaSnapshot(migrated)).toEqual(keyed);

      const counts = (await migrated.query(
        `SELECT (SELECT count(*)::int FROM journeys WHERE workspace_id = $1 AND persona_id IS NOT NULL) AS journeys,
                (SELECT count(*)::int FROM stages WHERE workspace_id = $1) AS stages,
                (SELECT count(*)::int FROM audit_events WHERE workspace_id = $1) AS audit_events`,
        [workspaceId],
      )) as unknown[];
      expect(counts).toEqual([{ journeys: 1, stages: 1, audit_events: 1 }]);
    } finally {
      await migrated?.destroy();
      await database.drop();
    }
  });
});

function rows<T>(result: { rows: T[] }): T[] {
  return result.rows;
}

async function insertWorkspace(db: Client): Promise<string> {
  const { rows: inserted } = await db.query<{ id: string }>(`INSERT INTO workspaces (name) VALUES ('Citus keys') RETURNING id`);
  const id = inserted[0]?.id;
  if (!id) throw new Error('workspace insert returned nothing');
  return id;
}

async function migratedDataSource(url: string, migrations: typeof MIGRATIONS): Promise<DataSource> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'each', installExtensions: false, poolSize: 1 });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

/** One row in each table whose keys the migration changes, and one of the content rows that reference a journey. */
async function seedEveryChangedTable(db: DataSource): Promise<string> {
  const one = async (sql: string, params: unknown[] = []): Promise<string> => {
    const [row] = (await db.query(sql, params)) as { id: string }[];
    if (!row) throw new Error(`no row from ${sql}`);
    return row.id;
  };
  const workspaceId = await one(`INSERT INTO workspaces (name) VALUES ('Round trip') RETURNING id`);
  const userId = await one(`INSERT INTO users (email, name, password_hash) VALUES ($1, 'Round trip', 'x') RETURNING id`, [
    `round-trip-${randomUUID()}@example.com`,
  ]);
  await one(`INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'owner') RETURNING id`, [workspaceId, userId]);
  const personaId = await one(`INSERT INTO personas (workspace_id, name) VALUES ($1, 'P') RETURNING id`, [workspaceId]);
  const journeyId = await one(`INSERT INTO journeys (workspace_id, persona_id, name) VALUES ($1, $2, 'J') RETURNING id`, [workspaceId, personaId]);
  await one(`INSERT INTO stages (workspace_id, journey_id, name, phase, "order") VALUES ($1, $2, 'S', 'awareness', 1) RETURNING id`, [
    workspaceId,
    journeyId,
  ]);
  await one(
    `INSERT INTO invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
     VALUES ($1, 'invitee@example.com', 'viewer', $2, $3, now() + interval '1 day') RETURNING id`,
    [workspaceId, 'c'.repeat(64), userId],
  );
  await one(`INSERT INTO api_keys (workspace_id, name, scopes, prefix, secret_hash) VALUES ($1, 'K', '{read}', 'cxk_abcd', $2) RETURNING id`, [
    workspaceId,
    'd'.repeat(64),
  ]);
  await one(
    `INSERT INTO audit_events (workspace_id, actor_kind, actor_label, action, summary) VALUES ($1, 'system', 'test', 'journey.created', 'x') RETURNING id`,
    [workspaceId],
  );
  return workspaceId;
}
