import type { NestExpressApplication } from '@nestjs/platform-express';
import fc from 'fast-check';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/create-test-app';
import { fromSchema, type Schema, type Schemas } from './support/fuzz/schema-arbitrary';
import { describeMutation, mutation, placesOf, replaceAt, type Mutation } from './support/fuzz/mutations';
import { ROUTES, freshValues, routePath, type PreparedRequest } from './support/matrix/route-table';
import { tenantsChecksum } from './support/matrix/tenant-checksum';
import { WorldBuilder, type Account, type World } from './support/matrix/world';

/**
 * Property-based fuzzing of every operation of the OpenAPI document. Each run takes a route's valid
 * request (from the role matrix's route table), spoils it once (a generated or mutated body, a
 * Content-Type, a conditional header, a query parameter or a path id) and sends it as the owner of
 * a seeded workspace or anonymously. Whatever comes in: never a 5xx; every 4xx is problem+json with
 * the Problem shape and a status the operation documents; and a refused request changes no row of
 * the workspace, of the other workspace whose ids it may carry, or of their users.
 *
 * The seed is fixed so CI runs the same requests every time; FUZZ_RUNS and FUZZ_SEED explore more
 * locally (e.g. `FUZZ_RUNS=5000 FUZZ_SEED=$RANDOM npx jest -c apps/api/jest.int.config.cjs apps/api/test/fuzz.int-spec.ts`).
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_124);
/** Share of runs sent without a session. */
const ANONYMOUS_SHARE = 0.15;
const PROBLEM = 'application/problem+json';
/** Answered by Node's HTTP parser before any route (README "Limits"): no operation documents them. */
const TRANSPORT_STATUSES = new Set([408, 431]);

interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Schemas };
}

