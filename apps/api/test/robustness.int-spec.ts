import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Problem } from '@cxmap/domain';
import { createTestApp } from './support/create-test-app';
import { Given, createTouchpoint, type TestUser } from './support/given';

function expectProblem(response: { status: number; headers: Record<string, string>; body: unknown }, status: number): Problem {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = response.body as Problem;
  expect(problem).toMatchObject({ type: expect.any(String), title: expect.any(String), status });
  expect(JSON.stringify(problem)).not.toMatch(/at \w+ \(|SELECT|INSERT|UPDATE|QueryFailed/);
  return problem;
}

describe('hostile and broken input', () => {
  let app: NestExpressApplication;
  let given: Given;
  let user: TestUser;
  let journeyId: string;

  beforeAll(async () => {
    app = await createTestApp();
    given = new Given(app);
    user = await given.user();
    journeyId = (await given.journey(user)).id;
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers malformed JSON with 400', async () => {
    const response = await given
      .http()
      .post(`/api/journeys/${journeyId}/changes`)
      .set('Cookie', user.cookie)
      .set('Content-Type', 'application/json')
      .send('{"ops": [');
    expect(expectProblem(response, 400).code).toBe('MALFORMED_JSON');
    const login = await given.http().post('/api/auth/login').set('Content-Type', 'application/json').send('nope');
    expectProblem(login, 400);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await given
      .http()
      .post(`/api/journeys/${journeyId}/changes`)
      .set('Cookie', user.cookie)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ ops: [], pad: 'x'.repeat(6 * 1024 * 1024) }));
    expect(expectProblem(response, 413).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers unknown routes with a 404 problem', async () => {
    expect(expectProblem(await given.http().get('/api/nope'), 404).code).toBe('ROUTE_NOT_FOUND');
    expectProblem(await given.http().post('/api/journeys').send({}), 404);
    expectProblem(await given.http().get('/no-web-app-built'), 404);
  });

  it('answers ids that are not UUIDs with 400 on every route', async () => {
    for (const response of [
      await given.http().get('/api/journeys/not-a-uuid').set('Cookie', user.cookie),
      await given.http().get("/api/journeys/1'%20OR%201=1").set('Cookie', user.cookie),
      await given.http().patch('/api/journeys/123').set('Cookie', user.cookie).send({ name: 'x' }),
      await given.http().delete('/api/journeys/xyz').set('Cookie', user.cookie),
      await given.changes(user, 'abc', []),
      await given.http().get('/api/workspaces/abc/journeys').set('Cookie', user.cookie),
    ]) {
      expect(expectProblem(response, 400).code).toBe('VALIDATION_FAILED');
    }
  });

  it('never answers 500 to wrong types, huge strings or odd bodies', async () => {
    const stageId = (await given.graph(user, journeyId)).stages[0]?.id ?? '';
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
      { ops: [{ op: 'create', entity: 'stage', id: randomUUID(), data: { __proto__: { polluted: true }, name: 'x' } }] },
      [],
      'ops',
      42,
    ];
    for (const body of bodies) {
      const response = await given
        .http()
        .post(`/api/journeys/${journeyId}/changes`)
        .set('Cookie', user.cookie)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expect([400, 413]).toContain(response.status);
      expectProblem(response, response.status);
    }
    const signup = await given
      .http()
      .post('/api/auth/signup')
      .send({ email: ['a@b.c'], password: { $ne: '' }, name: 'x'.repeat(50_000), workspaceName: 7 });
    expectProblem(signup, 400);
    const text = await given.http().post('/api/auth/login').set('Content-Type', 'text/plain').send('email=a');
    expectProblem(text, 400);
    const journey = await given
      .http()
      .post(`/api/workspaces/${user.workspaceId}/journeys`)
      .set('Cookie', user.cookie)
      .send({ name: 'x', template: 'awareness-to-nowhere' });
    expect(expectProblem(journey, 400).errors?.map((e) => e.path)).toEqual(['template']);
    const ok = await given.changes(user, journeyId, [createTouchpoint(stageId)]);
    expect(ok.status).toBe(200);
  });

  it('sends security headers and a request id', async () => {
    const response = await given.http().get('/api/health').expect(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes the OpenAPI document', async () => {
    const response = await given.http().get('/api/docs-json').expect(200);
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
