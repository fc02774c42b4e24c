import { randomUUID } from 'node:crypto';
import type { JourneyGraph, Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';

/**
 * Raw JSON texts (never object literals: `JSON.stringify` would drop a `__proto__` key) sent to
 * every route that takes a body. Each body is a valid request with a placeholder value
 * (`"@VALUE@"`) and a placeholder key (`"@KEY@":0`) that a case swaps for something hostile.
 */
interface Target {
  name: string;
  method: 'post' | 'patch';
  url: () => string;
  cookie: () => string | undefined;
  /** The valid body with both placeholders in it. */
  template: () => string;
  /** Dotted path of the placeholder value, and of the object holding the placeholder key. */
  valuePath: string;
  keyPath: string;
  /** Something the request would change if it went through. */
  snapshot: () => Promise<unknown>;
  /** The status of the body with innocent placeholders: proves the 4xx comes from the hostile part. */
  okStatus: number;
}

interface Case {
  name: string;
  value?: string;
  key?: string;
  /** Expected path of the field error. */
  path: (target: Target) => string;
}

const DEEP = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;

const CASES: Case[] = [
  { name: 'a NUL character in a string', value: '"Anna\\u0000Berg"', path: (t) => t.valuePath },
  { name: 'a NUL character in a key', key: '"na\\u0000me":"x"', path: (t) => join(t.keyPath, 'na\\u0000me') },
  { name: '20,000 levels of nested arrays', value: DEEP, path: (t) => t.valuePath },
  { name: 'an array of arrays', value: '[[]]', path: (t) => t.valuePath },
  { name: 'a key named constructor', key: '"constructor":{}', path: (t) => join(t.keyPath, 'constructor') },
  { name: 'a key named __proto__', key: '"__proto__":{"polluted":true}', path: (t) => join(t.keyPath, '__proto__') },
  { name: 'a key named prototype', key: '"prototype":{"polluted":true}', path: (t) => join(t.keyPath, 'prototype') },
];

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function fill(template: string, value: string, key: string | null): string {
  const withValue = template.replace('"@VALUE@"', value);
  return key === null ? withValue.replace('"@KEY@":0,', '') : withValue.replace('"@KEY@":0', key);
}

describe('hostile JSON bodies on every route that takes one', () => {
  const ctx = useTestApp({ owner: true });
  let journeyId: string;
  let stageId: string;

  beforeAll(async () => {
    journeyId = (await ctx.given.journey(ctx.owner)).id;
    stageId = (await ctx.given.graph(ctx.owner, journeyId)).stages[0]?.id ?? '';
  });

  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const rows = (await ctx.app.get(DataSource).query(sql, params)) as { n: number }[];
    return rows[0]?.n ?? -1;
  };
  const graph = (): Promise<JourneyGraph> => ctx.given.graph(ctx.owner, journeyId);

  const targets: Target[] = [
    {
      name: 'POST /auth/login',
      method: 'post',
      url: () => '/api/auth/login',
      cookie: () => undefined,
      template: () => `{"@KEY@":0,"email":"@VALUE@","password":${JSON.stringify(ctx.owner.password)}}`,
      valuePath: 'email',
      keyPath: '',
      snapshot: () => count(`SELECT count(*)::int AS n FROM sessions`),
      okStatus: 401,
    },
    {
      name: 'POST /auth/signup',
      method: 'post',
      url: () => '/api/auth/signup',
      cookie: () => undefined,
      template: () =>
        `{"email":"hostile-${randomUUID()}@example.test","password":"long enough pw","name":"@VALUE@",` +
        `"@KEY@":0,"workspaceName":"W"}`,
      valuePath: 'name',
      keyPath: '',
      snapshot: () => count(`SELECT count(*)::int AS n FROM users`),
      okStatus: 201,
    },
    {
      name: 'POST /workspaces/:id/journeys',
      method: 'post',
      url: () => `/api/workspaces/${ctx.owner.workspaceId}/journeys`,
      cookie: () => ctx.owner.cookie,
      template: () => `{"name":"@VALUE@","@KEY@":0,"template":"blank"}`,
      valuePath: 'name',
      keyPath: '',
      snapshot: () => count(`SELECT count(*)::int AS n FROM journeys WHERE workspace_id = $1`, [ctx.owner.workspaceId]),
      okStatus: 201,
    },
    {
      name: 'PATCH /journeys/:id',
      method: 'patch',
      url: () => `/api/journeys/${journeyId}`,
      cookie: () => ctx.owner.cookie,
      template: () => `{"@KEY@":0,"name":"@VALUE@"}`,
      valuePath: 'name',
      keyPath: '',
      snapshot: async () => (await graph()).journey,
      okStatus: 200,
    },
    {
      name: 'POST /journeys/:id/changes (in data)',
      method: 'post',
      url: () => `/api/journeys/${journeyId}/changes`,
      cookie: () => ctx.owner.cookie,
      template: () => changesBody(stageId, '"@KEY@":0,', ''),
      valuePath: 'ops.0.data.title',
      keyPath: 'ops.0.data',
      snapshot: graph,
      okStatus: 200,
    },
    {
      name: 'POST /journeys/:id/changes (in data.position)',
      method: 'post',
      url: () => `/api/journeys/${journeyId}/changes`,
      cookie: () => ctx.owner.cookie,
      template: () => changesBody(stageId, '', '"@KEY@":0,'),
      valuePath: 'ops.0.data.title',
      keyPath: 'ops.0.data.position',
      snapshot: graph,
      okStatus: 200,
    },
  ];

  const send = (target: Target, body: string) => {
    const test = ctx.given.http()[target.method](target.url()).set('Content-Type', 'application/json');
    const cookie = target.cookie();
    return (cookie ? test.set('Cookie', cookie) : test).send(body);
  };

  describe.each(targets.map((t) => [t.name, t] as const))('%s', (_name, target) => {
    it.each(CASES.map((c) => [c.name, c] as const))('refuses %s with a 400 naming the field, and changes nothing', async (_c, hostile) => {
      const before = await target.snapshot();
      const body = fill(target.template(), hostile.value ?? '"Anna Berg"', hostile.key ?? null);
      const response = await send(target, body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.body as Problem;
      expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      const path = hostile.path(target);
      expect(problem.errors?.some((e) => e.path === path || e.path.startsWith(`${path}.`))).toBe(true);
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(await target.snapshot()).toEqual(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('accepts the same body with innocent values', async () => {
      const response = await send(target, fill(target.template(), '"Anna Berg"', null));
      expect(response.status).toBe(target.okStatus);
    });
  });

  it('refuses operations that are not objects with a path to each', async () => {
    const before = await graph();
    const valid = changesBody(stageId, '', '');
    for (const [body, paths] of [
      ['{"ops":[[]]}', ['ops.0']],
      [`{"ops":[${valid.slice('{"ops":['.length, -2)}, [], null, 7, "x"]}`, ['ops.1', 'ops.2', 'ops.3', 'ops.4']],
    ] as const) {
      const response = await ctx.given
        .http()
        .post(`/api/journeys/${journeyId}/changes`)
        .set('Cookie', ctx.owner.cookie)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((response.body as Problem).errors?.map((e) => e.path)).toEqual(paths);
    }
    expect(await graph()).toEqual(before);
  });

  it('refuses nesting deeper than the limit where it starts, and lets the limit itself through to validation', async () => {
    const patch = (body: string) =>
      ctx.given.http().patch(`/api/journeys/${journeyId}`).set('Cookie', ctx.owner.cookie).set('Content-Type', 'application/json').send(body);
    const atLimit = await patch(`{"name":${'['.repeat(7)}${']'.repeat(7)}}`);
    expect(atLimit.status).toBe(400);
    expect((atLimit.body as Problem).errors?.map((e) => e.path)).toEqual(['name']);
    const overLimit = await patch(`{"name":${'['.repeat(8)}${']'.repeat(8)}}`);
    expect(overLimit.status).toBe(400);
    expect((overLimit.body as Problem).errors?.map((e) => e.path)).toEqual(['name.0.0.0.0.0.0.0']);
    const legit = await ctx.given
      .http()
      .post(`/api/journeys/${journeyId}/changes`)
      .set('Cookie', ctx.owner.cookie)
      .set('Content-Type', 'application/json')
      .send(changesBody(stageId, '', ''));
    expect(legit.status).toBe(200);
  });
});

function changesBody(stageId: string, dataKey: string, positionKey: string): string {
  return (
    `{"ops":[{"op":"create","entity":"touchpoint","id":"${randomUUID()}","data":{${dataKey}"stageId":"${stageId}",` +
    `"title":"@VALUE@","description":"","channel":"web","interaction":"digital","ownerTeam":null,"layer":"customer",` +
    `"emotion":0,"position":{${positionKey}"x":1,"y":2}}}]}`
  );
}