interface Case {
  route: string;
  anonymous: boolean;
  mutation: Mutation;
}

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A JSON value (sent with application/json), raw text (with `headers`' Content-Type), or nothing. */
  body: { json: unknown } | { text: string } | null;
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let app: NestExpressApplication;
  let builder: WorldBuilder;
  let document: OpenApiDocument;
  let world: World;
  let other: World;
  /** The checksum of both worlds as they are now; null when it must be computed again. */
  let baseline: string | null = null;

  beforeAll(async () => {
    // The anonymous login runs count as failures of the run's address: the fuzz app allows them all.
    app = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_IP: '1000000' } });
    builder = new WorldBuilder(app);
    document = (await request(app.getHttpServer()).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    world = await builder.world();
    other = await builder.world();
  }, 60_000);

  afterAll(async () => {
    // The address counter is shared by every suite of the run: leave it as the suites before found it.
    await app.get(DataSource).query(`DELETE FROM login_rate_limits WHERE key LIKE 'ip:%'`);
    await app.close();
  });

  const accounts = (w: World): Account[] => [...Object.values(w.workspace.members), w.workspace.coOwner, w.workspace.target, w.outsider];

  async function checksum(): Promise<string> {
    const tenants = [world, other].map((w) => ({ workspaceId: w.workspace.ids.workspace, userIds: accounts(w).map((a) => a.userId) }));
    return JSON.stringify(await tenantsChecksum(app.get(DataSource), tenants));
  }

  /** False once a request has taken the owner's session, role, workspace or content away: the world is then rebuilt. */
  async function worldIntact(): Promise<boolean> {
    const { ids, members } = world.workspace;
    const [row] = (await app.get(DataSource).query(
      `SELECT (SELECT role FROM memberships WHERE workspace_id = $1 AND user_id = $2) AS role,
              (SELECT count(*)::int FROM sessions WHERE user_id = $2) AS sessions,
              (SELECT count(*)::int FROM journeys WHERE id = $3) AS journeys`,
      [ids.workspace, members.owner.userId, ids.journey],
    )) as { role: string | null; sessions: number; journeys: number }[];
    return row?.role === 'owner' && row.sessions > 0 && row.journeys === 1;
  }

  function operation(route: string): Operation {
    const [method, path] = route.split(' ');
    const found = document.paths[path ?? '']?.[(method ?? '').toLowerCase()];
    if (!found) throw new Error(`${route} is not in the OpenAPI document`);
    return found;
  }

  /** The request `c` describes, built from the route's valid request in the current world. */
  async function build(c: Case): Promise<Sent> {
    const spec = ROUTES[c.route];
    if (!spec) throw new Error(`${c.route} has no route-table entry`);
    const caller = c.anonymous ? null : world.workspace.members.owner;
    const fresh = freshValues();
    // What `prepare` writes (an invitation, a metric) is part of the set-up, not of the request.
    const prepared = spec.prepare ? await spec.prepare(builder, { world, caller, fresh }) : {};
    if (spec.prepare) baseline = null;
    const valid: PreparedRequest = spec.request({ ids: world.workspace.ids, world, caller, fresh, prepared });
    const params = { ...(valid.params ?? {}) };
    const query: [string, string][] = Object.entries(valid.query ?? {});
    const headers: Record<string, string> = caller ? { Cookie: caller.cookie } : {};
    let body: Sent['body'] = valid.body === undefined ? null : { json: valid.body };
    const m = c.mutation;
    switch (m.kind) {
      case 'generated-body':
        body = { json: m.body };
        break;
      case 'body-field': {
        const places = placesOf(valid.body);
        body = { json: replaceAt(valid.body, places[m.at % places.length] ?? [], m.value) };
        break;
      }
      case 'body-extra': {
        const objects = placesOf(valid.body).filter((place) => isObject(valueAt(valid.body, place)));
        const place = objects[m.at % objects.length] ?? [];
        const target = valueAt(valid.body, place) as Record<string, unknown>;
        const widened = JSON.parse(JSON.stringify(target)) as Record<string, unknown>;
        Object.defineProperty(widened, m.name, { value: m.value, enumerable: true, configurable: true, writable: true });
        body = { json: replaceAt(valid.body, place, widened) };
        break;
      }
      case 'body-whole':
        body = { json: m.value };
        break;
      case 'raw-body':
        body = { text: m.text };
        headers['Content-Type'] = 'application/json';
        break;
      case 'content-type':
        body = { text: JSON.stringify(valid.body ?? {}) };
        headers['Content-Type'] = m.value;
        break;
      case 'header':
        headers[m.name] = m.value;
        break;
      case 'query': {
        const name = m.name ?? query[0]?.[0] ?? 'limit';
        const values = Array.isArray(m.value) ? m.value : [m.value];
        const kept = query.filter(([key]) => key !== name);
        query.length = 0;
        query.push(...kept, ...values.map((value): [string, string] => [name, value]));
        break;
      }
      case 'path': {
        const names = Object.keys(params);
        const name = names[m.at % names.length];
        if (name !== undefined) params[name] = pathValue(m.value);
        break;
      }
    }
    const { method, path } = routePath(c.route, params);
    const search = new URLSearchParams(query).toString();
    return { method, url: search === '' ? path : `${path}?${search}`, headers, body };
  }

  function pathValue(value: Extract<Mutation, { kind: 'path' }>['value']): string {
    if ('literal' in value) return value.literal;
    const source = 'foreign' in value ? other.workspace : world.workspace;
    const pool = [...Object.values(source.ids), source.shareToken, source.invitationToken];
    const index = 'foreign' in value ? value.foreign : value.ownOther;
    return pool[index % pool.length] ?? '';
  }

  async function sendOnce(sent: Sent): Promise<request.Response> {
    const verb = sent.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
    const test = request(app.getHttpServer())[verb](sent.url).set(sent.headers).timeout(20_000);
    // The body as text (problem documents are checked by hand); an event stream only until it opens.
    test.buffer(true).parse((res, done) => {
      if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) {
        done(null, '');
        (res as unknown as { destroy(): void }).destroy();
        return;
      }
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => done(null, text));
    });
    if (sent.body === null) return test;
    if ('text' in sent.body) return test.send(sent.body.text);
    return test.send(JSON.stringify(sent.body.json) as unknown as object).set('Content-Type', 'application/json');
  }

  /** What is wrong with an answer (empty when nothing is). */
  function violations(route: string, response: request.Response): string[] {
    const found: string[] = [];
    const status = response.status;
    if (status >= 500) found.push(`answered ${status}`);
    if (status < 400) return found;
    const type = String(response.headers['content-type'] ?? '');
    if (!type.startsWith(PROBLEM)) found.push(`${status} with Content-Type "${type}"`);
    let problem: Record<string, unknown> = {};
    try {
      problem = JSON.parse(String(response.body)) as Record<string, unknown>;
    } catch {
      found.push(`${status} whose body is not JSON`);
    }
    const shapeOk =
      typeof problem['type'] === 'string' &&
      typeof problem['title'] === 'string' &&
      problem['status'] === status &&
      typeof problem['code'] === 'string' &&
      (problem['detail'] === undefined || typeof problem['detail'] === 'string') &&
      (problem['errors'] === undefined ||
        (Array.isArray(problem['errors']) &&
          problem['errors'].every((e: unknown) => isObject(e) && typeof e['path'] === 'string' && typeof e['message'] === 'string')));
    if (!shapeOk) found.push(`${status} whose body is not a Problem: ${String(response.body).slice(0, 200)}`);
    if (!TRANSPORT_STATUSES.has(status) && !(String(status) in operation(route).responses)) found.push(`${status} ${String(problem['code'])} is not documented for the operation`);
    return found;
  }

  it('never answers 5xx, answers every 4xx as a documented problem, and changes nothing when it refuses', async () => {
    const routes = Object.keys(ROUTES);
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    // Every operation of the document is fuzzed (the route table holds exactly those: role-matrix.int-spec.ts).
    expect([...routes].sort()).toEqual([...documented].sort());

    const arbitraries = new Map(
      routes.map((route) => {
        const op = operation(route);
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const valid = ROUTES[route]?.request({ ids: world.workspace.ids, world, caller: null, fresh: freshValues(), prepared: {} });
        const pathParams = Object.keys(valid?.params ?? {}).length;
        const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const hasBody = schema !== undefined || valid?.body !== undefined;
        return [route, mutation(schema ? fromSchema(document.components.schemas, schema) : null, hasBody, pathParams, queryNames)];
      }),
    );
    const cases: fc.Arbitrary<Case> = fc.constantFrom(...routes).chain((route) =>
      fc.record({
        route: fc.constant(route),
        anonymous: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < ANONYMOUS_SHARE),
        mutation: arbitraries.get(route) as fc.Arbitrary<Mutation>,
      }),
    );

    const failures = new Map<string, string>();
    const counts = { sent: 0, refused: 0, accepted: 0, rebuilt: 0 };
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const sent = await build(c);
        baseline ??= await checksum();
        const response = await sendOnce(sent);
        counts.sent += 1;
        const label = `${c.route}${c.anonymous ? ' (anonymous)' : ''} ${describeMutation(c.mutation)}`;
        const problems = violations(c.route, response);
        if (response.status >= 400) {
          counts.refused += 1;
          const after = await checksum();
          if (after !== baseline && !countsFailedLogin(c.route, response.status, baseline, after)) problems.push(`refused with ${response.status} but changed rows: ${diff(baseline, after)}`);
          baseline = after;
        } else {
          counts.accepted += 1;
          baseline = null;
          // Work an accepted request leaves running (an export job writing its progress) ends before the next checksum.
          await ROUTES[c.route]?.settle?.(builder, world);
          if (ROUTES[c.route]?.destroys !== undefined || !(await worldIntact())) {
            world = await builder.world();
            counts.rebuilt += 1;
          }
        }
        for (const problem of problems) {
          const key = `${c.route}: ${problem.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>').slice(0, 160)}`;
          if (!failures.has(key)) failures.set(key, `${label} → ${problem}`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );

    console.log(`fuzz: seed ${SEED}, ${counts.sent} requests (${counts.refused} refused, ${counts.accepted} accepted), world rebuilt ${counts.rebuilt}×, ${failures.size} distinct failures`);
    expect([...failures.values()]).toEqual([]);
    expect(counts.refused).toBeGreaterThan(RUNS / 2);
  }, 300_000);
});

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), value);
}

/**
 * A refused sign-in is counted on purpose (login throttling, in login_rate_limits, per email): the
 * one write a refused request makes. Anything else changed fails.
 */
function countsFailedLogin(route: string, status: number, before: string, after: string): boolean {
  return route === 'POST /api/auth/login' && (status === 401 || status === 429) && diff(before, after) === 'A.login_rate_limits';
}

/** Which tables changed between two checksums. */
function diff(before: string, after: string): string {
  const [b, a] = [JSON.parse(before), JSON.parse(after)] as Record<string, string>[][];
  const changed: string[] = [];
  a?.forEach((sums, i) => {
    for (const [table, sum] of Object.entries(sums)) if (b?.[i]?.[table] !== sum) changed.push(`${i === 0 ? 'A' : 'B'}.${table}`);
  });
  return changed.join(', ');
}
