import { randomUUID } from 'node:crypto';
import type { JourneySummaryDto, Page, Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { createLink, createStage, createTouchpoint, type TestUser } from './support/given';

describe('tenant isolation', () => {
  const ctx = useTestApp();
  let alice: TestUser;
  let mallory: TestUser;

  beforeAll(async () => {
    alice = await ctx.given.user({ workspaceName: 'Alice Inc' });
    mallory = await ctx.given.user({ workspaceName: 'Mallory Ltd' });
  });

  it('answers 404 on every journey route for a journey of another workspace, exactly like a missing one', async () => {
    const { journey, stageId } = await ctx.given.journeyWithTouchpoints(alice, 1);
    const missing = randomUUID();
    for (const id of [journey.id, missing]) {
      const responses = await Promise.all([
        ctx.given.http().get(`/api/journeys/${id}`).set('Cookie', mallory.cookie),
        ctx.given.http().patch(`/api/journeys/${id}`).set('Cookie', mallory.cookie).send({ name: 'pwned' }),
        ctx.given.http().delete(`/api/journeys/${id}`).set('Cookie', mallory.cookie),
        ctx.given.changes(mallory, id, [createTouchpoint(stageId)]),
      ]);
      for (const response of responses) {
        expect(response.status).toBe(404);
        expect(response.body).toEqual({
          type: 'urn:cxmap:problem:journey-not-found',
          title: 'Journey not found',
          status: 404,
          code: 'JOURNEY_NOT_FOUND',
        });
      }
    }
    const graph = await ctx.given.graph(alice, journey.id);
    expect(graph.journey.name).toBe('Test journey');
    expect(graph.touchpoints).toHaveLength(1);
  });

  it('answers 404 on workspace routes of a workspace the user is not a member of', async () => {
    await ctx.given.journey(alice);
    const list = await ctx.given.http().get(`/api/workspaces/${alice.workspaceId}/journeys`).set('Cookie', mallory.cookie).expect(404);
    expect((list.body as Problem).code).toBe('WORKSPACE_NOT_FOUND');
    await ctx.given
      .http()
      .post(`/api/workspaces/${alice.workspaceId}/journeys`)
      .set('Cookie', mallory.cookie)
      .send({ name: 'intruder', template: 'blank' })
      .expect(404);
    const own = await ctx.given.http().get(`/api/workspaces/${alice.workspaceId}/journeys`).set('Cookie', alice.cookie).expect(200);
    expect((own.body as Page<JourneySummaryDto>).items.map((j) => j.name)).not.toContain('intruder');
  });

  it('refuses a batch that points at another workspace’s touchpoint or stage, and applies nothing', async () => {
    const theirs = await ctx.given.journeyWithTouchpoints(alice, 1);
    const mine = await ctx.given.journeyWithTouchpoints(mallory, 1);
    const before = await ctx.given.graph(mallory, mine.journey.id);
    const response = await ctx.given
      .changes(mallory, mine.journey.id, [
        createTouchpoint(mine.stageId, { title: 'innocent' }),
        createLink(mine.touchpoints[0]?.id ?? '', theirs.touchpoints[0]?.id ?? ''),
      ])
      .expect(404);
    expect((response.body as Problem).errors).toEqual([{ path: 'ops.1.data.targetId', message: expect.any(String) }]);
    await ctx.given.changes(mallory, mine.journey.id, [createTouchpoint(theirs.stageId)]).expect(404);
    await ctx.given
      .changes(mallory, mine.journey.id, [{ op: 'delete', entity: 'touchpoint', id: theirs.touchpoints[0]?.id, version: 1 }])
      .expect(409);
    expect(await ctx.given.graph(mallory, mine.journey.id)).toEqual(before);
    expect((await ctx.given.graph(alice, theirs.journey.id)).touchpoints).toHaveLength(1);
  });

  it('lets two workspaces use the same client ids, each seeing only its own rows', async () => {
    const [stageId, touchpointA, touchpointB, linkId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const batch = (title: string) => [
      createStage({ name: `${title} stage` }, stageId),
      createTouchpoint(stageId, { title: `${title} A` }, touchpointA),
      createTouchpoint(stageId, { title: `${title} B` }, touchpointB),
      createLink(touchpointA, touchpointB, { label: title }, linkId),
    ];
    const alices = await ctx.given.journey(alice);
    await ctx.given.applied(alice, alices.id, batch('Alice'));
    // The same ids in another workspace: no 422 ID_TAKEN, which would tell Mallory they exist elsewhere.
    const mallorys = await ctx.given.journey(mallory);
    const response = await ctx.given.changes(mallory, mallorys.id, batch('Mallory')).expect(200);
    expect(response.body).toMatchObject({ results: [{ id: stageId, version: 1 }, { id: touchpointA }, { id: touchpointB }, { id: linkId }] });

    const update = (title: string) => [{ op: 'update' as const, entity: 'touchpoint' as const, id: touchpointA, version: 1, data: { title } }];
    await ctx.given.applied(mallory, mallorys.id, update('Mallory A, edited'));

    const seenByAlice = await ctx.given.graph(alice, alices.id);
    const seenByMallory = await ctx.given.graph(mallory, mallorys.id);
    expect(seenByAlice.stages.filter((s) => s.id === stageId).map((s) => s.name)).toEqual(['Alice stage']);
    const rows = (graph: typeof seenByAlice) =>
      graph.touchpoints.map((t) => [t.id, t.title, t.version]).sort((x, y) => String(x[1]).localeCompare(String(y[1])));
    expect(rows(seenByAlice)).toEqual([
      [touchpointA, 'Alice A', 1],
      [touchpointB, 'Alice B', 1],
    ]);
    expect(seenByAlice.links.map((l) => [l.id, l.label])).toEqual([[linkId, 'Alice']]);
    expect(rows(seenByMallory)).toEqual([
      [touchpointA, 'Mallory A, edited', 2],
      [touchpointB, 'Mallory B', 1],
    ]);

    // Deleting in one workspace leaves the other alone.
    await ctx.given.applied(mallory, mallorys.id, [{ op: 'delete', entity: 'stage', id: stageId, version: 1 }]);
    expect((await ctx.given.graph(mallory, mallorys.id)).touchpoints).toEqual([]);
    expect(await ctx.given.graph(alice, alices.id)).toEqual(seenByAlice);
  });

  it('keeps content rows in their journey’s workspace in the schema itself', async () => {
    const theirs = await ctx.given.journeyWithTouchpoints(alice, 1);
    const db = ctx.app.get(DataSource);
    // A row that names Mallory's workspace but Alice's journey and stage breaks the composite keys.
    await expect(
      db.query(
        `INSERT INTO touchpoints (workspace_id, journey_id, stage_id, title, channel, interaction, layer)
         VALUES ($1, $2, $3, 'smuggled', 'web', 'digital', 'customer')`,
        [mallory.workspaceId, theirs.journey.id, theirs.stageId],
      ),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
  });
});
