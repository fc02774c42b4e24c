import { createHash, randomUUID } from 'node:crypto';
import { LIMITS, type JourneyGraph, type Problem, type Role, type ShareLinkDto, type SharedJourneyResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { createLink, createTouchpoint, type TestUser } from './support/given';

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString();

describe('share links', () => {
  const ctx = useTestApp();
  let db: DataSource;

  beforeAll(async () => {
    db = ctx.app.get(DataSource);
  });

  const url = (journeyId: string) => `/api/journeys/${journeyId}/share-links`;
  const list = async (user: TestUser, journeyId: string): Promise<ShareLinkDto[]> =>
    (await ctx.given.http().get(url(journeyId)).set('Cookie', user.cookie).expect(200)).body as ShareLinkDto[];
  const open = (token: string) => ctx.given.http().get(`/api/share/${token}`);

  function expectDeadLink(response: { status: number; body: unknown; headers: Record<string, string> }): void {
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'urn:cxmap:problem:share-link-not-found',
      title: 'This share link does not exist, has expired, or was revoked',
      status: 404,
      code: 'SHARE_LINK_NOT_FOUND',
      detail: 'The link may have expired or been revoked. Ask the person who shared it for a new one.',
    });
  }

  /** A journey with two linked touchpoints, so a read shows real content. */
  async function journeyWithContent(owner: TestUser): Promise<JourneyGraph> {
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
    const second = createTouchpoint(stageId, { title: 'Reads the FAQ' });
    await ctx.given.applied(owner, journey.id, [second, createLink(touchpoints[0]?.id ?? '', second.id)]);
    return ctx.given.graph(owner, journey.id);
  }

  describe('creating, listing and revoking', () => {
    it('returns the token once, lists the link without it, and stores only the token’s hash', async () => {
      const owner = await ctx.given.user({ name: 'Olga Owner' });
      const journey = await ctx.given.journey(owner);
      const expiresAt = inDays(7);
      const response = await ctx.given
        .http()
        .post(url(journey.id))
        .set('Cookie', owner.cookie)
        .send({ label: '  Board review  ', expiresAt, allowExport: false })
        .expect(201);
      const created = response.body as ShareLinkDto & { token: string };
      expect(created).toEqual({
        id: expect.any(String),
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        label: 'Board review',
        allowExport: false,
        createdAt: expect.any(String),
        expiresAt,
        lastOpenedAt: null,
        createdBy: { id: owner.me.user.id, name: 'Olga Owner' },
      });

      const { token, ...withoutToken } = created;
      expect(await list(owner, journey.id)).toEqual([withoutToken]);

      const rows = await db.query<{ token_hash: string; row: string }[]>(
        `SELECT token_hash, row_to_json(s)::text AS row FROM share_links s WHERE id = $1`,
        [created.id],
      );
      expect(rows[0]?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(rows[0]?.row).not.toContain(token);
    });

    it('defaults to no label, no expiry and no report downloads', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const created = await ctx.given.shareLink(owner, journey.id);
      expect(created).toMatchObject({ label: null, expiresAt: null, allowExport: false });
      expect((await ctx.given.shareLink(owner, journey.id, { label: '   ', expiresAt: null })).label).toBeNull();
    });

    it('lists only the journey’s active links, newest first', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const other = await ctx.given.journey(owner);
      const first = await ctx.given.shareLink(owner, journey.id, { label: 'first' });
      const second = await ctx.given.shareLink(owner, journey.id, { label: 'second' });
      const expired = await ctx.given.shareLink(owner, journey.id, { label: 'expired' });
      const revoked = await ctx.given.shareLink(owner, journey.id, { label: 'revoked' });
      await ctx.given.shareLink(owner, other.id, { label: 'elsewhere' });
      await db.query(`UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);
      await ctx.given.http().delete(`${url(journey.id)}/${revoked.id}`).set('Cookie', owner.cookie).expect(204);
      expect((await list(owner, journey.id)).map((l) => l.label)).toEqual([second.label, first.label]);
    });

    it('caps a journey’s active links, so their list stays bounded; revoked and expired links do not count', async () => {
      const max = LIMITS.activeShareLinksPerJourneyMax;
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const other = await ctx.given.journey(owner);
      const links = [];
      for (let i = 0; i < max; i++) links.push(await ctx.given.shareLink(owner, journey.id, { label: `link ${i}` }));
      const create = (journeyId = journey.id) => ctx.given.http().post(url(journeyId)).set('Cookie', owner.cookie).send({ label: 'one too many' });
      const refused = await create().expect(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'TOO_MANY_SHARE_LINKS', status: 422, detail: expect.stringContaining(`at most ${max} active share links`) });
      expect(await list(owner, journey.id)).toHaveLength(max);
      const [{ n } = { n: 0 }] = await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM share_links WHERE journey_id = $1`, [journey.id]);
      expect(n).toBe(max);
      // The cap is per journey.
      await create(other.id).expect(201);

      await ctx.given.http().delete(`${url(journey.id)}/${links[0]?.id}`).set('Cookie', owner.cookie).expect(204);
      await create().expect(201);
      await db.query(`UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`, [links[1]?.id]);
      await create().expect(201);
      await create().expect(422);
    });

    it('holds the cap under concurrent creations', async () => {
      const max = LIMITS.activeShareLinksPerJourneyMax;
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      for (let i = 0; i < max - 3; i++) await ctx.given.shareLink(owner, journey.id);
      const statuses = (
        await Promise.all(Array.from({ length: 8 }, () => ctx.given.http().post(url(journey.id)).set('Cookie', owner.cookie).send({})))
      ).map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(3);
      expect(statuses.filter((status) => status === 422)).toHaveLength(5);
      expect(await list(owner, journey.id)).toHaveLength(max);
    });

    it('revokes once: a second revoke, a missing link and another journey’s link are 404', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const other = await ctx.given.journey(owner);
      const link = await ctx.given.shareLink(owner, journey.id);
      const revoke = (journeyId: string, linkId: string) => ctx.given.http().delete(`${url(journeyId)}/${linkId}`).set('Cookie', owner.cookie);
      const wrongJourney = await revoke(other.id, link.id).expect(404);
      expect((wrongJourney.body as Problem).code).toBe('SHARE_LINK_NOT_FOUND');
      await revoke(journey.id, link.id).expect(204);
      expect(((await revoke(journey.id, link.id).expect(404)).body as Problem).code).toBe('SHARE_LINK_NOT_FOUND');
      expect(((await revoke(journey.id, randomUUID()).expect(404)).body as Problem).code).toBe('SHARE_LINK_NOT_FOUND');
      const badId = await revoke(journey.id, 'not-a-uuid').expect(400);
      expect((badId.body as Problem).errors).toEqual([{ path: 'linkId', message: 'linkId must be a UUID' }]);
    });

    it('answers 404 for another workspace’s journey on create, list and revoke, like a missing one', async () => {
      const owner = await ctx.given.user();
      const stranger = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const link = await ctx.given.shareLink(owner, journey.id);
      for (const journeyId of [journey.id, randomUUID()]) {
        const responses = await Promise.all([
          ctx.given.http().post(url(journeyId)).set('Cookie', stranger.cookie).send({}),
          ctx.given.http().get(url(journeyId)).set('Cookie', stranger.cookie),
          ctx.given.http().delete(`${url(journeyId)}/${link.id}`).set('Cookie', stranger.cookie),
        ]);
        for (const response of responses) {
          expect(response.status).toBe(404);
          expect((response.body as Problem).code).toBe('JOURNEY_NOT_FOUND');
        }
      }
      expect(await list(owner, journey.id)).toHaveLength(1);
      await open(link.token).expect(200);
    });

    it('lets owners and editors share; viewers and commenters get 403; anonymous 401', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const link = await ctx.given.shareLink(owner, journey.id);
      const editor = await ctx.given.memberOf(owner, 'editor');
      const editorsLink = await ctx.given.shareLink(editor, journey.id, { label: 'by the editor' });
      expect(editorsLink.createdBy?.id).toBe(editor.me.user.id);
      expect(await list(editor, journey.id)).toHaveLength(2);
      await ctx.given.http().delete(`${url(journey.id)}/${editorsLink.id}`).set('Cookie', editor.cookie).expect(204);

      for (const role of ['viewer', 'commenter'] satisfies Role[]) {
        const reader = await ctx.given.memberOf(owner, role);
        const responses = await Promise.all([
          ctx.given.http().post(url(journey.id)).set('Cookie', reader.cookie).send({}),
          ctx.given.http().get(url(journey.id)).set('Cookie', reader.cookie),
          ctx.given.http().delete(`${url(journey.id)}/${link.id}`).set('Cookie', reader.cookie),
        ]);
        expect(responses.map((r) => [role, r.status, (r.body as Problem).code])).toEqual(
          responses.map(() => [role, 403, 'FORBIDDEN']),
        );
      }
      for (const call of [ctx.given.http().post(url(journey.id)).send({}), ctx.given.http().get(url(journey.id)), ctx.given.http().delete(`${url(journey.id)}/${link.id}`)]) {
        expect((await call).status).toBe(401);
      }
      expect((await list(owner, journey.id)).map((l) => l.id)).toEqual([link.id]);
    });

    it('validates the body with field paths: past or far expiry, bad label, unknown fields', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const post = (body: unknown) => ctx.given.http().post(url(journey.id)).set('Cookie', owner.cookie).send(body as object).expect(400);
      const paths = async (body: unknown) => ((await post(body)).body as Problem).errors ?? [];

      expect(await paths({ expiresAt: inDays(-1) })).toEqual([{ path: 'expiresAt', message: 'expiresAt must be in the future' }]);
      expect(await paths({ expiresAt: inDays(366) })).toEqual([{ path: 'expiresAt', message: 'expiresAt must be at most 365 days from now' }]);
      expect((await paths({ expiresAt: 'tomorrow' })).map((e) => e.path)).toEqual(['expiresAt']);
      expect((await paths({ expiresAt: 1_900_000_000 })).map((e) => e.path)).toEqual(['expiresAt']);
      expect((await paths({ label: 'x'.repeat(81) })).map((e) => e.path)).toEqual(['label']);
      expect((await paths({ label: 42, allowExport: 'yes' })).map((e) => e.path).sort()).toEqual(['allowExport', 'label']);
      expect(await paths({ allowExport: null })).toEqual([{ path: 'allowExport', message: expect.any(String) }]);
      expect(await paths({ token: 'mine', workspaceId: randomUUID() })).toEqual([
        { path: 'token', message: 'unknown property' },
        { path: 'workspaceId', message: 'unknown property' },
      ]);
      // The limits themselves are fine.
      await ctx.given.shareLink(owner, journey.id, { label: 'x'.repeat(80), expiresAt: inDays(364) });
      expect(await list(owner, journey.id)).toHaveLength(1);
    });
  });

  describe('opening a link', () => {
    it('shows the journey exactly as its members read it, without the workspace id, and never cached', async () => {
      const owner = await ctx.given.user();
      const graph = await journeyWithContent(owner);
      const link = await ctx.given.shareLink(owner, graph.journey.id, { expiresAt: inDays(30), allowExport: false });

      const response = await open(link.token).expect(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['set-cookie']).toBeUndefined();
      const shared = response.body as SharedJourneyResponse;
      const { workspaceId: _workspaceId, ...journey } = graph.journey;
      expect(shared).toEqual({ ...graph, journey, share: { expiresAt: link.expiresAt, allowExport: false } });
      expect(JSON.stringify(shared)).not.toContain(owner.workspaceId);
      expect(JSON.stringify(shared)).not.toContain(owner.email);
    });

    it('works without a session, and with someone else’s session the same', async () => {
      const owner = await ctx.given.user();
      const stranger = await ctx.given.user();
      const journey = await ctx.given.journey(owner, { name: 'Shared journey' });
      const link = await ctx.given.shareLink(owner, journey.id);
      expect(((await open(link.token).expect(200)).body as SharedJourneyResponse).journey.name).toBe('Shared journey');
      await ctx.given.http().get(`/api/share/${link.token}`).set('Cookie', stranger.cookie).expect(200);
      // The stranger still cannot reach the journey itself.
      await ctx.given.http().get(`/api/journeys/${journey.id}`).set('Cookie', stranger.cookie).expect(404);
    });

    it('answers unknown, malformed, expired and revoked tokens with the same 404', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const expired = await ctx.given.shareLink(owner, journey.id, { expiresAt: inDays(1) });
      const revoked = await ctx.given.shareLink(owner, journey.id);
      await open(expired.token).expect(200);
      await open(revoked.token).expect(200);

      await db.query(`UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);
      await ctx.given.http().delete(`${url(journey.id)}/${revoked.id}`).set('Cookie', owner.cookie).expect(204);

      const unknown = 'A'.repeat(43);
      for (const token of [expired.token, revoked.token, unknown, 'short', `${revoked.token}x`, encodeURIComponent("' OR 1=1 --")]) {
        const response = await open(token);
        expectDeadLink(response);
        expect(response.headers['cache-control']).toBe('no-store');
      }
    });

    it('dies with its journey', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const link = await ctx.given.shareLink(owner, journey.id);
      await ctx.given.http().delete(`/api/journeys/${journey.id}`).set('Cookie', owner.cookie).expect(204);
      expectDeadLink(await open(link.token));
      const rows = await db.query<unknown[]>(`SELECT 1 FROM share_links WHERE id = $1`, [link.id]);
      expect(rows).toHaveLength(0);
    });

    it('keeps working after its creator’s account is gone, without a creator', async () => {
      const owner = await ctx.given.user();
      const editor = await ctx.given.memberOf(owner, 'editor');
      const journey = await ctx.given.journey(owner);
      const link = await ctx.given.shareLink(editor, journey.id);
      await db.query(`DELETE FROM users WHERE id = $1`, [editor.me.user.id]);
      await open(link.token).expect(200);
      expect((await list(owner, journey.id))[0]?.createdBy).toBeNull();
    });

    it('records when it was last opened, at most once a minute', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const link = await ctx.given.shareLink(owner, journey.id);
      const lastOpened = async () => (await list(owner, journey.id))[0]?.lastOpenedAt ?? null;

      await open(link.token).expect(200);
      const first = await lastOpened();
      expect(first).not.toBeNull();
      await open(link.token).expect(200);
      expect(await lastOpened()).toBe(first);

      await db.query(`UPDATE share_links SET last_opened_at = now() - interval '61 seconds' WHERE id = $1`, [link.id]);
      const backdated = await lastOpened();
      await open(link.token).expect(200);
      const later = await lastOpened();
      expect(Date.parse(later ?? '')).toBeGreaterThan(Date.parse(backdated ?? ''));
    });

    it('is no session and opens no other route', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const { token } = await ctx.given.shareLink(owner, journey.id);
      const asCookie = `cxmap_session=${token}`;
      const calls = [
        ctx.given.http().get('/api/auth/me').set('Cookie', asCookie),
        ctx.given.http().get(`/api/journeys/${journey.id}`).set('Cookie', asCookie),
        ctx.given.http().get(`/api/journeys/${journey.id}?token=${token}`),
        ctx.given.http().get(`/api/journeys/${journey.id}/share-links`).set('Cookie', asCookie),
        ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/journeys`).set('Cookie', asCookie),
        ctx.given.changes({ ...owner, cookie: asCookie }, journey.id, [createTouchpoint(randomUUID())]),
      ];
      for (const response of await Promise.all(calls)) {
        expect([response.status, (response.body as Problem).code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      // As a bearer credential it is taken for an API key, and refused like an unknown one.
      const asBearer = [
        ctx.given.http().get(`/api/journeys/${journey.id}`).set('Authorization', `Bearer ${token}`),
        ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/members`).set('Authorization', `Bearer ${token}`),
      ];
      for (const response of await Promise.all(asBearer)) {
        expect([response.status, (response.body as Problem).code]).toEqual([401, 'INVALID_API_KEY']);
      }
      const writes = [
        ctx.given.http().post(`/api/share/${token}`).send({}),
        ctx.given.http().patch(`/api/share/${token}`).send({ name: 'x' }),
        ctx.given.http().delete(`/api/share/${token}`),
      ];
      for (const response of await Promise.all(writes)) expect([404, 405]).toContain(response.status);
      await ctx.given.http().get(`/api/share/${token}/members`).expect(404);
      expect((await ctx.given.graph(owner, journey.id)).journey.name).toBe(journey.name);
    });
  });
});
