import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { JourneyEventMessage } from '@cxmap/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/create-test-app';
import { openStream, type OpenedStream } from './support/event-stream-client';
import { Given, createTouchpoint, type TestUser } from './support/given';

/**
 * Live journey changes across instances: two apps on the same database, as behind the compose
 * nginx. A change committed through instance A reaches a stream held open on instance B through
 * PostgreSQL LISTEN/NOTIFY; a refused batch reaches nobody.
 */
describe('journey change events (two instances)', () => {
  let a: NestExpressApplication;
  let b: NestExpressApplication;
  let given: Given;
  let baseB: string;
  const streams: OpenedStream[] = [];

  const listening = async (app: NestExpressApplication): Promise<string> => {
    await app.listen(0, '127.0.0.1');
    return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  };

  /** Waits until `app`'s metrics show `line` (the listener connects in the background). */
  const metricShows = async (app: NestExpressApplication, line: RegExp): Promise<void> => {
    for (;;) {
      const text = (await request(app.getHttpServer()).get('/api/metrics')).text;
      if (line.test(text)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  const open = async (path: string, user?: TestUser): Promise<OpenedStream> => {
    const stream = await openStream(`${baseB}/api${path}`, user ? { Cookie: user.cookie } : {});
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp();
    await listening(a);
    baseB = await listening(b);
    given = new Given(a);
    await Promise.all([a, b].map((app) => metricShows(app, /^journey_events_listener_connected 1$/m)));
  });

  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });

  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('delivers a change made through instance A to a stream on instance B, marked as someone else’s', async () => {
    const owner = await given.user();
    const viewer = await given.memberOf(owner, 'viewer');
    const { journey, stageId } = await given.journeyWithTouchpoints(owner, 1);
    const stream = await open(`/journeys/${journey.id}/events`, viewer);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);

    const { revision } = await given.applied(owner, journey.id, [createTouchpoint(stageId, { title: 'Live' })]);
    const event = await stream.next((e) => e.kind === 'graph');
    expect(event).toEqual<JourneyEventMessage>({ journeyId: journey.id, kind: 'graph', revision, own: false });
  });

  it('marks the caller’s own changes as own, so the tab that saved ignores its echo', async () => {
    const owner = await given.user();
    const { journey, stageId } = await given.journeyWithTouchpoints(owner, 1);
    const stream = await open(`/journeys/${journey.id}/events`, owner);
    const { revision } = await given.applied(owner, journey.id, [createTouchpoint(stageId)]);
    expect(await stream.next((e) => e.revision === revision)).toMatchObject({ kind: 'graph', own: true });
  });

  it('delivers nothing for a refused batch (409): the next event is the next committed change', async () => {
    const owner = await given.user();
    const editor = await given.memberOf(owner, 'editor');
    const { journey, stageId, touchpoints } = await given.journeyWithTouchpoints(owner, 1);
    const stream = await open(`/journeys/${journey.id}/events`, editor);
    const stale = { op: 'update', entity: 'touchpoint', id: touchpoints[0]?.id, version: 99, data: { title: 'Stale' } };
    await given.changes(owner, journey.id, [createTouchpoint(stageId), stale]).expect(409);

    const { revision } = await given.applied(owner, journey.id, [createTouchpoint(stageId, { title: 'After the conflict' })]);
    await stream.next((e) => e.revision === revision);
    expect(stream.events).toEqual([{ journeyId: journey.id, kind: 'graph', revision, own: false }]);
  });

  it('announces journey fields, metrics, annotations and deletion with their kind', async () => {
    const owner = await given.user();
    const viewer = await given.memberOf(owner, 'viewer');
    const { journey, touchpoints } = await given.journeyWithTouchpoints(owner, 1);
    const touchpointId = touchpoints[0]?.id ?? '';
    const stream = await open(`/journeys/${journey.id}/events`, viewer);

    await given.http().patch(`/api/journeys/${journey.id}`).set('Cookie', owner.cookie).send({ name: 'Renamed live' }).expect(200);
    await stream.next((e) => e.kind === 'journey');
    const attachment = await given.attach(owner, journey.id, { metric: 'nps', touchpointId, target: 40, warning: 10 });
    await stream.next((e) => e.kind === 'metrics');
    await given
      .measurements(owner, journey.id, [{ attachmentId: attachment.id, period: 'month', periodStart: '2026-01-01', promoters: 5, passives: 3, detractors: 2 }])
      .expect(200);
    await given
      .http()
      .post(`/api/journeys/${journey.id}/annotations`)
      .set('Cookie', owner.cookie)
      .send({ touchpointId, kind: 'pain_point', severity: 'high', title: 'Slow' })
      .expect(201);
    await stream.next((e) => e.kind === 'annotations');
    await given.http().delete(`/api/journeys/${journey.id}`).set('Cookie', owner.cookie).expect(204);
    expect(await stream.next((e) => e.kind === 'deleted')).toMatchObject({ revision: null, own: false });

    expect(stream.events.map((e) => e.kind)).toEqual(['journey', 'metrics', 'metrics', 'annotations', 'deleted']);
  });

  it('streams to a share link’s holder, and answers a dead token 404 like the page does', async () => {
    const owner = await given.user();
    const { journey, stageId } = await given.journeyWithTouchpoints(owner, 1);
    const link = await given.shareLink(owner, journey.id);
    const stream = await open(`/share/${link.token}/events`);
    expect(stream.status).toBe(200);
    const { revision } = await given.applied(owner, journey.id, [createTouchpoint(stageId)]);
    expect(await stream.next((e) => e.revision === revision)).toMatchObject({ kind: 'graph', own: false });

    const dead = await open(`/share/${'x'.repeat(43)}/events`);
    expect([dead.status, dead.contentType]).toEqual([404, 'application/problem+json; charset=utf-8']);
    expect(JSON.parse(dead.body)).toMatchObject({ code: 'SHARE_LINK_NOT_FOUND' });
  });

  it('answers another workspace’s journey 404, exactly like a missing one, and a stream without a session 401', async () => {
    const owner = await given.user();
    const stranger = await given.user();
    const journey = await given.journey(owner);
    const foreign = await open(`/journeys/${journey.id}/events`, stranger);
    const missing = await open(`/journeys/00000000-0000-4000-8000-000000000000/events`, stranger);
    expect([foreign.status, JSON.parse(foreign.body).code]).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect([missing.status, JSON.parse(missing.body).code]).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect((await open(`/journeys/${journey.id}/events`)).status).toBe(401);
  });

  it('reconnects the LISTEN connection when the database drops it, counts it, and delivers again', async () => {
    const owner = await given.user();
    const viewer = await given.memberOf(owner, 'viewer');
    const { journey, stageId } = await given.journeyWithTouchpoints(owner, 1);
    // Open before the drop: changes made while the listener was away are not replayed, so this stream
    // ends when the listener is back and its client reconnects and refetches.
    const before = await open(`/journeys/${journey.id}/events`, viewer);
    let endedBefore = false;
    void before.ended.then(() => (endedBefore = true));
    await a
      .get(DataSource)
      .query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cxmap-api-listen' AND datname = current_database()`);
    await metricShows(b, /^journey_events_listener_reconnects_total 1$/m);
    await metricShows(b, /^journey_events_listener_connected 1$/m);
    await before.ended;
    expect(endedBefore).toBe(true);

    const stream = await open(`/journeys/${journey.id}/events`, viewer);
    const { revision } = await given.applied(owner, journey.id, [createTouchpoint(stageId)]);
    expect(await stream.next((e) => e.revision === revision)).toMatchObject({ kind: 'graph' });
  });
});
