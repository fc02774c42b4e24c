import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Problem } from '@cxmap/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/create-test-app';
import { Given, type TestUser } from './support/given';

/**
 * Failed logins are counted in PostgreSQL. The apps trust the loopback proxy, so each test picks its
 * own client address with X-Forwarded-For and no test (here or elsewhere) eats another's budget.
 */
describe('login rate limiting', () => {
  const env = { TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES_PER_EMAIL: '5', LOGIN_MAX_FAILURES_PER_IP: '8' };
  let first: NestExpressApplication;
  let second: NestExpressApplication;
  let given: Given;
  let addressCounter = 0;

  beforeAll(async () => {
    // Two instances on one database, as behind the load balancer.
    [first, second] = await Promise.all([createTestApp({ env }), createTestApp({ env })]);
    given = new Given(first);
  });

  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  const newAddress = (): string => `203.0.113.${++addressCounter}`;
  const login = (app: NestExpressApplication, ip: string, email: string, password: string): request.Test =>
    request(app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  async function failTimes(user: TestUser, ip: string, times: number, app: NestExpressApplication = first): Promise<void> {
    for (let i = 0; i < times; i += 1) await login(app, ip, user.email, 'wrong password!').expect(401);
  }

  it('refuses the 6th failure with 429, Retry-After and TOO_MANY_ATTEMPTS, even with the right password', async () => {
    const user = await given.user();
    const ip = newAddress();
    await failTimes(user, ip, 5);
    const sixth = await login(first, ip, user.email, 'wrong password!').expect(429);
    expect(sixth.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((sixth.body as Problem).code).toBe('TOO_MANY_ATTEMPTS');
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);

    const right = await login(first, ip, user.email, user.password).expect(429);
    expect((right.body as Problem).code).toBe('TOO_MANY_ATTEMPTS');
    expect(right.headers['set-cookie']).toBeUndefined();
    // From another address too: the email itself is blocked.
    await login(first, newAddress(), user.email, user.password).expect(429);
  });

  it('leaves another email alone', async () => {
    const [victim, other] = [await given.user(), await given.user()];
    const ip = newAddress();
    await failTimes(victim, ip, 5);
    await login(first, ip, victim.email, victim.password).expect(429);
    await login(first, newAddress(), other.email, other.password).expect(200);
  });

  it('shares the counter between two instances on the same database', async () => {
    const user = await given.user();
    const ip = newAddress();
    await failTimes(user, ip, 3, first);
    await failTimes(user, ip, 2, second);
    await login(first, ip, user.email, user.password).expect(429);
    await login(second, ip, user.email, user.password).expect(429);
  });

  it('counts an unknown email like a known one, and answers alike until blocked', async () => {
    const ip = newAddress();
    const unknown = 'nobody-here@example.test';
    const answers: Problem[] = [];
    for (let i = 0; i < 5; i += 1) answers.push((await login(first, ip, unknown, 'wrong password!').expect(401)).body as Problem);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect((await login(second, ip, unknown, 'wrong password!').expect(429)).body).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
  });

  it('resets the email counter on success', async () => {
    const user = await given.user();
    const ip = newAddress();
    await failTimes(user, ip, 4);
    await login(first, ip, user.email, user.password).expect(200);
    await failTimes(user, newAddress(), 4);
    await login(second, newAddress(), user.email, user.password).expect(200);
  });

  it('limits failures per client address across emails, and not successes', async () => {
    const ip = newAddress();
    const users = await Promise.all([given.user(), given.user(), given.user()]);
    // Successes do not count against the address.
    for (let i = 0; i < 10; i += 1) await login(first, ip, users[0]!.email, users[0]!.password).expect(200);
    await failTimes(users[1]!, ip, 4, first);
    await failTimes(users[2]!, ip, 4, second);
    const blocked = await login(first, ip, users[0]!.email, users[0]!.password).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(3000);
    // Another address is not blocked.
    await login(second, newAddress(), users[0]!.email, users[0]!.password).expect(200);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it', async () => {
    const app = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_EMAIL: '1000', LOGIN_MAX_FAILURES_PER_IP: '2' } });
    // Other specs of the run failed logins from the loopback address too: start this one from zero.
    const clearAddresses = () => app.get(DataSource).query(`DELETE FROM login_rate_limits WHERE key LIKE 'ip:%'`);
    await clearAddresses();
    try {
      const user = await new Given(app).user();
      // Spoofed addresses change nothing: both failures count against the socket's address.
      await login(app, newAddress(), user.email, 'wrong password!').expect(401);
      await login(app, newAddress(), user.email, 'wrong password!').expect(401);
      await login(app, newAddress(), user.email, user.password).expect(429);
    } finally {
      // Give the loopback address its budget back for the other specs of the run.
      await clearAddresses();
      await app.close();
    }
  });
});
