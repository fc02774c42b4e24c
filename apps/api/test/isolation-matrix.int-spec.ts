import { randomUUID } from 'node:crypto';
import type { ChangeOp, JourneyGraph, Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { createLink, createStage, createTouchpoint } from './support/given';
import { CALLER_KINDS } from './support/matrix/callers';
import { ROUTES, freshValues, type RouteSpec } from './support/matrix/route-table';
import { documentedOperations, send, tableCoverage } from './support/matrix/send';
import { tenantChecksum } from './support/matrix/tenant-checksum';
import { ID_KINDS, WorldBuilder, missingId, type Account, type IdKind, type Ids, type World, type WorkspaceWorld } from './support/matrix/world';

/** The body with every occurrence of `id` replaced, to compare the answer for a foreign id with the one for a missing id. */
function withoutId(body: unknown, id: string): unknown {
  return JSON.parse(JSON.stringify(body ?? null).split(id).join('<id>')) as unknown;
}

/** The id kinds a route's request carries: those whose value changes the request when swapped. */
function idKindsOf(route: RouteSpec, world: World, b: Ids): IdKind[] {
  const fresh = freshValues();
  const build = (ids: Ids): string => JSON.stringify(route.request({ ids, world, caller: world.workspace.members.owner, fresh, prepared: {} }));
  const own = build(world.workspace.ids);
  return ID_KINDS.filter((kind) => build({ ...world.workspace.ids, [kind]: b[kind] }) !== own);
}

describe('tenant isolation matrix: an owner of A reaches nothing of B', () => {
  const ctx = useTestApp();
  let db: DataSource;
  let builder: WorldBuilder;
  let a: World;
  let b: WorkspaceWorld;
  let bUsers: string[];
  let bBefore: Record<string, string>;

  const checksumB = (): Promise<Record<string, string>> => tenantChecksum(db, b.ids.workspace, bUsers);

  beforeAll(async () => {
    db = ctx.app.get(DataSource);
    builder = new WorldBuilder(ctx.app);
    a = await builder.world();
    b = await builder.workspace();
    const members = (await db.query(`SELECT user_id FROM memberships WHERE workspace_id = $1`, [b.ids.workspace])) as { user_id: string }[];
    bUsers = members.map((m) => m.user_id);
    bBefore = await checksumB();
  });

  it('covers every operation of the OpenAPI document', async () => {
    expect(tableCoverage(await documentedOperations(ctx.app))).toEqual({ missingFromTable: [], notInDocument: [] });
  });

  it('checksums every table of B, and notices a change', async () => {
    expect(Object.keys(bBefore).sort()).toEqual(
      expect.arrayContaining([
        'api_keys',
        'audit_events',
        'export_jobs',
        'invitations',
        'journeys',
        'links',
        'login_rate_limits',
        'memberships',
        'metric_attachments',
        'metric_definitions',
        'metric_measurements',
        'personas',
        'sessions',
        'share_links',
        'stages',
        'touchpoints',
        'users',
        'workspaces',
      ]),
    );
    for (const [table, sum] of Object.entries(bBefore)) expect([table, sum.startsWith('0 rows')]).toEqual([table, false]);
    // The same checksum on a workspace of its own moves when one touchpoint changes.
    const c = await builder.workspace();
    const before = await tenantChecksum(db, c.ids.workspace, []);
    await db.query(`UPDATE touchpoints SET title = 'changed' WHERE workspace_id = $1 AND id = $2`, [c.ids.workspace, c.ids.touchpoint]);
    const after = await tenantChecksum(db, c.ids.workspace, []);
    expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(['touchpoints']);
  });

  it('states the id kinds of every route that checks a workspace or journey', () => {
    const idLess = Object.entries(ROUTES)
      .filter(([, route]) => idKindsOf(route, a, b.ids).length === 0)
      .map(([key, route]) => [key, route.access.kind]);
    // Only public routes and routes on the caller's own account take no id of a workspace.
    for (const [key, kind] of idLess) expect([key, kind]).toEqual([key, expect.stringMatching(/^(public|signed-in)$/)]);
  });

  it('swaps every kind of id on some route, and each override of the 404 on a route that carries its kind', () => {
    const carried = new Set(Object.values(ROUTES).flatMap((route) => idKindsOf(route, a, b.ids)));
    expect(ID_KINDS.filter((kind) => !carried.has(kind))).toEqual([]);
    const stale = Object.entries(ROUTES).flatMap(([key, route]) =>
      Object.keys(route.foreign ?? {})
        .filter((kind) => !idKindsOf(route, a, b.ids).includes(kind as IdKind))
        .map((kind) => `${key}: ${kind}`),
    );
    expect(stale).toEqual([]);
  });

  const routesWithIds = Object.entries(ROUTES).filter(([, route]) => route.access.kind === 'workspace' || route.access.kind === 'journey');

  /**
   * Who calls each route with A's credentials: A's owner, and on routes open to API keys each of A's
   * keys whose scope the route allows (a key of A must reach nothing of B either).
   */
  function callersOf(route: RouteSpec): { name: string; account: Account | null; headers: Record<string, string> }[] {
    const owner = a.workspace.members.owner;
    const keys = route.apiKey
      ? CALLER_KINDS.filter((kind) => kind.name.startsWith('api-key') && kind.decide(route) === 'allowed').map((kind) => ({
          name: kind.name,
          account: null,
          headers: kind.headers(a),
        }))
      : [];
    return [{ name: 'owner', account: owner, headers: { Cookie: owner.cookie } }, ...keys];
  }

  it('lets A’s keys in on every route open to API keys (so the swaps below run with them)', () => {
    const withKeys = routesWithIds.filter(([, route]) => route.apiKey).map(([key, route]) => [key, callersOf(route).map((c) => c.name)]);
    expect(withKeys).toEqual([
      ['GET /api/workspaces/{workspaceId}/journeys', ['owner', 'api-key read']],
      ['GET /api/journeys/{id}', ['owner', 'api-key read']],
      ['POST /api/journeys/{id}/measurements', ['owner', 'api-key ingest']],
      ['POST /api/journeys/{id}/measurements/csv', ['owner', 'api-key ingest']],
    ]);
  });

  it.each(routesWithIds.map(([key, route]) => [key, route] as const))(
    '%s: each id of B in place of A’s is answered like a missing id (404)',
    async (key, route) => {
      const kinds = idKindsOf(route, a, b.ids);
      const seen: unknown[] = [];
      const expected: unknown[] = [];
      for (const caller of callersOf(route)) {
        for (const kind of kinds) {
          const fresh = freshValues();
          const build = (ids: Ids) => route.request({ ids, world: a, caller: caller.account, fresh, prepared: {} });
          const missing = missingId(kind);
          const foreign = await send(ctx.app, key, build({ ...a.workspace.ids, [kind]: b.ids[kind] }), caller.headers);
          const absent = await send(ctx.app, key, build({ ...a.workspace.ids, [kind]: missing }), caller.headers);
          seen.push({
            caller: caller.name,
            kind,
            status: foreign.status,
            sameAsMissing: JSON.stringify(withoutId(foreign.body, b.ids[kind])) === JSON.stringify(withoutId(absent.body, missing)),
          });
          expected.push({ caller: caller.name, kind, status: route.foreign?.[kind]?.status ?? 404, sameAsMissing: true });
        }
        // Every id of B at once.
        const allForeign = await send(
          ctx.app,
          key,
          route.request({ ids: b.ids, world: a, caller: caller.account, fresh: freshValues(), prepared: {} }),
          caller.headers,
        );
        seen.push({ caller: caller.name, kind: 'all', status: allForeign.status });
        expected.push({ caller: caller.name, kind: 'all', status: 404 });
      }
      expect(seen).toEqual(expected);
    },
  );

  it('keeps A’s API keys out of B’s journeys: reading, listing and ingesting all answer 404', async () => {
    const read = { Authorization: `Bearer ${a.workspace.apiKeys.read}` };
    const ingest = { Authorization: `Bearer ${a.workspace.apiKeys.ingest}` };
    const answers = await Promise.all([
      send(ctx.app, 'GET /api/journeys/{id}', { params: { id: b.ids.journey } }, read),
      send(ctx.app, 'GET /api/workspaces/{workspaceId}/journeys', { params: { workspaceId: b.ids.workspace } }, read),
      send(
        ctx.app,
        'POST /api/journeys/{id}/measurements',
        {
          params: { id: b.ids.journey },
          body: { rows: [{ attachmentId: b.ids.attachment, period: 'month', periodStart: '2026-04-01', numerator: 1, denominator: 2 }] },
        },
        ingest,
      ),
    ]);
    expect(answers.map((r) => [r.status, (r.body as Problem).code])).toEqual([
      [404, 'JOURNEY_NOT_FOUND'],
      [404, 'WORKSPACE_NOT_FOUND'],
      [404, 'JOURNEY_NOT_FOUND'],
    ]);
  });

  describe('a large measurement batch on A with one row for an attachment of B', () => {
    /** 500 valid daily rows for A's attachment, from 2025-01-01 on. */
    function rows(): Record<string, unknown>[] {
      const start = Date.UTC(2025, 0, 1);
      return Array.from({ length: 500 }, (_, i) => ({
        attachmentId: a.workspace.ids.attachment,
        period: 'day',
        periodStart: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
        numerator: i % 50,
        denominator: 50,
      }));
    }

    const post = (body: unknown) =>
      send(ctx.app, 'POST /api/journeys/{id}/measurements', { params: { id: a.workspace.ids.journey }, body }, {
        Authorization: `Bearer ${a.workspace.apiKeys.ingest}`,
      });

    it('is refused like a row for a missing attachment, naming that row, and writes nothing', async () => {
      const aBefore = await tenantChecksum(db, a.workspace.ids.workspace, []);
      const at = 250;
      const withRow = (attachmentId: string) => {
        const batch = rows();
        batch.splice(at, 0, { attachmentId, period: 'month', periodStart: '2026-05-01', numerator: 1, denominator: 2 });
        return { rows: batch };
      };
      const missing = randomUUID();
      const foreign = await post(withRow(b.ids.attachment));
      const absent = await post(withRow(missing));
      expect({ status: foreign.status, code: (foreign.body as Problem).code, paths: (foreign.body as Problem).errors?.map((e) => e.path) }).toEqual({
        status: 404,
        code: 'METRIC_ATTACHMENT_NOT_FOUND',
        paths: [`rows.${at}.attachmentId`],
      });
      expect(withoutId(foreign.body, b.ids.attachment)).toEqual(withoutId(absent.body, missing));
      expect(await tenantChecksum(db, a.workspace.ids.workspace, [])).toEqual(aBefore);
    });

    it('applies the same batch without the foreign row (so the refusal came from it)', async () => {
      const response = await post({ rows: rows() });
      expect([response.status, response.body]).toEqual([200, { inserted: 500, updated: 0 }]);
    });
  });

  describe('a large /changes batch on A with one reference into B', () => {
    let graph: JourneyGraph;
    let bGraph: JourneyGraph;

    beforeAll(async () => {
      graph = await builder.graph(a.workspace.members.owner, a.workspace.ids.journey);
      bGraph = await builder.graph(b.members.owner, b.ids.journey);
    });

    /** ~500 valid operations on A's journey: a stage, touchpoints, links between them, updates of existing rows. */
    function batch(): ChangeOp[] {
      const [stage] = graph.stages;
      const [t1, t2] = graph.touchpoints;
      const [l1] = graph.links;
      if (!stage || !t1 || !t2 || !l1) throw new Error('A’s journey lacks content');
      const newStage = randomUUID();
      const ops: ChangeOp[] = [createStage({ name: 'Batch stage', order: 99 }, newStage)];
      const touchpoints = Array.from({ length: 250 }, () => randomUUID());
      touchpoints.forEach((id, i) => ops.push(createTouchpoint(i % 2 ? newStage : stage.id, { title: `Batch ${i}`, position: { x: i, y: 0 } }, id)));
      for (let i = 0; i + 1 < touchpoints.length && ops.length < 497; i++) {
        ops.push(createLink(touchpoints[i] ?? '', touchpoints[i + 1] ?? ''));
      }
      ops.push({ op: 'update', entity: 'touchpoint', id: t1.id, version: t1.version, data: { title: 'Updated in the batch' } });
      ops.push({ op: 'update', entity: 'stage', id: stage.id, version: stage.version, data: { name: 'Renamed in the batch' } });
      ops.push({ op: 'update', entity: 'link', id: l1.id, version: l1.version, data: { label: 'relabelled' } });
      return ops;
    }

    const bStage = (): string => b.ids.stage;
    const bTouchpoint = (): string => b.ids.touchpoint;
    const bLink = (): string => b.ids.link;

    /** One operation that reaches into B, given B's id; the same with a random id must answer alike. */
    const CASES: { name: string; status: number; path: (i: number) => string; foreignId: () => string; op: (id: string) => ChangeOp }[] = [
      {
        name: 'a new touchpoint in a stage of B',
        status: 404,
        path: (i) => `ops.${i}.data.stageId`,
        foreignId: bStage,
        op: (id) => createTouchpoint(id),
      },
      {
        name: 'an A touchpoint moved into a stage of B',
        status: 404,
        path: (i) => `ops.${i}.data.stageId`,
        foreignId: bStage,
        op: (id) => {
          const t = graph.touchpoints[1];
          return { op: 'update', entity: 'touchpoint', id: t?.id ?? '', version: t?.version ?? 1, data: { stageId: id } };
        },
      },
      {
        name: 'a new link to a touchpoint of B',
        status: 404,
        path: (i) => `ops.${i}.data.targetId`,
        foreignId: bTouchpoint,
        op: (id) => createLink(graph.touchpoints[0]?.id ?? '', id),
      },
      {
        name: 'a new link from a touchpoint of B',
        status: 404,
        path: (i) => `ops.${i}.data.sourceId`,
        foreignId: bTouchpoint,
        op: (id) => createLink(id, graph.touchpoints[0]?.id ?? ''),
      },
      {
        name: 'an A link re-pointed at a touchpoint of B',
        status: 404,
        path: (i) => `ops.${i}.data.targetId`,
        foreignId: bTouchpoint,
        op: (id) => {
          const l = graph.links[1];
          return { op: 'update', entity: 'link', id: l?.id ?? '', version: l?.version ?? 1, data: { targetId: id } };
        },
      },
      // Updating or deleting an id the journey does not hold is the "vanished entity" conflict (409,
      // `current: null`), for a foreign id exactly as for a missing one: nothing tells B's ids apart.
      {
        name: 'an update of a touchpoint of B',
        status: 409,
        path: (i) => `ops.${i}.id`,
        foreignId: bTouchpoint,
        op: (id) => ({ op: 'update', entity: 'touchpoint', id, version: 1, data: { title: 'pwned' } }),
      },
      {
        name: 'a delete of a stage of B',
        status: 409,
        path: (i) => `ops.${i}.id`,
        foreignId: bStage,
        op: (id) => ({ op: 'delete', entity: 'stage', id, version: 1 }),
      },
      {
        name: 'a delete of a link of B',
        status: 409,
        path: (i) => `ops.${i}.id`,
        foreignId: bLink,
        op: (id) => ({ op: 'delete', entity: 'link', id, version: 1 }),
      },
    ];

    it.each(CASES.map((c) => [c.name, c] as const))('%s: refused like a missing id, and A is unchanged', async (_name, c) => {
      const owner = a.workspace.members.owner;
      const aBefore = await tenantChecksum(db, a.workspace.ids.workspace, []);
      const ops = batch();
      const at = 250;
      const foreignId = c.foreignId();
      const missingId = randomUUID();
      const post = (bad: ChangeOp) =>
        send(ctx.app, 'POST /api/journeys/{id}/changes', { params: { id: a.workspace.ids.journey }, body: { ops: [...ops.slice(0, at), bad, ...ops.slice(at)] } }, {
          Cookie: owner.cookie,
        });
      const foreign = await post(c.op(foreignId));
      const missing = await post(c.op(missingId));
      expect(ops.length + 1).toBeGreaterThanOrEqual(500);
      expect({ status: foreign.status, paths: (foreign.body as Problem).errors?.map((e) => e.path) }).toEqual({
        status: c.status,
        paths: [c.path(at)],
      });
      expect(withoutId(foreign.body, foreignId)).toEqual(withoutId(missing.body, missingId));
      expect(await tenantChecksum(db, a.workspace.ids.workspace, [])).toEqual(aBefore);
    });

    it('applies the same batch without the foreign operation (so the refusals above came from it)', async () => {
      const response = await send(
        ctx.app,
        'POST /api/journeys/{id}/changes',
        { params: { id: a.workspace.ids.journey }, body: { ops: batch() } },
        { Cookie: a.workspace.members.owner.cookie },
      );
      expect(response.status).toBe(200);
    });

    it('takes B’s ids as the ids of new entities in A like fresh ids (ids are per workspace), leaving B’s alone', async () => {
      const [stage] = bGraph.stages;
      const [t1, t2] = bGraph.touchpoints;
      const [link] = bGraph.links;
      if (!stage || !t1 || !t2 || !link) throw new Error('B’s journey lacks content');
      const response = await send(
        ctx.app,
        'POST /api/journeys/{id}/changes',
        {
          params: { id: a.workspace.ids.journey },
          body: {
            ops: [
              createStage({ name: 'Reused id' }, stage.id),
              createTouchpoint(stage.id, {}, t1.id),
              createTouchpoint(stage.id, {}, t2.id),
              createLink(t1.id, t2.id, {}, link.id),
            ],
          },
        },
        { Cookie: a.workspace.members.owner.cookie },
      );
      expect(response.status).toBe(200);
      expect(await builder.graph(b.members.owner, b.ids.journey)).toEqual(bGraph);
    });
  });

  // Last on purpose: the whole file ran against B's ids.
  it('leaves every row of B and of its users unchanged', async () => {
    expect(await checksumB()).toEqual(bBefore);
  });
});
