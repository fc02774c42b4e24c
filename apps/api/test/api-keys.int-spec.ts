import { randomUUID } from 'node:crypto';
import { LIMITS, type ApiKeyDto, type CreatedApiKeyResponse, type JourneyGraph, type JourneySummaryDto, type Page, type Problem, type Role } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { createTouchpoint, type TestUser } from './support/given';

const NOT_OWNERS: Role[] = ['editor', 'commenter', 'viewer'];

const INVALID_KEY: Problem = {
  type: 'urn:cxmap:problem:invalid-api-key',
  title: 'The API key is malformed, unknown or revoked',
  status: 401,
  code: 'INVALID_API_KEY',
};

const KEY_NOT_ALLOWED: Problem = {
  type: 'urn:cxmap:problem:api-key-not-allowed',
  title: 'This route does not accept API keys',
  status: 403,
  code: 'API_KEY_NOT_ALLOWED',
};

describe('API keys', () => {
  const ctx = useTestApp();
  let db: DataSource;

  beforeAll(async () => {
    db = ctx.app.get(DataSource);
  });

  const keysOf = (user: TestUser, workspaceId = user.workspaceId) =>
    ctx.given.http().get(`/api/workspaces/${workspaceId}/api-keys`).set('Cookie', user.cookie);
  const bearer = (secret: string) => `Bearer ${secret}`;
  const listJourneys = (workspaceId: string, secret: string) =>
    ctx.given.http().get(`/api/workspaces/${workspaceId}/journeys`).set('Authorization', bearer(secret));
  const readJourney = (journeyId: string, secret: string) => ctx.given.http().get(`/api/journeys/${journeyId}`).set('Authorization', bearer(secret));

  describe('managing keys (owners)', () => {
    it('shows the secret once, lists the key without it, and stores only its hash', async () => {
      const owner = await ctx.given.user({ name: 'Olga Owner' });
      const response = await ctx.given
        .http()
        .post(`/api/workspaces/${owner.workspaceId}/api-keys`)
        .set('Cookie', owner.cookie)
        .send({ name: '  Survey tool  ', scopes: ['ingest', 'read'] })
        .expect(201);
      const created = response.body as CreatedApiKeyResponse;
      expect(created.secret).toMatch(/^cxk_[A-Za-z0-9_-]{43}$/);
      expect(created.apiKey).toEqual({
        id: expect.any(String),
        name: 'Survey tool',
        scopes: ['ingest', 'read'],
        prefix: created.secret.slice(0, 8),
        createdBy: 'Olga Owner',
        createdAt: expect.any(String),
        lastUsedAt: null,
      });

      const list = (await keysOf(owner).expect(200)).body as ApiKeyDto[];
      expect(list).toEqual([created.apiKey]);
      expect(JSON.stringify(list)).not.toContain(created.secret.slice(8));

      const rows = await db.query<Record<string, unknown>[]>(`SELECT * FROM api_keys WHERE id = $1`, [created.apiKey.id]);
      expect(rows).toHaveLength(1);
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(created.secret);
      expect(stored).not.toContain(created.secret.slice(8));
      expect(rows[0]?.['secret_hash']).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses editors, commenters and viewers (403) and answers 404 for another workspace', async () => {
      const owner = await ctx.given.user();
      const key = await ctx.given.apiKey(owner);
      for (const role of NOT_OWNERS) {
        const member = await ctx.given.memberOf(owner, role);
        const base = `/api/workspaces/${owner.workspaceId}/api-keys`;
        const responses = await Promise.all([
          ctx.given.http().get(base).set('Cookie', member.cookie),
          ctx.given.http().post(base).set('Cookie', member.cookie).send({ name: 'Mine', scopes: ['read'] }),
          ctx.given.http().delete(`${base}/${key.apiKey.id}`).set('Cookie', member.cookie),
        ]);
        for (const r of responses) expect([role, r.status, (r.body as Problem).code]).toEqual([role, 403, 'FORBIDDEN']);
      }
      const stranger = await ctx.given.user();
      const missing = randomUUID();
      for (const workspaceId of [owner.workspaceId, missing]) {
        const base = `/api/workspaces/${workspaceId}/api-keys`;
        const responses = await Promise.all([
          ctx.given.http().get(base).set('Cookie', stranger.cookie),
          ctx.given.http().post(base).set('Cookie', stranger.cookie).send({ name: 'Mine', scopes: ['read'] }),
          ctx.given.http().delete(`${base}/${key.apiKey.id}`).set('Cookie', stranger.cookie),
        ]);
        for (const r of responses) expect([r.status, (r.body as Problem).code]).toEqual([404, 'WORKSPACE_NOT_FOUND']);
      }
      // The stranger cannot revoke it through their own workspace either.
      await ctx.given.http().delete(`/api/workspaces/${stranger.workspaceId}/api-keys/${key.apiKey.id}`).set('Cookie', stranger.cookie).expect(404);
      expect(((await keysOf(owner).expect(200)).body as ApiKeyDto[]).map((k) => k.id)).toEqual([key.apiKey.id]);
    });

    it('revokes: the key leaves the list and stops working on its very next request', async () => {
      const owner = await ctx.given.user();
      const key = await ctx.given.apiKey(owner);
      await listJourneys(owner.workspaceId, key.secret).expect(200);
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/api-keys/${key.apiKey.id}`).set('Cookie', owner.cookie).expect(204);
      const after = await listJourneys(owner.workspaceId, key.secret).expect(401);
      expect(after.body).toEqual(INVALID_KEY);
      expect((await keysOf(owner).expect(200)).body).toEqual([]);
      const again = await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/api-keys/${key.apiKey.id}`).set('Cookie', owner.cookie).expect(404);
      expect((again.body as Problem).code).toBe('API_KEY_NOT_FOUND');
    });

    it('caps a workspace’s active keys, so their list stays bounded; revoked keys do not count, even under concurrent creations', async () => {
      const max = LIMITS.activeApiKeysPerWorkspaceMax;
      const owner = await ctx.given.user();
      const keys = [];
      for (let i = 0; i < max - 2; i++) keys.push(await ctx.given.apiKey(owner, ['read'], `key ${i}`));
      const create = () => ctx.given.http().post(`/api/workspaces/${owner.workspaceId}/api-keys`).set('Cookie', owner.cookie).send({ name: 'more', scopes: ['read'] });
      const statuses = (await Promise.all(Array.from({ length: 6 }, create))).map((response) => response.status).sort();
      expect(statuses).toEqual([201, 201, 422, 422, 422, 422]);
      const refused = await create().expect(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'TOO_MANY_API_KEYS', status: 422, detail: expect.stringContaining(`at most ${max} active API keys`) });
      expect((await keysOf(owner).expect(200)).body).toHaveLength(max);
      const [{ n } = { n: 0 }] = await ctx.app.get(DataSource).query<{ n: number }[]>(`SELECT count(*)::int AS n FROM api_keys WHERE workspace_id = $1`, [
        owner.workspaceId,
      ]);
      expect(n).toBe(max);

      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/api-keys/${keys[0]?.apiKey.id}`).set('Cookie', owner.cookie).expect(204);
      await create().expect(201);
      await create().expect(422);
    });

    it('validates the body with field paths', async () => {
      const owner = await ctx.given.user();
      const create = (body: object) => ctx.given.http().post(`/api/workspaces/${owner.workspaceId}/api-keys`).set('Cookie', owner.cookie).send(body);
      const cases: [object, string[]][] = [
        [{ name: 'x', scopes: ['read'], admin: true }, ['admin']],
        [{ name: '', scopes: ['read'] }, ['name']],
        [{ name: '   ', scopes: ['read'] }, ['name']],
        [{ name: 'x'.repeat(81), scopes: ['read'] }, ['name']],
        [{ name: 'x', scopes: [] }, ['scopes']],
        [{ name: 'x', scopes: ['write'] }, ['scopes']],
        [{ name: 'x', scopes: ['read', 'read'] }, ['scopes']],
        [{ name: 'x', scopes: 'read' }, ['scopes']],
        [{ scopes: ['read'] }, ['name']],
        [{ name: 'x' }, ['scopes']],
      ];
      for (const [body, paths] of cases) {
        const response = await create(body);
        expect([body, response.status]).toEqual([body, 400]);
        expect([body, (response.body as Problem).errors?.map((e) => e.path)]).toEqual([body, paths]);
      }
      expect((await keysOf(owner).expect(200)).body).toEqual([]);
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/api-keys/not-a-uuid`).set('Cookie', owner.cookie).expect(400);
    });
  });

  describe('calling with a key', () => {
    let alice: TestUser;
    let mallory: TestUser;
    let readKey: CreatedApiKeyResponse;

    beforeAll(async () => {
      alice = await ctx.given.user({ workspaceName: 'Alice Inc' });
      mallory = await ctx.given.user({ workspaceName: 'Mallory Ltd' });
      readKey = await ctx.given.apiKey(alice, ['read']);
    });

    it('lists and reads its own workspace’s journeys with the read scope, as a session would', async () => {
      const { journey } = await ctx.given.journeyWithTouchpoints(alice, 2);
      const list = (await listJourneys(alice.workspaceId, readKey.secret).expect(200)).body as Page<JourneySummaryDto>;
      expect(list.items.map((j) => j.id)).toContain(journey.id);
      const read = await readJourney(journey.id, readKey.secret).expect(200);
      expect(read.body as JourneyGraph).toEqual(await ctx.given.graph(alice, journey.id));
      expect(read.headers['etag']).toBe(`"${journey.revision}"`);
    });

    it('answers 404 for another workspace or its journey, exactly like a missing one', async () => {
      const theirs = await ctx.given.journey(mallory);
      for (const id of [theirs.id, randomUUID()]) {
        const response = await readJourney(id, readKey.secret).expect(404);
        expect(response.body).toEqual({ type: 'urn:cxmap:problem:journey-not-found', title: 'Journey not found', status: 404, code: 'JOURNEY_NOT_FOUND' });
      }
      for (const workspaceId of [mallory.workspaceId, randomUUID()]) {
        const response = await listJourneys(workspaceId, readKey.secret).expect(404);
        expect((response.body as Problem).code).toBe('WORKSPACE_NOT_FOUND');
      }
    });

    it('refuses write routes with 403 and changes nothing', async () => {
      const { journey, stageId } = await ctx.given.journeyWithTouchpoints(alice, 1);
      const before = await ctx.given.graph(alice, journey.id);
      const auth = bearer(readKey.secret);
      const responses = await Promise.all([
        ctx.given.http().patch(`/api/journeys/${journey.id}`).set('Authorization', auth).send({ name: 'renamed by key' }),
        ctx.given.http().post(`/api/journeys/${journey.id}/changes`).set('Authorization', auth).send({ ops: [createTouchpoint(stageId)] }),
        ctx.given.http().delete(`/api/journeys/${journey.id}`).set('Authorization', auth),
        ctx.given.http().post(`/api/workspaces/${alice.workspaceId}/journeys`).set('Authorization', auth).send({ name: 'x', template: 'blank' }),
      ]);
      // These routes do not take keys at all (no key scope grants journey:write anyway).
      responses.forEach((r, i) => expect([i, r.status, r.body]).toEqual([i, 403, KEY_NOT_ALLOWED]));
      expect(await ctx.given.graph(alice, journey.id)).toEqual(before);
    });

    it('refuses an ingest-only key on the read routes (403, FORBIDDEN)', async () => {
      const ingest = await ctx.given.apiKey(alice, ['ingest']);
      const journey = await ctx.given.journey(alice);
      const read = await readJourney(journey.id, ingest.secret).expect(403);
      expect((read.body as Problem).code).toBe('FORBIDDEN');
      expect((read.body as Problem).detail).toContain('ingest');
      expect((await listJourneys(alice.workspaceId, ingest.secret).expect(403)).body).toMatchObject({ code: 'FORBIDDEN' });
      // Another workspace stays a 404 whatever the scope.
      await readJourney((await ctx.given.journey(mallory)).id, ingest.secret).expect(404);
    });

    it('answers a malformed, unknown or revoked key alike: 401 INVALID_API_KEY', async () => {
      const revoked = await ctx.given.apiKey(alice);
      await ctx.given.http().delete(`/api/workspaces/${alice.workspaceId}/api-keys/${revoked.apiKey.id}`).set('Cookie', alice.cookie).expect(204);
      const unknown = `cxk_${'A'.repeat(43)}`;
      const candidates = [revoked.secret, unknown, 'cxk_short', 'not-a-key', readKey.secret.slice(0, -1), ''];
      for (const secret of candidates) {
        const response = await listJourneys(alice.workspaceId, secret);
        expect([secret, response.status]).toEqual([secret, 401]);
        expect(response.body).toEqual(INVALID_KEY);
      }
      // Also with the owner's own session cookie next to it: the key decides.
      const both = await listJourneys(alice.workspaceId, unknown).set('Cookie', alice.cookie).expect(401);
      expect(both.body).toEqual(INVALID_KEY);
    });

    it('treats a request carrying a session cookie and a key as the key', async () => {
      const journey = await ctx.given.journey(alice);
      const response = await ctx.given
        .http()
        .patch(`/api/journeys/${journey.id}`)
        .set('Cookie', alice.cookie)
        .set('Authorization', bearer(readKey.secret))
        .send({ name: 'with both' })
        .expect(403);
      expect(response.body).toEqual(KEY_NOT_ALLOWED);
      // Mallory's session with Alice's key reaches Alice's workspace only as far as the key does.
      await listJourneys(alice.workspaceId, readKey.secret).set('Cookie', mallory.cookie).expect(200);
      await listJourneys(mallory.workspaceId, readKey.secret).set('Cookie', mallory.cookie).expect(404);
    });

    it('refuses routes that need a user with 403 API_KEY_NOT_ALLOWED, consistently', async () => {
      const auth = bearer(readKey.secret);
      const responses = await Promise.all([
        ctx.given.http().get('/api/auth/me').set('Authorization', auth),
        ctx.given.http().post('/api/auth/logout').set('Authorization', auth),
        ctx.given.http().patch('/api/account').set('Authorization', auth).send({ name: 'Key' }),
        ctx.given.http().post('/api/account/logout-everywhere').set('Authorization', auth),
        ctx.given.http().get(`/api/workspaces/${alice.workspaceId}/members`).set('Authorization', auth),
        ctx.given.http().get(`/api/workspaces/${alice.workspaceId}/api-keys`).set('Authorization', auth),
        ctx.given.http().post(`/api/workspaces/${alice.workspaceId}/api-keys`).set('Authorization', auth).send({ name: 'x', scopes: ['read'] }),
        ctx.given.http().get(`/api/workspaces/${alice.workspaceId}/invitations`).set('Authorization', auth),
        ctx.given.http().post('/api/workspaces').set('Authorization', auth).send({ name: 'By key' }),
        // Public routes too: a key never acts as a user (no invitation accepted in its name).
        ctx.given.http().post(`/api/invitations/${'A'.repeat(43)}/accept`).set('Authorization', auth).send({}),
      ]);
      responses.forEach((r, i) => expect([i, r.status, r.body]).toEqual([i, 403, KEY_NOT_ALLOWED]));
      // An invalid key is 401 there as everywhere: the key is checked before the route.
      const me = await ctx.given.http().get('/api/auth/me').set('Authorization', bearer(`cxk_${'B'.repeat(43)}`)).expect(401);
      expect(me.body).toEqual(INVALID_KEY);
    });

    it('leaves sessions and public routes without a key as they were', async () => {
      await ctx.given.http().get(`/api/workspaces/${alice.workspaceId}/journeys`).set('Cookie', alice.cookie).expect(200);
      await ctx.given.http().get('/api/auth/me').set('Cookie', alice.cookie).expect(200);
      await ctx.given.http().get('/api/health/live').expect(200);
      // A bearer token that is not an API key is ignored on public routes (the metrics scrape reads its own).
      await ctx.given.http().get('/api/health/live').set('Authorization', 'Bearer some-scraper-token').expect(200);
      const anonymous = await ctx.given.http().get(`/api/workspaces/${alice.workspaceId}/journeys`).expect(401);
      expect((anonymous.body as Problem).code).toBe('UNAUTHENTICATED');
    });

    it('stamps last_used_at on use, at most once a minute', async () => {
      const key = await ctx.given.apiKey(alice, ['read'], 'Stamped');
      const lastUsed = async (): Promise<Date | null> => {
        const rows = await db.query<{ last_used_at: Date | null }[]>(`SELECT last_used_at FROM api_keys WHERE id = $1`, [key.apiKey.id]);
        return rows[0]?.last_used_at ?? null;
      };
      expect(await lastUsed()).toBeNull();
      await listJourneys(alice.workspaceId, key.secret).expect(200);
      const first = await lastUsed();
      expect(first).toBeInstanceOf(Date);
      await listJourneys(alice.workspaceId, key.secret).expect(200);
      expect(await lastUsed()).toEqual(first);

      // Two minutes later (moved back in the table), the next use stamps it again.
      await db.query(`UPDATE api_keys SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [key.apiKey.id]);
      const old = await lastUsed();
      await listJourneys(alice.workspaceId, key.secret).expect(200);
      const restamped = await lastUsed();
      expect(restamped?.getTime()).toBeGreaterThan(old?.getTime() ?? Infinity);

      const listed = ((await keysOf(alice).expect(200)).body as ApiKeyDto[]).find((k) => k.id === key.apiKey.id);
      expect(listed?.lastUsedAt).toBe(restamped?.toISOString());
    });

    it('survives its creator’s account and dies with its workspace', async () => {
      const owner = await ctx.given.user();
      const coOwner = await ctx.given.memberOf(owner, 'owner');
      const key = await ctx.given.apiKey({ ...coOwner, workspaceId: owner.workspaceId });
      // The co-owner leaves for good: their own workspace first (sole owner), then their account.
      await ctx.given.http().delete(`/api/workspaces/${coOwner.workspaceId}`).set('Cookie', coOwner.cookie).expect(204);
      await ctx.given.http().delete('/api/account').set('Cookie', coOwner.cookie).send({ password: coOwner.password }).expect(204);
      await listJourneys(owner.workspaceId, key.secret).expect(200);
      expect(((await keysOf(owner).expect(200)).body as ApiKeyDto[])[0]).toMatchObject({ id: key.apiKey.id, createdBy: null });

      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}`).set('Cookie', owner.cookie).expect(204);
      expect(await db.query(`SELECT 1 FROM api_keys WHERE id = $1`, [key.apiKey.id])).toEqual([]);
      expect((await listJourneys(owner.workspaceId, key.secret).expect(401)).body).toEqual(INVALID_KEY);
    });
  });
});
