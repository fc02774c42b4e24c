import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { createTestApp } from './support/create-test-app';
import { Given, createTouchpoint } from './support/given';
import { TEST_DATABASE_ENV } from './support/test-database';

/**
 * DATABASE_READ_URL routes the heavy reads to a second pool. Here the "replica" is the run's own
 * database reached as a role that may only SELECT: a write routed to it would fail, and its
 * connections show in pg_stat_activity under their own user, so each request's pool is visible
 * (`state_change` moves when a connection runs something).
 */
describe('read replica routing (DATABASE_READ_URL)', () => {
  const reader = `cxmap_reader_${randomBytes(4).toString('hex')}`;
  let admin: Client;
  let app: NestExpressApplication;
  let given: Given;

  beforeAll(async () => {
    const url = process.env[TEST_DATABASE_ENV] ?? '';
    admin = new Client({ connectionString: url });
    await admin.connect();
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    await admin.query(`CREATE ROLE ${reader} LOGIN`);
    await admin.query(`GRANT CONNECT ON DATABASE ${database} TO ${reader}`);
    await admin.query(`GRANT USAGE ON SCHEMA public TO ${reader}`);
    await admin.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${reader}`);
    const readUrl = new URL(url);
    readUrl.username = reader;
    app = await createTestApp({ env: { DATABASE_READ_URL: readUrl.toString() } });
    given = new Given(app);
  });

  afterAll(async () => {
    await app.close();
    await admin.query(`DROP OWNED BY ${reader}`);
    await admin.query(`DROP ROLE ${reader}`);
    await admin.end();
  });

  /** How many connections of `user` (the replica role, or the app's primary role) ran something since `since`. */
  const activeSince = async (user: 'replica' | 'primary', since: string): Promise<number> => {
    const [row] = (await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1 AND usename ${user === 'replica' ? '=' : '<>'} $2 AND state_change > $3`,
      [user === 'replica' ? 'cxmap-api-read' : 'cxmap-api', reader, since],
    )).rows as { n: number }[];
    return row?.n ?? 0;
  };
  const now = async (): Promise<string> => ((await admin.query(`SELECT clock_timestamp()::text AS t`)).rows[0] as { t: string }).t;

  it('reads a journey graph on the read pool, and applies /changes on the primary', async () => {
    const owner = await given.user();
    const { journey, stageId } = await given.journeyWithTouchpoints(owner, 3);

    const beforeRead = await now();
    const graph = await given.graph(owner, journey.id);
    expect(graph.touchpoints).toHaveLength(3);
    expect(await activeSince('replica', beforeRead)).toBeGreaterThan(0);

    const beforeWrite = await now();
    const { revision } = await given.applied(owner, journey.id, [createTouchpoint(stageId, { title: 'Written on the primary' })]);
    expect(await activeSince('replica', beforeWrite)).toBe(0);
    expect(await activeSince('primary', beforeWrite)).toBeGreaterThan(0);

    // The caller's own write is in the next read (never older than the primary's revision).
    const after = await given.graph(owner, journey.id);
    expect([after.journey.revision, after.touchpoints.length]).toEqual([revision, 4]);
  });

  it('reads the audit log and metric rollups on the read pool', async () => {
    const owner = await given.user();
    const { journey } = await given.journeyWithTouchpoints(owner, 1);
    const since = await now();
    await given.http().get(`/api/workspaces/${owner.workspaceId}/audit`).set('Cookie', owner.cookie).expect(200);
    expect(await activeSince('replica', since)).toBeGreaterThan(0);

    const beforeRollup = await now();
    await given
      .http()
      .get(`/api/journeys/${journey.id}/metrics/rollup`)
      .query({ metric: 'nps', by: 'stage', from: '2026-01-01', to: '2026-03-31' })
      .set('Cookie', owner.cookie)
      .expect(200);
    expect(await activeSince('replica', beforeRollup)).toBeGreaterThan(0);
  });

  it('is ready with the replica up, and shows both pools in the metrics', async () => {
    await given.http().get('/api/health/ready').expect(200, { status: 'ok', database: 'postgres', checks: { database: 'up', replica: 'up' } });
    const owner = await given.user();
    const journey = await given.journey(owner);
    await given.graph(owner, journey.id);
    const { text } = await given.http().get('/api/metrics').expect(200);
    expect(text).toMatch(/^db_pool_connections\{pool="primary",state="total"\} [1-9]/m);
    expect(text).toMatch(/^db_pool_connections\{pool="replica",state="total"\} [1-9]/m);
    expect(text).toMatch(/^db_pool_connections\{pool="replica",state="idle"\} \d+$/m);
    expect(text).toMatch(/^db_pool_waiting_requests\{pool="replica"\} \d+$/m);
    expect(text).toMatch(/^db_read_replica_fallbacks_total 0$/m);
  });

  it('answers 304 from the primary’s revision without reading the content', async () => {
    const owner = await given.user();
    const journey = await given.journey(owner);
    const first = await given.http().get(`/api/journeys/${journey.id}`).set('Cookie', owner.cookie).expect(200);
    const since = await now();
    await given.http().get(`/api/journeys/${journey.id}`).set('Cookie', owner.cookie).set('If-None-Match', String(first.headers['etag'])).expect(304);
    expect(await activeSince('replica', since)).toBe(0);
  });
});
