import { randomUUID } from 'node:crypto';
import type { Problem } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';
import { createTouchpoint } from './support/given';

function expectProblem(response: { status: number; headers: Record<string, string>; body: unknown }, status: number): Problem {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.body as Problem;
  expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
  expect(JSON.stringify(problem)).not.toMatch(/at \w+ \(|SELECT|INSERT|UPDATE|QueryFailed/);
  return problem;
}

describe('hostile and broken input', () => {
  const ctx = useTestApp({ owner: true });
  let journeyId: string;

  beforeAll(async () => {
    journeyId = (await ctx.given.journey(ctx.owner)).id;
  });

  it('answers malformed JSON with 400', async () => {
    const response = await ctx.given
      .http()
      .post(`/api/journeys/${journeyId}/changes`)
      .set('Cookie', ctx.owner.cookie)
      .set('Content-Type', 'application/json')
      .send('{"ops": [');
    expect(expectProblem(response, 400).code).toBe('MALFORMED_JSON');
    const login = await ctx.given.http().post('/api/auth/login').set('Content-Type', 'application/json').send('nope');
    expectProblem(login, 400);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await ctx.given
      .http()
      .post(`/api/journeys/${journeyId}/changes`)
      .set('Cookie', ctx.owner.cookie)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ ops: [], pad: 'x'.repeat(6 * 1024 * 1024) }));
    expect(expectProblem(response, 413).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers unknown routes with a 404 problem', async () => {
    expect(expectProblem(await ctx.given.http().get('/api/nope'), 404).code).toBe('ROUTE_NOT_FOUND');
    expectProblem(await ctx.given.http().post('/api/journeys').send({}), 404);
    expectProblem(await ctx.given.http().get('/no-web-app-built'), 404);
  });

  it('answers ids that are not UUIDs with 400 on every route', async () => {
    for (const response of [
      await ctx.given.http().get('/api/journeys/not-a-uuid').set('Cookie', ctx.owner.cookie),
      await ctx.given.http().get("/api/journeys/1'%20OR%201=1").set('Cookie', ctx.owner.cookie),
      await ctx.given.http().patch('/api/journeys/123').set('Cookie', ctx.owner.cookie).send({ name: 'x' }),
      await ctx.given.http().delete('/api/journeys/xyz').set('Cookie', ctx.owner.cookie),
      await ctx.given.changes(ctx.owner, 'abc', []),
      await ctx.given.http().get('/api/workspaces/abc/journeys').set('Cookie', ctx.owner.cookie),
    ]) {
      expect(expectProblem(response, 400).code).toBe('VALIDATION_FAILED');
    }
  });

  it('never answers 500 to wrong types, huge strings or odd bodies', async () => {
    const stageId = (await ctx.given.graph(ctx.owner, journeyId)).stages[0]?.id ?? '';
    const bodies: unknown[] = [
      { ops: 'everything' },
      { ops: [null, 1, 'x', []] },
      { ops: { 0: {} } },
      { ops: [{ op: 'create', entity: 'touchpoint', id: randomUUID(), data: 'x' }] },
      { ops: [{ op: 'create', entity: 'touchpoint', id: randomUUID(), data: [] }] },
      { ops: [{ op: 'create', entity: 'touchpoint', id: randomUUID(), data: { ...createTouchpointData(stageId), title: 'x'.repeat(100_000) } }] },
      { ops: [{ op: 'create', entity: 'touchpoint', id: randomUUID(), data: { ...createTouchpointData(stageId), emotion: '1' } }] },
      { ops: [{ op: 'create', entity: 'touchpoint', id: randomUUID(), data: { ...createTouchpointData(stageId), position: 'here' } }] },
      { ops: [{ op: 'create', entity: 'touchpoint', id: randomUUID(), data: { ...createTouchpointData(stageId), position: { x: 1e308 * 10, y: 0 } } }] },
      { ops: [{ op: 'update', entity: 'stage', id: stageId, version: 1e20, data: {} }] },
      { ops: [{ op: 'update', entity: 'stage', id: stageId, version: '1', data: { order: 'first' } }] },
      [],
      'ops',
      42,
    ];
    for (const body of bodies) {
      const response = await ctx.given
        .http()
        .post(`/api/journeys/${journeyId}/changes`)
        .set('Cookie', ctx.owner.cookie)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expect([400, 413]).toContain(response.status);
      expectProblem(response, response.status);
    }
    const signup = await ctx.given
      .http()
      .post('/api/auth/signup')
      .send({ email: ['a@b.c'], password: { $ne: '' }, name: 'x'.repeat(50_000), workspaceName: 7 });
    expectProblem(signup, 400);
    // Sent as raw text: an object literal `{ __proto__: … }` sets the prototype and JSON.stringify drops it.
    const proto = await ctx.given
      .http()
      .post(`/api/journeys/${journeyId}/changes`)
      .set('Cookie', ctx.owner.cookie)
      .set('Content-Type', 'application/json')
      .send(`{"ops":[{"op":"create","entity":"stage","id":"${randomUUID()}","data":{"__proto__":{"polluted":true},"name":"x"}}]}`);
    expect(expectProblem(proto, 400).errors?.map((e) => e.path)).toEqual(['ops.0.data.__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const journey = await ctx.given
      .http()
      .post(`/api/workspaces/${ctx.owner.workspaceId}/journeys`)
      .set('Cookie', ctx.owner.cookie)
      .send({ name: 'x', template: 'awareness-to-nowhere' });
    expect(expectProblem(journey, 400).errors?.map((e) => e.path)).toEqual(['template']);
    const ok = await ctx.given.changes(ctx.owner, journeyId, [createTouchpoint(stageId)]);
    expect(ok.status).toBe(200);
  });

  it('answers a body that is not application/json with 415 on every write route, and changes nothing', async () => {
    const before = await ctx.given.graph(ctx.owner, journeyId);
    const routes = [
      ctx.given.http().post('/api/auth/login'),
      ctx.given.http().post('/api/auth/signup'),
      ctx.given.http().post(`/api/workspaces/${ctx.owner.workspaceId}/journeys`).set('Cookie', ctx.owner.cookie),
      ctx.given.http().patch(`/api/journeys/${journeyId}`).set('Cookie', ctx.owner.cookie),
      ctx.given.http().post(`/api/journeys/${journeyId}/changes`).set('Cookie', ctx.owner.cookie),
    ];
    const json = JSON.stringify({ ops: [], name: 'Renamed', template: 'blank', email: ctx.owner.email, password: ctx.owner.password });
    for (const route of routes) {
      const response = await route.set('Content-Type', 'text/plain').send(json);
      expect(expectProblem(response, 415).code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const form = await ctx.given.http().post('/api/auth/login').send(`email=${ctx.owner.email}&password=${ctx.owner.password}`);
    expectProblem(form, 415);
    const untyped = await ctx.given.http().patch(`/api/journeys/${journeyId}`).set('Cookie', ctx.owner.cookie).send(Buffer.from('{"name":"Renamed"}'));
    expect(untyped.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectProblem(untyped, 415);
    const latin1 = await ctx.given
      .http()
      .patch(`/api/journeys/${journeyId}`)
      .set('Cookie', ctx.owner.cookie)
      .set('Content-Type', 'application/json; charset=latin1')
      .send('{"name":"Renamed"}');
    expectProblem(latin1, 415);
    expect(await ctx.given.graph(ctx.owner, journeyId)).toEqual(before);
    // A POST without a body is not a media type problem.
    await ctx.given.http().post('/api/auth/logout').expect(401);
  });

  it('answers a method a path does not take with 405 and Allow, and OPTIONS with Allow', async () => {
    const put = await ctx.given.http().put(`/api/journeys/${journeyId}`).set('Cookie', ctx.owner.cookie).send({ name: 'x' });
    expect(expectProblem(put, 405).code).toBe('METHOD_NOT_ALLOWED');
    expect(put.headers['allow']).toBe('DELETE, GET, HEAD, PATCH');
    const getChanges = await ctx.given.http().get(`/api/journeys/${journeyId}/changes`).set('Cookie', ctx.owner.cookie);
    expectProblem(getChanges, 405);
    expect(getChanges.headers['allow']).toBe('POST');
    const options = await ctx.given.http().options('/api/auth/login');
    expect(options.status).toBe(204);
    expect(options.headers['allow']).toBe('POST');
    expect((await ctx.given.graph(ctx.owner, journeyId)).journey.name).toBe('Test journey');
    expectProblem(await ctx.given.http().put('/api/nothing-here'), 404);
  });

  it('sends security headers and a request id', async () => {
    const response = await ctx.given.http().get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes the OpenAPI document', async () => {
    const response = await ctx.given.http().get('/api/docs-json').expect(200);
    const document = response.body as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/auth/signup', '/api/journeys/{id}', '/api/journeys/{id}/changes', '/api/workspaces/{workspaceId}/journeys']),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['JourneyGraphResponseDto', 'ChangeResponseDto', 'MeResponseDto', 'ProblemDto']),
    );
  });
});

function createTouchpointData(stageId: string): Record<string, unknown> {
  const op = createTouchpoint(stageId);
  return op.op === 'create' ? { ...op.data } : {};
}
