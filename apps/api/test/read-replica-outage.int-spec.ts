import { type AddressInfo, type Server, type Socket, createConnection, createServer } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp } from './support/create-test-app';
import { Given, type TestUser } from './support/given';
import { TEST_DATABASE_ENV } from './support/test-database';

/**
 * A read replica that cannot be reached must not turn reads into errors: the graph, the audit log
 * and rollups are answered from the primary (counted in `db_read_replica_fallbacks_total`), and
 * readiness stays 200 but says `degraded`. Two ways down: a replica that was never there (a closed
 * port), and one that dies while serving (a TCP relay in front of the run's database, cut and
 * restored: its pooled connections are terminated, new ones refused).
 */

/** A TCP relay to PostgreSQL that can be cut (every connection dropped, the port closed) and restored on the same port. */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const fallbacksIn = (metrics: string): number => Number(/^db_read_replica_fallbacks_total (\d+)$/m.exec(metrics)?.[1] ?? NaN);

describe('a read replica that cannot be reached', () => {
  const primaryUrl = (): string => process.env[TEST_DATABASE_ENV] ?? '';
  const fallbacks = async (given: Given): Promise<number> => fallbacksIn((await given.http().get('/api/metrics').expect(200)).text);
  /** The three kinds of replica reads, each answered 200. */
  const readEverything = async (given: Given, owner: TestUser, journeyId: string): Promise<void> => {
    expect((await given.graph(owner, journeyId)).journey.id).toBe(journeyId);
    await given.http().get(`/api/workspaces/${owner.workspaceId}/audit`).set('Cookie', owner.cookie).expect(200);
    await given
      .http()
      .get(`/api/journeys/${journeyId}/metrics/rollup`)
      .query({ metric: 'nps', by: 'stage', from: '2026-01-01', to: '2026-03-31' })
      .set('Cookie', owner.cookie)
      .expect(200);
  };

  describe('configured on a closed port from the start', () => {
    let app: NestExpressApplication;
    let given: Given;

    beforeAll(async () => {
      const readUrl = new URL(primaryUrl());
      readUrl.hostname = '127.0.0.1';
      readUrl.port = '1';
      app = await createTestApp({ env: { DATABASE_READ_URL: readUrl.toString() } });
      given = new Given(app);
    });

    afterAll(async () => {
      await app.close();
    });

    it('starts, serves every read from the primary and counts the fallbacks', async () => {
      const owner = await given.user();
      const { journey } = await given.journeyWithTouchpoints(owner, 2);
      const before = await fallbacks(given);
      await readEverything(given, owner, journey.id);
      expect(await fallbacks(given)).toBeGreaterThanOrEqual(before + 3);
    });

    it('stays ready, says degraded, and shows the replica pool empty', async () => {
      await given.http().get('/api/health/ready').expect(200, { status: 'degraded', database: 'postgres', checks: { database: 'up', replica: 'down' } });
      const { text } = await given.http().get('/api/metrics').expect(200);
      expect(text).toMatch(/^db_pool_connections\{pool="primary",state="total"\} [1-9]/m);
      expect(text).toMatch(/^db_pool_connections\{pool="replica",state="total"\} 0$/m);
    });
  });

  describe('going down while serving, and coming back', () => {
    let app: NestExpressApplication;
    let given: Given;
    let relay: Relay;
    let owner: TestUser;
    let journeyId: string;

    beforeAll(async () => {
      const primary = new URL(primaryUrl());
      relay = new Relay(primary.hostname, Number(primary.port || '5432'));
      await relay.open();
      const readUrl = new URL(primary);
      readUrl.hostname = '127.0.0.1';
      readUrl.port = String(relay.port);
      app = await createTestApp({ env: { DATABASE_READ_URL: readUrl.toString() } });
      given = new Given(app);
      owner = await given.user();
      journeyId = (await given.journeyWithTouchpoints(owner, 2)).journey.id;
    });

    afterAll(async () => {
      await app.close();
      await relay.cut();
    });

    it('reads on the replica, falls back to the primary once it is cut, and returns to it once it is back', async () => {
      await readEverything(given, owner, journeyId);
      expect(await fallbacks(given)).toBe(0);
      await given.http().get('/api/health/ready').expect(200, { status: 'ok', database: 'postgres', checks: { database: 'up', replica: 'up' } });

      await relay.cut();
      await readEverything(given, owner, journeyId);
      const whileDown = await fallbacks(given);
      expect(whileDown).toBeGreaterThanOrEqual(3);
      await given.http().get('/api/health/ready').expect(200, { status: 'degraded', database: 'postgres', checks: { database: 'up', replica: 'down' } });

      await relay.open();
      // Readiness finds the replica back, and reads go to it again at once.
      await given.http().get('/api/health/ready').expect(200, { status: 'ok', database: 'postgres', checks: { database: 'up', replica: 'up' } });
      await readEverything(given, owner, journeyId);
      expect(await fallbacks(given)).toBe(whileDown);
    });
  });
});
