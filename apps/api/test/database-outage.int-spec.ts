import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Problem } from '@cxmap/domain';
import { runMigrations } from '../src/database/run-migrations';
import { createTestApp } from './support/create-test-app';
import { Given, createTouchpoint, type TestUser } from './support/given';
import { startCluster, startThrowawayCluster, stopCluster, stopThrowawayCluster, type ThrowawayCluster } from './support/throwaway-cluster';

/** The promise: once the database is back, requests succeed within 5 s without a restart. */
const RECOVERY_DEADLINE_MS = 5000;

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * PostgreSQL stops under load and comes back: the API answers 503 problem+json with Retry-After
 * (never 500), readiness fails while liveness holds, and the same process serves again afterwards.
 * Runs on a cluster of its own, so stopping it disturbs no other spec.
 */
describe('database outage', () => {
  let cluster: ThrowawayCluster;
  let app: NestExpressApplication;
  let base: string;
  let user: TestUser;
  let journeyId: string;
  let stageId: string;

  const call = async (path: string, init: RequestInit = {}): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, { ...init, headers: { cookie: user.cookie, 'content-type': 'application/json', ...init.headers } });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? null : (JSON.parse(text) as unknown) };
  };
  /** Probes come from an orchestrator or load balancer: no session cookie. */
  const probe = async (path: string): Promise<Answer> => {
    const response = await fetch(`${base}${path}`);
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as unknown };
  };
  const readJourney = (): Promise<Answer> => call(`/api/journeys/${journeyId}`);
  const addTouchpoint = (): Promise<Answer> =>
    call(`/api/journeys/${journeyId}/changes`, { method: 'POST', body: JSON.stringify({ ops: [createTouchpoint(stageId)] }) });

  beforeAll(async () => {
    const started = await startThrowawayCluster();
    if (!started) throw new Error('this spec starts its own PostgreSQL cluster and needs the server binaries (/usr/lib/postgresql/*/bin)');
    cluster = started;
    await runMigrations(cluster.url);
    app = await createTestApp({ databaseUrl: cluster.url, env: { DB_CONNECT_TIMEOUT_MS: '1000' } });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const given = new Given(app);
    user = await given.user();
    journeyId = (await given.journey(user, { template: 'blank' })).id;
    stageId = (await given.graph(user, journeyId)).stages[0]?.id ?? '';
  });

  afterAll(async () => {
    await app?.close();
    if (cluster) stopThrowawayCluster(cluster.dir);
  });

  it('answers 503 with Retry-After while the database is down, and recovers without a restart', async () => {
    expect((await readJourney()).status).toBe(200);

    // Load during the outage: three clients reading and one writing, until told to stop.
    const statuses = new Set<number>();
    let loading = true;
    const client = async (request: () => Promise<Answer>): Promise<void> => {
      while (loading) statuses.add((await request()).status);
    };
    const load = Promise.all([client(readJourney), client(readJourney), client(readJourney), client(addTouchpoint)]);
    try {
      await outageAndRecovery();
    } finally {
      loading = false;
      await load;
    }
    // Under load, every answer was a success or a 503: never a 500, never a dropped process.
    expect([...statuses].filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(statuses.has(503)).toBe(true);
  });

  async function outageAndRecovery(): Promise<void> {
    await stopCluster(cluster);

    const read = await readJourney();
    expect(read.status).toBe(503);
    expect(read.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(read.headers.get('retry-after')).toBe('5');
    expect(read.body).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', type: 'urn:cxmap:problem:database-unavailable' });
    expect(JSON.stringify(read.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    const write = await addTouchpoint();
    expect([write.status, (write.body as Problem).code]).toEqual([503, 'DATABASE_UNAVAILABLE']);

    const ready = await probe('/api/health/ready');
    expect([ready.status, (ready.body as Problem).code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
    expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await probe('/api/health/live')).status).toBe(200);
    await startCluster(cluster);
    const back = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - back < RECOVERY_DEADLINE_MS) {
      recovered = (await readJourney()).status === 200;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recovered).toBe(true);
    expect((await addTouchpoint()).status).toBe(200);
    expect((await probe('/api/health/ready')).status).toBe(200);
  }
});
