import { LIMITS, type Page, type Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';

/** Every list endpoint: keyset pages `{ items, nextCursor }`, `limit` 1..200 (default 50). */
describe('pagination of list endpoints', () => {
  const ctx = useTestApp({ owner: true });

  const lists = (workspaceId: string): Record<string, { url: string; id: (item: Record<string, unknown>) => string }> => ({
    journeys: { url: `/api/workspaces/${workspaceId}/journeys`, id: (item) => String(item['id']) },
    members: { url: `/api/workspaces/${workspaceId}/members`, id: (item) => String(item['userId']) },
    invitations: { url: `/api/workspaces/${workspaceId}/invitations`, id: (item) => String(item['id']) },
  });

  beforeAll(async () => {
    const db = ctx.app.get(DataSource);
    // 123 journeys, several sharing one updated_at (ties broken by id); 61 members with clashing
    // names across roles; 57 invitations, some created at the same instant.
    await db.query(
      `INSERT INTO journeys (workspace_id, name, updated_at)
       SELECT $1, 'Journey ' || n, CASE WHEN n % 3 = 0 THEN timestamptz '2026-01-01 10:00:00.123456+00' ELSE now() - n * interval '1 second' END
         FROM generate_series(1, 122) n`,
      [ctx.owner.workspaceId],
    );
    await ctx.given.journey(ctx.owner);
    await db.query(
      `WITH u AS (
         INSERT INTO users (email, name, password_hash)
         SELECT 'member-' || n || '-' || $2 || '@example.test', CASE WHEN n % 4 = 0 THEN 'Same Name' ELSE 'Member ' || (n % 7) END, 'x'
           FROM generate_series(1, 60) n
         RETURNING id, email)
       INSERT INTO memberships (workspace_id, user_id, role)
       SELECT $1, id, (ARRAY['owner','editor','commenter','viewer'])[1 + (row_number() OVER (ORDER BY email)) % 4] FROM u`,
      [ctx.owner.workspaceId, ctx.owner.workspaceId.slice(0, 8)],
    );
    await db.query(
      `INSERT INTO invitations (workspace_id, email, role, token_hash, expires_at, created_at)
       SELECT $1::uuid, 'invitee-' || n || '@example.test', 'viewer', md5('t' || n || $1::text) || md5('u' || n || $1::text), now() + interval '1 day',
              CASE WHEN n % 2 = 0 THEN timestamptz '2026-02-02 08:00:00.654321+00' ELSE now() - n * interval '1 minute' END
         FROM generate_series(1, 57) n`,
      [ctx.owner.workspaceId],
    );
  });

  async function page(url: string, query: Record<string, string>): Promise<Page<Record<string, unknown>>> {
    const response = await ctx.given.http().get(url).query(query).set('Cookie', ctx.owner.cookie).expect(200);
    return response.body as Page<Record<string, unknown>>;
  }

  async function walk(url: string, limit: number | null): Promise<{ ids: string[]; pages: number; items: Record<string, unknown>[] }> {
    const items: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = {};
      if (limit !== null) query['limit'] = String(limit);
      if (cursor !== null) query['cursor'] = cursor;
      const result = await page(url, query);
      expect(result.items.length).toBeLessThanOrEqual(limit ?? LIMITS.pageSizeDefault);
      if (result.nextCursor !== null) expect(result.items.length).toBe(limit ?? LIMITS.pageSizeDefault);
      items.push(...result.items);
      cursor = result.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 1000);
    return { ids: items.map((item) => String(item['id'] ?? item['userId'])), pages, items };
  }

  it.each([
    ['journeys', 123],
    ['members', 61],
    ['invitations', 57],
  ])('%s: pages of every size cover every row exactly once, in the unpaged order', async (name, total) => {
    const list = lists(ctx.owner.workspaceId)[name];
    if (!list) throw new Error(name);
    const all = await walk(list.url, LIMITS.pageSizeMax);
    expect(all.ids).toHaveLength(total);
    expect(new Set(all.ids).size).toBe(total);
    for (const limit of [1, 7, null]) {
      const paged = await walk(list.url, limit);
      expect(paged.ids).toEqual(all.ids);
      expect(paged.pages).toBe(Math.ceil(total / (limit ?? LIMITS.pageSizeDefault)));
    }
  });

  it('keeps the documented orders: journeys by last update, members owners first then by name', async () => {
    const journeys = (await walk(lists(ctx.owner.workspaceId)['journeys']!.url, 11)).items;
    const times = journeys.map((j) => Date.parse(String(j['updatedAt'])));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const members = (await walk(lists(ctx.owner.workspaceId)['members']!.url, 9)).items;
    const rank = { owner: 0, editor: 1, commenter: 2, viewer: 3 } as Record<string, number>;
    const ranks = members.map((m) => rank[String(m['role'])] ?? 9);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('defaults to 50 and refuses a limit over 200, under 1 or not an integer with 400 on `limit`', async () => {
    const url = lists(ctx.owner.workspaceId)['journeys']!.url;
    expect((await page(url, {})).items).toHaveLength(LIMITS.pageSizeDefault);
    expect((await page(url, { limit: '200' })).items).toHaveLength(123);
    for (const limit of ['201', '0', '-1', '2.5', 'many', '']) {
      for (const list of Object.values(lists(ctx.owner.workspaceId))) {
        const response = await ctx.given.http().get(list.url).query({ limit }).set('Cookie', ctx.owner.cookie).expect(400);
        expect([list.url, limit, (response.body as Problem).errors?.map((e) => e.path)]).toEqual([list.url, limit, ['limit']]);
      }
    }
  });

  it('refuses a forged, truncated or foreign cursor with 400 on `cursor`', async () => {
    const urls = lists(ctx.owner.workspaceId);
    const journeysCursor = (await page(urls['journeys']!.url, { limit: '2' })).nextCursor;
    const membersCursor = (await page(urls['members']!.url, { limit: '2' })).nextCursor;
    const forged = Buffer.from(JSON.stringify(["2026-01-01'; DROP TABLE users; --", 'x'])).toString('base64url');
    const cases: [string, string][] = [
      [urls['journeys']!.url, forged],
      [urls['journeys']!.url, 'not a cursor!'],
      [urls['journeys']!.url, (journeysCursor ?? '').slice(0, 10)],
      [urls['journeys']!.url, membersCursor ?? ''],
      [urls['members']!.url, journeysCursor ?? ''],
      [urls['invitations']!.url, membersCursor ?? ''],
    ];
    for (const [url, cursor] of cases) {
      const response = await ctx.given.http().get(url).query({ cursor }).set('Cookie', ctx.owner.cookie).expect(400);
      expect([url, cursor, (response.body as Problem).errors?.map((e) => e.path)]).toEqual([url, cursor, ['cursor']]);
    }
  });
});
