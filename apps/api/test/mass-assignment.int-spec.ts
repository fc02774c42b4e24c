import type { Problem } from '@cxmap/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { createStage, type TestUser } from './support/given';
import { MERMAID_JOURNEY, customMetric } from './support/matrix/world';

interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
}

interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** A write the test can send: the concrete URL, a valid body, the session (if any) and what success answers. */
interface Write {
  url: string;
  body: Record<string, unknown>;
  cookie?: string;
  ok: number;
  /** Waits for background work an accepted call starts (an export), so the next probes' checksums hold still. */
  settle?: () => Promise<void>;
}

/** Fields a client must never be able to set through a body, plus one nobody has heard of. */
const PROBES = ['workspaceId', 'role', 'id', 'version', 'createdBy', 'isAdmin'];

describe('mass assignment', () => {
  const ctx = useTestApp();
  let document: OpenApiDocument;

  /**
   * One builder per write route with a JSON body, keyed as in the OpenAPI document. Each call sets up
   * fresh data and returns a body the route accepts. A new route without an entry fails the sweep.
   */
  const builders: Record<string, (owner: TestUser) => Promise<Write>> = {
    'POST /api/auth/signup': async () => ({
      url: '/api/auth/signup',
      body: { email: `new-${randomUUID()}@example.test`, password: 'long enough pw', name: 'New', workspaceName: 'New WS' },
      ok: 201,
    }),
    'POST /api/auth/login': async (owner) => ({ url: '/api/auth/login', body: { email: owner.email, password: owner.password }, ok: 200 }),
    'PATCH /api/account': async (owner) => ({ url: '/api/account', body: { name: 'Renamed' }, cookie: owner.cookie, ok: 200 }),
    'POST /api/account/password': async (owner) => ({
      url: '/api/account/password',
      body: { currentPassword: owner.password, newPassword: 'another long password' },
      cookie: owner.cookie,
      ok: 204,
    }),
    'DELETE /api/account': async () => {
      // The owner's account has a sole-owner workspace; delete a member's account instead.
      const user = await ctx.given.user();
      await ctx.given.http().delete(`/api/workspaces/${user.workspaceId}`).set('Cookie', user.cookie).expect(204);
      return { url: '/api/account', body: { password: user.password }, cookie: user.cookie, ok: 204 };
    },
    'POST /api/workspaces': async (owner) => ({ url: '/api/workspaces', body: { name: 'Another' }, cookie: owner.cookie, ok: 201 }),
    'PATCH /api/workspaces/{workspaceId}': async (owner) => ({
      url: `/api/workspaces/${owner.workspaceId}`,
      body: { name: 'Renamed WS' },
      cookie: owner.cookie,
      ok: 200,
    }),
    'PATCH /api/workspaces/{workspaceId}/members/{userId}': async (owner) => {
      const member = await ctx.given.memberOf(owner, 'viewer');
      return { url: `/api/workspaces/${owner.workspaceId}/members/${member.me.user.id}`, body: { role: 'editor' }, cookie: owner.cookie, ok: 200 };
    },
    'POST /api/workspaces/{workspaceId}/invitations': async (owner) => ({
      url: `/api/workspaces/${owner.workspaceId}/invitations`,
      body: { email: `invitee-${randomUUID()}@example.test`, role: 'viewer' },
      cookie: owner.cookie,
      ok: 201,
    }),
    'POST /api/invitations/{token}/accept': async (owner) => {
      const invitation = await ctx.given.invitation(owner, `newcomer-${randomUUID()}@example.test`);
      return { url: `/api/invitations/${invitation.token}/accept`, body: { name: 'Newcomer', password: 'long enough pw' }, ok: 200 };
    },
    'POST /api/workspaces/{workspaceId}/journeys': async (owner) => ({
      url: `/api/workspaces/${owner.workspaceId}/journeys`,
      body: { name: 'Journey', template: 'blank' },
      cookie: owner.cookie,
      ok: 201,
    }),
    'PATCH /api/journeys/{id}': async (owner) => {
      const journey = await ctx.given.journey(owner);
      return { url: `/api/journeys/${journey.id}`, body: { name: 'Renamed journey' }, cookie: owner.cookie, ok: 200 };
    },
    'POST /api/journeys/{id}/changes': async (owner) => {
      const journey = await ctx.given.journey(owner);
      return { url: `/api/journeys/${journey.id}/changes`, body: { ops: [createStage()] }, cookie: owner.cookie, ok: 200 };
    },
    'POST /api/workspaces/{workspaceId}/journeys/import': async (owner) => ({
      url: `/api/workspaces/${owner.workspaceId}/journeys/import`,
      body: { format: 'mermaid', content: MERMAID_JOURNEY, name: 'Imported' },
      cookie: owner.cookie,
      ok: 201,
    }),
    'POST /api/journeys/{id}/share-links': async (owner) => {
      const journey = await ctx.given.journey(owner);
      return { url: `/api/journeys/${journey.id}/share-links`, body: { label: 'Board review', allowExport: false }, cookie: owner.cookie, ok: 201 };
    },
    'POST /api/journeys/{id}/exports': async (owner) => {
      const journey = await ctx.given.journey(owner);
      return {
        url: `/api/journeys/${journey.id}/exports`,
        body: { format: 'pdf', sections: ['summary', 'stages'], from: '2026-01-01', to: '2026-03-31', includeComments: true },
        cookie: owner.cookie,
        ok: 202,
        settle: () => settleExports(owner.workspaceId),
      };
    },
    'POST /api/workspaces/{workspaceId}/exports': async (owner) => ({
      url: `/api/workspaces/${owner.workspaceId}/exports`,
      body: { format: 'pdf', from: '2026-01-01', to: '2026-03-31' },
      cookie: owner.cookie,
      ok: 202,
      settle: () => settleExports(owner.workspaceId),
    }),
    'POST /api/share/{token}/exports': async (owner) => {
      const journey = await ctx.given.journey(owner);
      const link = await ctx.given.shareLink(owner, journey.id, { allowExport: true });
      return {
        url: `/api/share/${link.token}/exports`,
        body: { format: 'pdf', sections: ['pains'] },
        ok: 202,
        settle: () => settleExports(owner.workspaceId),
      };
    },
    'POST /api/workspaces/{workspaceId}/api-keys': async (owner) => ({
      url: `/api/workspaces/${owner.workspaceId}/api-keys`,
      body: { name: 'Survey tool', scopes: ['ingest'] },
      cookie: owner.cookie,
      ok: 201,
    }),
    'POST /api/workspaces/{workspaceId}/metric-definitions': async (owner) => ({
      url: `/api/workspaces/${owner.workspaceId}/metric-definitions`,
      body: customMetric('callback_kept'),
      cookie: owner.cookie,
      ok: 201,
    }),
    'PATCH /api/workspaces/{workspaceId}/metric-definitions/{key}': async (owner) => {
      const key = `m_${randomUUID().slice(0, 8)}`;
      await ctx.given.http().post(`/api/workspaces/${owner.workspaceId}/metric-definitions`).set('Cookie', owner.cookie).send(customMetric(key)).expect(201);
      return { url: `/api/workspaces/${owner.workspaceId}/metric-definitions/${key}`, body: { version: 1, name: 'Renamed metric' }, cookie: owner.cookie, ok: 200 };
    },
    'POST /api/journeys/{id}/metrics': async (owner) => {
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
      return {
        url: `/api/journeys/${journey.id}/metrics`,
        body: { metric: 'nps', touchpointId: touchpoints[0]?.id, target: 40, warning: 10 },
        cookie: owner.cookie,
        ok: 201,
      };
    },
    'PATCH /api/journeys/{id}/metrics/{attachmentId}': async (owner) => {
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
      const attachment = await ctx.given.attach(owner, journey.id, { metric: 'nps', touchpointId: touchpoints[0]?.id ?? '', target: 40, warning: 10 });
      return {
        url: `/api/journeys/${journey.id}/metrics/${attachment.id}`,
        body: { version: attachment.version, target: 50, isKey: true },
        cookie: owner.cookie,
        ok: 200,
      };
    },
    // The ingest route reads its body itself (API keys and sessions): probes go into the batch object.
    'POST /api/journeys/{id}/measurements': async (owner) => {
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
      const attachment = await ctx.given.attach(owner, journey.id, { metric: 'nps', touchpointId: touchpoints[0]?.id ?? '', target: 40, warning: 10 });
      return {
        url: `/api/journeys/${journey.id}/measurements`,
        body: { rows: [{ attachmentId: attachment.id, period: 'month', periodStart: '2026-01-01', promoters: 50, passives: 30, detractors: 20 }] },
        cookie: owner.cookie,
        ok: 200,
      };
    },
    'POST /api/journeys/{id}/measurements/csv': async (owner) => {
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
      await ctx.given.attach(owner, journey.id, { metric: 'nps', touchpointId: touchpoints[0]?.id ?? '', target: 40, warning: 10 });
      return {
        url: `/api/journeys/${journey.id}/measurements/csv?dryRun=false`,
        body: { csv: `touchpoint,metric,period,period_start,promoters,passives,detractors\n${touchpoints[0]?.title ?? ''},nps,month,2026-01-01,50,30,20\n` },
        cookie: owner.cookie,
        ok: 200,
      };
    },
    'POST /api/journeys/{id}/annotations': async (owner) => {
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
      return {
        url: `/api/journeys/${journey.id}/annotations`,
        body: { touchpointId: touchpoints[0]?.id, kind: 'pain_point', severity: 'high', title: 'Long wait' },
        cookie: owner.cookie,
        ok: 201,
      };
    },
    'PATCH /api/journeys/{id}/annotations/{annotationId}': async (owner) => {
      const { journeyId, annotation } = await annotated(owner);
      return {
        url: `/api/journeys/${journeyId}/annotations/${annotation.id}`,
        body: { version: annotation.version, status: 'in_progress' },
        cookie: owner.cookie,
        ok: 200,
      };
    },
    'POST /api/journeys/{id}/annotations/{annotationId}/replies': async (owner) => {
      const { journeyId, annotation } = await annotated(owner);
      return { url: `/api/journeys/${journeyId}/annotations/${annotation.id}/replies`, body: { body: 'Seen it too' }, cookie: owner.cookie, ok: 201 };
    },
    'PATCH /api/journeys/{id}/annotations/{annotationId}/replies/{replyId}': async (owner) => {
      const { journeyId, annotation } = await annotated(owner);
      const url = `/api/journeys/${journeyId}/annotations/${annotation.id}/replies`;
      const reply = (await ctx.given.http().post(url).set('Cookie', owner.cookie).send({ body: 'First' }).expect(201)).body as { id: string; version: number };
      return { url: `${url}/${reply.id}`, body: { version: reply.version, body: 'Edited' }, cookie: owner.cookie, ok: 200 };
    },
    'PUT /api/journeys/{id}/touchpoints/{touchpointId}/review-by': async (owner) => {
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
      return {
        url: `/api/journeys/${journey.id}/touchpoints/${touchpoints[0]?.id ?? ''}/review-by`,
        body: { reviewBy: '2030-01-31' },
        cookie: owner.cookie,
        ok: 200,
      };
    },
  };

  /** A journey with one touchpoint and an open pain point on it, written by `owner`. */
  async function annotated(owner: TestUser): Promise<{ journeyId: string; annotation: { id: string; version: number } }> {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
    const response = await ctx.given
      .http()
      .post(`/api/journeys/${journey.id}/annotations`)
      .set('Cookie', owner.cookie)
      .send({ touchpointId: touchpoints[0]?.id, kind: 'pain_point', severity: 'high', title: 'Long wait' })
      .expect(201);
    return { journeyId: journey.id, annotation: response.body as { id: string; version: number } };
  }

  beforeAll(async () => {
    document = (await ctx.given.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
  });

  /** Waits until the workspace has no export queued or running (polling the table; nothing is timed). */
  async function settleExports(workspaceId: string): Promise<void> {
    for (let attempt = 0; attempt < 1200; attempt++) {
      const [row] = (await ctx.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM export_jobs WHERE workspace_id = $1 AND status IN ('queued', 'running')`, [workspaceId])) as {
        n: number;
      }[];
      if (row?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`exports of workspace ${workspaceId} did not finish`);
  }

  /** md5 of every row of every table: any write anywhere changes it. */
  async function checksum(): Promise<string> {
    const dataSource = ctx.app.get(DataSource);
    const tables = (await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )) as { table_name: string }[];
    const parts = await Promise.all(
      tables.map(async ({ table_name: table }) => {
        const [row] = (await dataSource.query(
          // Rows hashed one by one, then the sorted hashes: the same multiset test as sorting whole rows,
          // without sorting the large ones (audit events keep whole /changes batches).
          `SELECT md5(coalesce(string_agg(h, '|' ORDER BY h), '')) AS sum FROM (SELECT md5(t::text) AS h FROM "${table}" t) rows`,
        )) as { sum: string }[];
        return `${table}:${row?.sum ?? ''}`;
      }),
    );
    return parts.join(',');
  }

  function topLevelProperties(schema: Schema | undefined): string[] {
    if (schema === undefined) return [];
    const resolved = schema.$ref ? document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
    return Object.keys(resolved?.properties ?? {});
  }

  function send(write: Write, method: string, body: Record<string, unknown>): request.Test {
    const test = request(ctx.app.getHttpServer())[method.toLowerCase() as 'post' | 'patch' | 'put' | 'delete'](write.url);
    if (write.cookie !== undefined) test.set('Cookie', write.cookie);
    return test.send(body);
  }

  // One test sweeps every write route, with a whole-database checksum around each probe: it takes
  // longer than the default 30 s once the run's database holds what the suites before it wrote.
  it('refuses privileged and unknown fields on every write body with 400 naming the field, changing nothing', async () => {
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation.requestBody?.content?.['application/json'] !== undefined)
        .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method, operation })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const missing = routes.map((r) => r.name).filter((name) => builders[name] === undefined);
    // A new write route needs a valid-body builder above, so it is swept too.
    expect(missing).toEqual([]);

    let probesSent = 0;
    for (const { name, method, operation } of routes) {
      const build = builders[name];
      if (build === undefined) continue;
      const write = await build(await ctx.given.user());
      const documented = topLevelProperties(operation.requestBody?.content?.['application/json']?.schema);
      for (const field of PROBES.filter((probe) => !documented.includes(probe))) {
        const before = await checksum();
        const response = await send(write, method, { ...write.body, [field]: field === 'version' ? 1 : randomUUID() });
        const problem = response.body as Problem;
        expect([name, field, response.status]).toEqual([name, field, 400]);
        expect([name, field, (problem.errors ?? []).some((error) => error.path === field)]).toEqual([name, field, true]);
        expect([name, field, await checksum()]).toEqual([name, field, before]);
        probesSent += 1;
      }
      // The same body without the probe is accepted: the 400s above were about the probe alone.
      const accepted = await send(write, method, write.body);
      expect([name, accepted.status]).toEqual([name, write.ok]);
      await write.settle?.();
    }
    expect(probesSent).toBeGreaterThanOrEqual(routes.length * 4);
  }, 120_000);
});
