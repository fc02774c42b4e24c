import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ChangeResponse, Problem } from '@cxmap/domain';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { drainAndClose, type DrainResult } from '../src/core/http/graceful-shutdown';
import { createTestApp } from './support/create-test-app';
import { useTestApp } from './support/test-app-context';
import { Given, createTouchpoint, type TestUser } from './support/given';
import { connectToTestDatabase } from './support/database-admin';

const quiet = { log: () => undefined, error: () => undefined, warn: () => undefined };

async function listening(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}

async function until(condition: () => Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('health, readiness and metrics', () => {
  const ctx = useTestApp({ env: { METRICS_TOKEN: 'scrape-token-0123456789' } });

  it('answers liveness without the database and readiness with it', async () => {
    await ctx.given.http().get('/api/health/live').expect(200, { status: 'ok' });
    await ctx.given.http().get('/api/health/ready').expect(200, { status: 'ok', database: 'postgres', checks: { database: 'up', replica: 'not configured' } });
    await ctx.given.http().get('/api/health').expect(200, { status: 'ok', database: 'postgres' });
  });

  it('counts requests by route template, never by raw URL', async () => {
    const user = await ctx.given.user();
    const journey = await ctx.given.journey(user);
    await ctx.given.graph(user, journey.id);
    await ctx.given.http().get('/api/journeys/00000000-0000-4000-8000-000000000000').set('Cookie', user.cookie).expect(404);
    await ctx.given.http().get('/api/no-such-route').expect(404);

    const metrics = await ctx.given.http().get('/api/metrics').set('Authorization', 'Bearer scrape-token-0123456789').expect(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    const text = metrics.text;
    expect(text).toMatch(/^http_requests_total\{method="GET",route="\/api\/journeys\/:id",status="200"\} [1-9]/m);
    expect(text).toMatch(/^http_requests_total\{method="GET",route="\/api\/journeys\/:id",status="404"\} 1$/m);
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{le="0\.1",method="POST",route="\/api\/auth\/signup",status="201"\} \d+$/m);
    expect(text).toMatch(/^db_pool_connections\{pool="primary",state="total"\} [1-9]/m);
    expect(text).toMatch(/^db_pool_connections\{pool="primary",state="idle"\} \d+$/m);
    expect(text).toMatch(/^db_pool_waiting_requests\{pool="primary"\} \d+$/m);
    // No replica configured: no replica series, and nothing ever falls back.
    expect(text).not.toContain('pool="replica"');
    expect(text).toMatch(/^db_read_replica_fallbacks_total 0$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).not.toContain(journey.id);
    expect(text).not.toContain('no-such-route');
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    const missing = await ctx.given.http().get('/api/metrics').expect(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    await ctx.given.http().get('/api/metrics').set('Authorization', 'Bearer scrape-token-0123456780').expect(401);
    await ctx.given.http().get('/api/metrics').set('Authorization', 'Bearer short').expect(401);
  });
});

/**
 * SIGTERM, as main.ts handles it (main.ts calls `drainAndClose`, then exits 0, or 1 after the
 * grace period). A lock held by the test on the journey row keeps a large `/changes` batch in
 * flight, deterministically, while the shutdown begins.
 */
describe('graceful shutdown', () => {
  let blocker: Client;

  beforeEach(async () => {
    blocker = await connectToTestDatabase();
  });

  afterEach(async () => {
    await blocker.query('ROLLBACK').catch(() => undefined);
    await blocker.end();
  });

  async function batchInFlight(): Promise<{ app: NestExpressApplication; base: string; user: TestUser; journeyId: string; batch: Promise<Response> }> {
    const app = await createTestApp();
    const base = await listening(app);
    const given = new Given(app);
    const user = await given.user();
    const journey = await given.journey(user, { template: 'blank' });
    const stageId = (await given.graph(user, journey.id)).stages[0]?.id ?? '';
    const ops = Array.from({ length: 2000 }, (_, i) => createTouchpoint(stageId, { title: `Touchpoint ${i}`, position: { x: i, y: 0 } }));

    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM journeys WHERE id = $1 FOR UPDATE', [journey.id]);
    const batch = fetch(`${base}/api/journeys/${journey.id}/changes`, {
      method: 'POST',
      headers: { cookie: user.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ ops }),
    });
    // In flight: the batch's transaction waits for the journey row the test holds.
    await until(async () => {
      const { rows } = await blocker.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return (rows[0]?.waiting ?? 0) > 0;
    }, 'the batch to wait on the journey lock');
    return { app, base, user, journeyId: journey.id, batch };
  }

  async function touchpointCount(journeyId: string): Promise<number> {
    const { rows } = await blocker.query<{ n: number }>('SELECT count(*)::int AS n FROM touchpoints WHERE journey_id = $1', [journeyId]);
    return rows[0]?.n ?? -1;
  }

  it('turns readiness false at once, lets the in-flight batch finish whole, then closes', async () => {
    const { app, base, journeyId, batch } = await batchInFlight();
    const drained = drainAndClose(app, { graceMs: 10_000, delayMs: 400, logger: quiet });

    const ready = await fetch(`${base}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(ready.headers.get('connection')).toBe('close');
    expect(((await ready.json()) as Problem).code).toBe('SHUTTING_DOWN');
    expect((await fetch(`${base}/api/health/live`)).status).toBe(200);

    // After the delay, new connections are refused while the batch is still running.
    await until(() => fetch(`${base}/api/health/live`).then(() => false, () => true), 'the listener to close');
    const early = await Promise.race([drained, new Promise((resolve) => setTimeout(() => resolve('still draining'), 200))]);
    expect(early).toBe('still draining');

    await blocker.query('COMMIT');
    const response = await batch;
    expect(response.status).toBe(200);
    expect(((await response.json()) as ChangeResponse).results).toHaveLength(2000);
    await expect(drained).resolves.toBe<DrainResult>('drained');
    expect(app.get(DataSource).isInitialized).toBe(false);
    expect(await touchpointCount(journeyId)).toBe(2000);
  });

  it('gives up after the grace period, and the unfinished batch leaves nothing behind', async () => {
    const { app, journeyId, batch } = await batchInFlight();
    const outcome = batch.then(
      (response) => response.status,
      () => 'connection closed',
    );

    await expect(drainAndClose(app, { graceMs: 300, delayMs: 0, logger: quiet })).resolves.toBe<DrainResult>('timed-out');
    expect(await outcome).toBe('connection closed');
    // main.ts now exits 1; the process's connections die with it and PostgreSQL rolls the batch back.
    await blocker.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    await blocker.query('COMMIT');
    expect(await touchpointCount(journeyId)).toBe(0);
    await app.close().catch(() => undefined);
  });
});
