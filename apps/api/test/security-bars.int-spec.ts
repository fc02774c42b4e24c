import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Problem } from '@cxmap/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/create-test-app';
import { Given, type TestUser } from './support/given';

/** 5 MB as documented (README, OpenAPI description): the body parser's `5mb`. */
const BODY_LIMIT_BYTES = 5 * 1024 * 1024;
const LEAK = /at \w+ \(|\.ts:\d+|node_modules|SELECT|INSERT|UPDATE|DELETE FROM|relation "|QueryFailed|syntax error/i;

describe('security bars', () => {
  let app: NestExpressApplication;
  let given: Given;
  let user: TestUser;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'cxmap-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>CXMap</title>');
    writeFileSync(path.join(webDist, 'app.js'), 'console.log(1)');
    app = await createTestApp({ env: { WEB_DIST: webDist } });
    given = new Given(app);
    user = await given.user();
  });

  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends helmet headers on API answers, error answers, the web page and its assets', async () => {
    const answers = [
      await given.http().get('/api/auth/me').set('Cookie', user.cookie).expect(200),
      await given.http().get('/api/auth/me').expect(401),
      await given.http().post('/api/workspaces').set('Cookie', user.cookie).send({ name: 'x', extra: 1 }).expect(400),
      await given.http().get('/w/some/client/route').expect(200),
      await given.http().get('/app.js').expect(200),
    ];
    for (const response of answers) {
      const where = `${response.status} ${response.request.url}`;
      expect([where, response.headers['content-security-policy']]).toEqual([where, expect.stringContaining("frame-ancestors 'none'")]);
      expect([where, response.headers['x-content-type-options']]).toEqual([where, 'nosniff']);
      expect([where, response.headers['x-frame-options']]).toEqual([where, 'SAMEORIGIN']);
      expect([where, response.headers['referrer-policy']]).toEqual([where, 'no-referrer']);
      expect([where, response.headers['cross-origin-opener-policy']]).toEqual([where, 'same-origin']);
      expect([where, response.headers['x-powered-by']]).toEqual([where, undefined]);
    }
    expect(answers[3]?.text).toContain('<title>CXMap</title>');
  });

  it('reads a body of exactly the documented size and answers one byte more with 413', async () => {
    const journeyId = (await given.journey(user)).id;
    const body = (size: number): string => {
      const frame = JSON.stringify({ ops: [], pad: '' });
      return JSON.stringify({ ops: [], pad: 'x'.repeat(size - frame.length) });
    };
    const post = (payload: string): request.Test =>
      given.http().post(`/api/journeys/${journeyId}/changes`).set('Cookie', user.cookie).set('Content-Type', 'application/json').send(payload);
    expect(Buffer.byteLength(body(BODY_LIMIT_BYTES))).toBe(BODY_LIMIT_BYTES);
    // Read and validated (the extra field is refused), not refused for its size.
    const atLimit = await post(body(BODY_LIMIT_BYTES));
    expect(atLimit.status).toBe(400);
    const over = await post(body(BODY_LIMIT_BYTES + 1));
    expect(over.status).toBe(413);
    expect((over.body as Problem).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a failing query with a bare 500 problem: no SQL, no stack, no table names', async () => {
    const db = app.get(DataSource);
    await db.query(`ALTER TABLE journeys RENAME TO journeys_away`);
    let response: request.Response;
    try {
      response = await given.http().get(`/api/workspaces/${user.workspaceId}/journeys`).set('Cookie', user.cookie);
    } finally {
      await db.query(`ALTER TABLE journeys_away RENAME TO journeys`);
    }
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'urn:cxmap:problem:internal',
      title: 'Something went wrong on our side',
      status: 500,
      code: 'INTERNAL',
    });
    expect(response.text).not.toMatch(LEAK);
  });

  it('answers a broken data rule with a 4xx problem without SQL', async () => {
    // A NUL character would reach PostgreSQL as an error of its own; the API refuses it first.
    const response = await given.http().post('/api/workspaces').set('Cookie', user.cookie).send({ name: 'a\u0000b' });
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(LEAK);
  });

  it('refuses an expired session, and a session after logout and after a password change', async () => {
    const db = app.get(DataSource);
    const login = async (who: TestUser): Promise<string> => {
      const response = await given.http().post('/api/auth/login').send({ email: who.email, password: who.password }).expect(200);
      return ((response.headers['set-cookie'] as unknown as string[])[0] ?? '').split(';')[0] ?? '';
    };
    const someone = await given.user();

    const expiring = await login(someone);
    await given.http().get('/api/auth/me').set('Cookie', expiring).expect(200);
    await db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second'
        WHERE user_id = $1 AND token_hash = encode(sha256(convert_to($2, 'UTF8')), 'hex')`,
      [someone.me.user.id, expiring.replace('cxmap_session=', '')],
    );
    expect(((await given.http().get('/api/auth/me').set('Cookie', expiring).expect(401)).body as Problem).code).toBe('UNAUTHENTICATED');
    await given.http().get('/api/auth/me').set('Cookie', someone.cookie).expect(200);

    const loggedOut = await login(someone);
    await given.http().post('/api/auth/logout').set('Cookie', loggedOut).expect(204);
    await given.http().get('/api/auth/me').set('Cookie', loggedOut).expect(401);
    await given.http().post('/api/workspaces').set('Cookie', loggedOut).send({ name: 'After logout' }).expect(401);

    const other = await login(someone);
    await given
      .http()
      .post('/api/account/password')
      .set('Cookie', someone.cookie)
      .send({ currentPassword: someone.password, newPassword: 'a brand new password' })
      .expect(204);
    await given.http().get('/api/auth/me').set('Cookie', other).expect(401);
    await given.http().get('/api/auth/me').set('Cookie', someone.cookie).expect(200);
    await given.http().post('/api/auth/login').send({ email: someone.email, password: someone.password }).expect(401);
  });
});
