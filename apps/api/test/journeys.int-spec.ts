import type { JourneyDto, JourneyGraph, JourneySummaryDto, Page, Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { useTestApp } from './support/test-app-context';
import { createTouchpoint } from './support/given';

describe('journeys', () => {
  const ctx = useTestApp({ owner: true });

  it.each([
    ['awareness-to-advocacy', ['Awareness', 'Discovery', 'Attraction', 'Interaction', 'Purchase', 'Use', 'Cultivation', 'Advocacy']],
    ['service-lifecycle', ['Purchase', 'Onboarding', 'Use', 'Renewal / repurchase']],
    ['blank', ['Stage 1']],
  ] as const)('creates a journey from the %s template with its stages', async (template, names) => {
    const response = await ctx.given
      .http()
      .post(`/api/workspaces/${ctx.owner.workspaceId}/journeys`)
      .set('Cookie', ctx.owner.cookie)
      .send({ name: `From ${template}`, description: 'd', template })
      .expect(201);
    const journey = response.body as JourneyDto;
    expect(journey).toMatchObject({
      workspaceId: ctx.owner.workspaceId,
      name: `From ${template}`,
      description: 'd',
      state: 'current',
      status: 'draft',
      personaId: null,
      revision: 1,
    });
    const graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.stages.map((s) => s.name)).toEqual(names);
    expect(graph.stages.map((s) => s.order)).toEqual(names.map((_, i) => i));
    expect(graph.stages.every((s) => s.version === 1)).toBe(true);
  });

  it('lists journeys of the workspace with stage and touchpoint counts', async () => {
    const user = await ctx.given.user();
    const { journey } = await ctx.given.journeyWithTouchpoints(user, 3);
    await ctx.given.journey(user, { template: 'service-lifecycle', name: 'Second' });
    const response = await ctx.given.http().get(`/api/workspaces/${user.workspaceId}/journeys`).set('Cookie', user.cookie).expect(200);
    const list = (response.body as Page<JourneySummaryDto>).items;
    expect(list).toHaveLength(2);
    const first = list.find((j) => j.id === journey.id);
    expect(first).toEqual({
      id: journey.id,
      workspaceId: user.workspaceId,
      name: 'Test journey',
      description: '',
      state: 'current',
      status: 'draft',
      revision: 2,
      stageCount: 1,
      touchpointCount: 3,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(list.find((j) => j.name === 'Second')).toMatchObject({ stageCount: 4, touchpointCount: 0 });
  });

  it('reads the graph with an ETag, answers 304 to a matching If-None-Match, and 200 once it changed', async () => {
    const { journey, stageId } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const sql = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const first = await ctx.given.http().get(`/api/journeys/${journey.id}`).set('Cookie', ctx.owner.cookie).expect(200);
    const selects = sql.mock.calls.map((call) => String(call[0])).filter((s) => /^\s*SELECT/i.test(s));
    sql.mockRestore();
    // Session, access, journey + persona, stages, touchpoints, links, the revision again: no N+1.
    expect(selects).toHaveLength(7);
    expect(first.headers['etag']).toBe(`"${journey.revision}"`);
    expect(first.headers['cache-control']).toBe('no-cache');
    const graph = first.body as JourneyGraph;
    expect(graph.journey.id).toBe(journey.id);
    expect(graph.persona).toBeNull();
    expect(graph.touchpoints).toHaveLength(2);
    expect(graph.touchpoints.find((t) => t.title === 'Touchpoint 0')).toEqual({
      id: expect.any(String),
      version: 1,
      stageId,
      title: 'Touchpoint 0',
      description: '',
      channel: 'email',
      interaction: 'marketing',
      ownerTeam: 'CRM',
      layer: 'frontstage',
      emotion: 1,
      position: { x: 0, y: 0 },
    });

    const notModified = await ctx.given
      .http()
      .get(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .set('If-None-Match', `"${journey.revision}"`)
      .expect(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers['etag']).toBe(`"${journey.revision}"`);

    await ctx.given.applied(ctx.owner, journey.id, [createTouchpoint(stageId)]);
    const changed = await ctx.given
      .http()
      .get(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .set('If-None-Match', `"${journey.revision}"`)
      .expect(200);
    expect(changed.headers['etag']).toBe(`"${journey.revision + 1}"`);
    expect((changed.body as JourneyGraph).touchpoints).toHaveLength(3);
  });

  it('reads the graph again on one snapshot when a change commits while its tables are being read', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const moved = touchpoints[0];
    if (!moved) throw new Error('no touchpoint');
    const db = ctx.app.get(DataSource);
    // The links are read last here: held up by a lock, while a move of a touchpoint commits.
    const blocker = db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    let reading: Promise<{ status: number; headers: Record<string, string>; body: unknown }>;
    try {
      await blocker.query('LOCK TABLE links IN ACCESS EXCLUSIVE MODE');
      reading = ctx.given
        .http()
        .get(`/api/journeys/${journey.id}`)
        .set('Cookie', ctx.owner.cookie)
        .then((response) => response);
      for (let waited = 0; ; waited += 20) {
        const [{ n }] = (await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM links%'`,
        )) as [{ n: number }];
        if (n > 0) break;
        if (waited > 10_000) throw new Error('the graph read never waited for the links');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await ctx.given.applied(ctx.owner, journey.id, [
        { op: 'update', entity: 'touchpoint', id: moved.id, version: moved.version, data: { position: { x: 500, y: 7 } } },
      ]);
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    const response = await reading;
    expect(response.status).toBe(200);
    const graph = response.body as JourneyGraph;
    // Not the revision the read began with next to content of the next one: the next one, whole.
    expect(graph.journey.revision).toBe(journey.revision + 1);
    expect(response.headers['etag']).toBe(`"${journey.revision + 1}"`);
    expect(graph.touchpoints.find((t) => t.id === moved.id)).toMatchObject({ version: moved.version + 1, position: { x: 500, y: 7 } });
    expect(graph.touchpoints).toHaveLength(2);
  });

  it('patches a journey, bumping its revision, honouring If-Match', async () => {
    const journey = await ctx.given.journey(ctx.owner);
    const patched = await ctx.given
      .http()
      .patch(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .set('If-Match', `"${journey.revision}"`)
      .send({ name: 'Renamed', state: 'future', status: 'published' })
      .expect(200);
    expect(patched.body).toMatchObject({ name: 'Renamed', state: 'future', status: 'published', revision: journey.revision + 1 });
    expect(patched.headers['etag']).toBe(`"${journey.revision + 1}"`);

    const stale = await ctx.given
      .http()
      .patch(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .set('If-Match', `"${journey.revision}"`)
      .send({ name: 'Lost update' })
      .expect(409);
    expect((stale.body as Problem).code).toBe('STALE_REVISION');
    expect((await ctx.given.graph(ctx.owner, journey.id)).journey.name).toBe('Renamed');

    // Without If-Match the last writer wins.
    await ctx.given.http().patch(`/api/journeys/${journey.id}`).set('Cookie', ctx.owner.cookie).send({ description: 'x' }).expect(200);
  });

  it('refuses invalid patches', async () => {
    const journey = await ctx.given.journey(ctx.owner);
    const response = await ctx.given
      .http()
      .patch(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .send({ name: null, state: 'past', revision: 99 })
      .expect(400);
    expect(new Set((response.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['name', 'state', 'revision']));
    await ctx.given
      .http()
      .patch(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .set('If-Match', 'garbage')
      .send({ name: 'x' })
      .expect(400);
  });

  it('refuses an empty patch without bumping the revision', async () => {
    const journey = await ctx.given.journey(ctx.owner);
    const response = await ctx.given.http().patch(`/api/journeys/${journey.id}`).set('Cookie', ctx.owner.cookie).send({}).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((response.body as Problem).code).toBe('VALIDATION_FAILED');
    expect((await ctx.given.graph(ctx.owner, journey.id)).journey.revision).toBe(journey.revision);
    // So the revision the client holds still passes If-Match.
    await ctx.given
      .http()
      .patch(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .set('If-Match', `"${journey.revision}"`)
      .send({ status: 'published' })
      .expect(200);
  });

  it('trims journey names and refuses blank ones', async () => {
    const created = await ctx.given
      .http()
      .post(`/api/workspaces/${ctx.owner.workspaceId}/journeys`)
      .set('Cookie', ctx.owner.cookie)
      .send({ name: '  Onboarding  ', template: 'blank' })
      .expect(201);
    const journey = created.body as JourneyDto;
    expect(journey.name).toBe('Onboarding');
    for (const name of ['', '   ', '\t\n']) {
      const create = await ctx.given
        .http()
        .post(`/api/workspaces/${ctx.owner.workspaceId}/journeys`)
        .set('Cookie', ctx.owner.cookie)
        .send({ name, template: 'blank' })
        .expect(400);
      expect((create.body as Problem).errors?.map((e) => e.path)).toEqual(['name']);
      const patch = await ctx.given.http().patch(`/api/journeys/${journey.id}`).set('Cookie', ctx.owner.cookie).send({ name }).expect(400);
      expect((patch.body as Problem).errors?.map((e) => e.path)).toEqual(['name']);
    }
    expect((await ctx.given.graph(ctx.owner, journey.id)).journey).toMatchObject({ name: 'Onboarding', revision: journey.revision });
  });

  it('deletes a journey with everything in it', async () => {
    const { journey } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    await ctx.given.http().delete(`/api/journeys/${journey.id}`).set('Cookie', ctx.owner.cookie).expect(204);
    await ctx.given.http().get(`/api/journeys/${journey.id}`).set('Cookie', ctx.owner.cookie).expect(404);
    await ctx.given.http().delete(`/api/journeys/${journey.id}`).set('Cookie', ctx.owner.cookie).expect(404);
  });

  it('lets viewers and commenters read but not write', async () => {
    const journey = await ctx.given.journey(ctx.owner);
    for (const role of ['viewer', 'commenter'] as const) {
      const reader = await ctx.given.user();
      await ctx.given.member(reader, ctx.owner.workspaceId, role);
      await ctx.given.http().get(`/api/journeys/${journey.id}`).set('Cookie', reader.cookie).expect(200);
      await ctx.given.http().get(`/api/workspaces/${ctx.owner.workspaceId}/journeys`).set('Cookie', reader.cookie).expect(200);
      const refused = await ctx.given
        .http()
        .patch(`/api/journeys/${journey.id}`)
        .set('Cookie', reader.cookie)
        .send({ name: 'x' })
        .expect(403);
      expect((refused.body as Problem).code).toBe('FORBIDDEN');
      await ctx.given.changes(reader, journey.id, []).expect(403);
      await ctx.given.http().delete(`/api/journeys/${journey.id}`).set('Cookie', reader.cookie).expect(403);
      await ctx.given
        .http()
        .post(`/api/workspaces/${ctx.owner.workspaceId}/journeys`)
        .set('Cookie', reader.cookie)
        .send({ name: 'x', template: 'blank' })
        .expect(403);
    }
    const editor = await ctx.given.user();
    await ctx.given.member(editor, ctx.owner.workspaceId, 'editor');
    await ctx.given.http().patch(`/api/journeys/${journey.id}`).set('Cookie', editor.cookie).send({ name: 'By editor' }).expect(200);
  });
});
