import { randomUUID } from 'node:crypto';
import { LIMITS } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { ChangeOp, ChangeResponse, Problem } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';
import { createLink, createStage, createTouchpoint } from './support/given';

describe('POST /journeys/:id/changes', () => {
  const ctx = useTestApp({ owner: true });

  it('creates, updates and deletes stages', async () => {
    const journey = await ctx.given.journey(ctx.owner);
    const stageId = randomUUID();
    const created = await ctx.given.applied(ctx.owner, journey.id, [createStage({ name: 'Onboarding', order: 1 }, stageId)]);
    expect(created).toEqual({ revision: journey.revision + 1, results: [{ entity: 'stage', id: stageId, version: 1 }] });

    const updated = await ctx.given.applied(ctx.owner, journey.id, [
      { op: 'update', entity: 'stage', id: stageId, version: 1, data: { name: 'Welcome', customerGoal: 'Feel at home' } },
    ]);
    expect(updated.results).toEqual([{ entity: 'stage', id: stageId, version: 2 }]);
    const stage = (await ctx.given.graph(ctx.owner, journey.id)).stages.find((s) => s.id === stageId);
    expect(stage).toEqual({ id: stageId, version: 2, name: 'Welcome', phase: 'custom', order: 1, customerGoal: 'Feel at home', description: '' });

    const deleted = await ctx.given.applied(ctx.owner, journey.id, [{ op: 'delete', entity: 'stage', id: stageId, version: 2 }]);
    expect(deleted).toEqual({ revision: journey.revision + 3, results: [{ entity: 'stage', id: stageId, version: null }] });
    expect((await ctx.given.graph(ctx.owner, journey.id)).stages.map((s) => s.id)).not.toContain(stageId);
  });

  it('creates two touchpoints and links them in one batch, then updates and deletes the link', async () => {
    const { journey, stageId } = await ctx.given.journeyWithTouchpoints(ctx.owner, 0);
    const [a, b, link] = [randomUUID(), randomUUID(), randomUUID()];
    const response = await ctx.given.applied(ctx.owner, journey.id, [
      createTouchpoint(stageId, { title: 'Ad' }, a),
      createTouchpoint(stageId, { title: 'Landing page', emotion: null, ownerTeam: null }, b),
      createLink(a, b, { type: 'leads_to', label: 'click' }, link),
    ]);
    expect(response.results.map((r) => r.version)).toEqual([1, 1, 1]);
    let graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.touchpoints.find((t) => t.id === b)).toMatchObject({ title: 'Landing page', emotion: null, ownerTeam: null });
    expect(graph.links).toEqual([{ id: link, version: 1, sourceId: a, targetId: b, type: 'leads_to', label: 'click' }]);

    await ctx.given.applied(ctx.owner, journey.id, [
      { op: 'update', entity: 'link', id: link, version: 1, data: { type: 'hand_off', label: null, sourceId: b, targetId: a } },
      { op: 'update', entity: 'touchpoint', id: a, version: 1, data: { emotion: -2, position: { x: -5.5, y: 12.25 } } },
    ]);
    graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.links[0]).toEqual({ id: link, version: 2, sourceId: b, targetId: a, type: 'hand_off', label: null });
    expect(graph.touchpoints.find((t) => t.id === a)).toMatchObject({ version: 2, emotion: -2, position: { x: -5.5, y: 12.25 }, title: 'Ad' });

    await ctx.given.applied(ctx.owner, journey.id, [{ op: 'delete', entity: 'link', id: link, version: 2 }]);
    graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.links).toEqual([]);
    expect(graph.touchpoints).toHaveLength(2);
  });

  it('cascades: deleting a touchpoint removes its links, deleting a stage removes its touchpoints and their links', async () => {
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 3);
    const [t0, t1, t2] = touchpoints.map((t) => t.id) as [string, string, string];
    const otherStage = randomUUID();
    const kept = randomUUID();
    const l01 = randomUUID();
    const l12 = randomUUID();
    const lKept = randomUUID();
    await ctx.given.applied(ctx.owner, journey.id, [
      createStage({ name: 'Other' }, otherStage),
      createTouchpoint(otherStage, { title: 'kept' }, kept),
      createLink(t0, t1, {}, l01),
      createLink(t1, t2, {}, l12),
      createLink(t2, kept, {}, lKept),
    ]);

    const afterTouchpoint = await ctx.given.applied(ctx.owner, journey.id, [{ op: 'delete', entity: 'touchpoint', id: t0, version: 1 }]);
    expect(afterTouchpoint.results).toEqual([{ entity: 'touchpoint', id: t0, version: null }]);
    let graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.links.map((l) => l.id).sort()).toEqual([l12, lKept].sort());

    await ctx.given.applied(ctx.owner, journey.id, [{ op: 'delete', entity: 'stage', id: stageId, version: 1 }]);
    graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.stages.map((s) => s.id)).toEqual([otherStage]);
    expect(graph.touchpoints.map((t) => t.id)).toEqual([kept]);
    expect(graph.links).toEqual([]);
  });

  it('keeps a touchpoint moved out of a stage that the same batch deletes', async () => {
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const [moved, dropped] = touchpoints as [(typeof touchpoints)[0], (typeof touchpoints)[0]];
    const target = randomUUID();
    await ctx.given.applied(ctx.owner, journey.id, [
      createStage({ name: 'Target' }, target),
      { op: 'update', entity: 'touchpoint', id: moved.id, version: 1, data: { stageId: target } },
      { op: 'delete', entity: 'stage', id: stageId, version: 1 },
    ]);
    const graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.touchpoints.map((t) => [t.id, t.stageId])).toEqual([[moved.id, target]]);
    expect(graph.touchpoints.map((t) => t.id)).not.toContain(dropped.id);
  });

  it('moves 2,000 touchpoints in one batch', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2000);
    expect(touchpoints).toHaveLength(2000);
    const ops: ChangeOp[] = touchpoints.map((t) => ({
      op: 'update',
      entity: 'touchpoint',
      id: t.id,
      version: t.version,
      data: { position: { x: t.position.x + 100, y: 50 } },
    }));
    const sql = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    const response = await ctx.given.applied(ctx.owner, journey.id, ops);
    const statements = sql.mock.calls.map((call) => String(call[0]));
    sql.mockRestore();
    // One UPDATE for all 2,000 rows; the whole request stays a handful of statements.
    expect(statements.filter((s) => /UPDATE touchpoints/.test(s))).toHaveLength(1);
    expect(statements.length).toBeLessThan(15);
    expect(response.results).toHaveLength(2000);
    expect(response.results.every((r) => r.version === 2)).toBe(true);
    const graph = await ctx.given.graph(ctx.owner, journey.id);
    const byId = new Map(touchpoints.map((t) => [t.id, t]));
    expect(graph.touchpoints.every((t) => t.position.x === (byId.get(t.id)?.position.x ?? NaN) + 100 && t.position.y === 50)).toBe(true);
    expect(graph.journey.revision).toBe(journey.revision + 1);
  });

  it('answers a stale version with 409, the current state, and applies nothing', async () => {
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const [a, b] = touchpoints as [(typeof touchpoints)[0], (typeof touchpoints)[0]];
    await ctx.given.applied(ctx.owner, journey.id, [{ op: 'update', entity: 'touchpoint', id: a.id, version: 1, data: { title: 'Theirs' } }]);
    const before = await ctx.given.graph(ctx.owner, journey.id);

    const vanished = randomUUID();
    const response = await ctx.given
      .changes(ctx.owner, journey.id, [
        createTouchpoint(stageId, { title: 'would be new' }),
        { op: 'update', entity: 'touchpoint', id: b.id, version: 1, data: { title: 'fine on its own' } },
        { op: 'update', entity: 'touchpoint', id: a.id, version: 1, data: { title: 'Mine' } },
        { op: 'delete', entity: 'link', id: vanished, version: 1 },
      ])
      .expect(409);
    const problem = response.body as Problem;
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problem.code).toBe('VERSION_CONFLICT');
    expect(problem.conflicts).toEqual([
      { index: 2, entity: 'touchpoint', id: a.id, current: expect.objectContaining({ id: a.id, version: 2, title: 'Theirs' }) },
      { index: 3, entity: 'link', id: vanished, current: null },
    ]);
    expect(await ctx.given.graph(ctx.owner, journey.id)).toEqual(before);
  });

  it('rolls a batch of moves back whole when one of them is stale, and names only that one', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 3);
    const [a, b, c] = touchpoints as [(typeof touchpoints)[0], (typeof touchpoints)[0], (typeof touchpoints)[0]];
    await ctx.given.applied(ctx.owner, journey.id, [{ op: 'update', entity: 'touchpoint', id: c.id, version: 1, data: { title: 'Theirs' } }]);
    const before = await ctx.given.graph(ctx.owner, journey.id);
    const move = (id: string, version: number): ChangeOp => ({ op: 'update', entity: 'touchpoint', id, version, data: { position: { x: 7, y: 7 } } });

    const response = await ctx.given.changes(ctx.owner, journey.id, [move(a.id, 1), move(b.id, 1), move(c.id, 1)]).expect(409);
    expect((response.body as Problem).conflicts).toEqual([
      { index: 2, entity: 'touchpoint', id: c.id, current: expect.objectContaining({ version: 2, title: 'Theirs' }) },
    ]);
    expect(await ctx.given.graph(ctx.owner, journey.id)).toEqual(before);

    // Mixed kinds and fields, and the same touchpoint twice (versions in sequence; results give the final one), all apply.
    const renamed = await ctx.given.applied(ctx.owner, journey.id, [
      move(a.id, 1),
      { op: 'update', entity: 'stage', id: before.stages[0]?.id ?? '', version: before.stages[0]?.version ?? 0, data: { name: 'Renamed' } },
      { op: 'update', entity: 'touchpoint', id: b.id, version: 1, data: { title: 'B', emotion: 2 } },
      move(c.id, 2),
      move(c.id, 3),
    ]);
    expect(renamed.results.map((r) => r.version)).toEqual([2, (before.stages[0]?.version ?? 0) + 1, 2, 4, 4]);
    const after = await ctx.given.graph(ctx.owner, journey.id);
    expect(after.stages[0]?.name).toBe('Renamed');
    expect(after.touchpoints.find((t) => t.id === b.id)).toMatchObject({ title: 'B', emotion: 2, position: b.position, version: 2 });
    expect(after.touchpoints.find((t) => t.id === c.id)).toMatchObject({ title: 'Theirs', position: { x: 7, y: 7 }, version: 4 });
    expect(after.journey.revision).toBe(before.journey.revision + 1);
  });

  it('answers 404 for references to entities outside the journey, and applies nothing', async () => {
    const mine = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const other = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const foreignTouchpoint = other.touchpoints[0]?.id ?? '';
    const before = await ctx.given.graph(ctx.owner, mine.journey.id);

    const response = await ctx.given
      .changes(ctx.owner, mine.journey.id, [
        createTouchpoint(mine.stageId),
        createLink(mine.touchpoints[0]?.id ?? '', foreignTouchpoint),
        createTouchpoint(other.stageId),
      ])
      .expect(404);
    const problem = response.body as Problem;
    expect(problem.code).toBe('TOUCHPOINT_NOT_FOUND');
    expect(problem.errors?.map((e) => e.path)).toEqual(['ops.1.data.targetId', 'ops.2.data.stageId']);
    expect(await ctx.given.graph(ctx.owner, mine.journey.id)).toEqual(before);

    const update = await ctx.given
      .changes(ctx.owner, mine.journey.id, [{ op: 'update', entity: 'touchpoint', id: foreignTouchpoint, version: 1, data: { title: 'x' } }])
      .expect(409);
    expect((update.body as Problem).conflicts).toEqual([{ index: 0, entity: 'touchpoint', id: foreignTouchpoint, current: null }]);
    expect((await ctx.given.graph(ctx.owner, other.journey.id)).touchpoints[0]?.title).toBe('Touchpoint 0');
  });

  it('answers 422 for duplicate ids, self links and duplicate links', async () => {
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const [a, b] = touchpoints.map((t) => t.id) as [string, string];
    const id = randomUUID();
    const duplicate = await ctx.given.changes(ctx.owner, journey.id, [createStage({}, id), createTouchpoint(stageId, {}, id)]).expect(422);
    expect(duplicate.body).toMatchObject({ code: 'DUPLICATE_ID', errors: [{ path: 'ops.1.id' }] });

    const self = await ctx.given.changes(ctx.owner, journey.id, [createLink(a, a)]).expect(422);
    expect(self.body).toMatchObject({ code: 'SELF_LINK', errors: [{ path: 'ops.0.data.targetId' }] });

    await ctx.given.applied(ctx.owner, journey.id, [createLink(a, b)]);
    const twice = await ctx.given.changes(ctx.owner, journey.id, [createLink(a, b)]).expect(422);
    expect((twice.body as Problem).code).toBe('DUPLICATE_LINK');
  });

  it('sees the rows a batch reaches indirectly: existing link ends, links of cascaded touchpoints, ids of any kind', async () => {
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 3);
    const [a, b, c] = touchpoints.map((t) => t.id) as [string, string, string];
    const [ab, abEscalation, bc] = [randomUUID(), randomUUID(), randomUUID()];
    await ctx.given.applied(ctx.owner, journey.id, [createLink(a, b, { type: 'leads_to' }, ab), createLink(a, b, { type: 'escalation' }, abEscalation), createLink(b, c, {}, bc)]);

    // Only the type changes: the duplicate is found through the ends the link already has.
    const sameType = await ctx.given.changes(ctx.owner, journey.id, [{ op: 'update', entity: 'link', id: abEscalation, version: 1, data: { type: 'leads_to' } }]).expect(422);
    expect(sameType.body).toMatchObject({ code: 'DUPLICATE_LINK', errors: [{ path: 'ops.0.data' }] });
    // A new id that an existing link holds.
    const taken = await ctx.given.changes(ctx.owner, journey.id, [createStage({}, bc)]).expect(422);
    expect(taken.body).toMatchObject({ code: 'DUPLICATE_ID', errors: [{ path: 'ops.0.id' }] });

    // A touchpoint moved into a stage that the same batch deletes goes with it, and so do its links.
    const doomed = randomUUID();
    const response = await ctx.given.applied(ctx.owner, journey.id, [
      createStage({ name: 'Doomed' }, doomed),
      { op: 'update', entity: 'touchpoint', id: c, version: 1, data: { stageId: doomed } },
      { op: 'delete', entity: 'stage', id: doomed, version: 1 },
    ]);
    expect(response.results.map((r) => r.version)).toEqual([null, null, null]);
    const graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.touchpoints.map((t) => t.id).sort()).toEqual([a, b].sort());
    expect(graph.links.map((l) => l.id).sort()).toEqual([ab, abEscalation].sort());
    expect(graph.stages.map((s) => s.id)).toContain(stageId);
  });

  it('answers 422, not 500, for a client id already used in another journey of the workspace', async () => {
    const theirs = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const takenId = theirs.touchpoints[0]?.id ?? '';
    const mine = await ctx.given.journeyWithTouchpoints(ctx.owner, 0);
    const before = await ctx.given.graph(ctx.owner, mine.journey.id);
    const response = await ctx.given
      .changes(ctx.owner, mine.journey.id, [createStage({ name: 'fresh' }), createTouchpoint(mine.stageId, {}, takenId), createStage({}, theirs.stageId)])
      .expect(422);
    const problem = response.body as Problem;
    expect(problem.code).toBe('ID_TAKEN');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['ops.1.id', 'ops.2.id']);
    expect(await ctx.given.graph(ctx.owner, mine.journey.id)).toEqual(before);
    expect((await ctx.given.graph(ctx.owner, theirs.journey.id)).touchpoints).toHaveLength(1);
  });

  it('answers 422 with the field path, not 409, when a batch changes what it removed earlier', async () => {
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const touchpointId = touchpoints[0]?.id ?? '';
    const before = await ctx.given.graph(ctx.owner, journey.id);
    const response = await ctx.given
      .changes(ctx.owner, journey.id, [
        { op: 'delete', entity: 'stage', id: stageId, version: 1 },
        { op: 'update', entity: 'stage', id: stageId, version: 1, data: { name: 'Back from the dead' } },
        { op: 'delete', entity: 'touchpoint', id: touchpointId, version: 1 },
      ])
      .expect(422);
    const problem = response.body as Problem;
    expect(problem.code).toBe('REMOVED_IN_BATCH');
    expect(problem.conflicts).toBeUndefined();
    expect(problem.errors?.map((e) => e.path)).toEqual(['ops.1.id', 'ops.2.id']);
    expect(await ctx.given.graph(ctx.owner, journey.id)).toEqual(before);
  });

  it('refuses an update that changes nothing and a delete with data, without bumping anything', async () => {
    const { journey, stageId } = await ctx.given.journeyWithTouchpoints(ctx.owner, 0);
    const before = await ctx.given.graph(ctx.owner, journey.id);
    const empty = await ctx.given.changes(ctx.owner, journey.id, [{ op: 'update', entity: 'stage', id: stageId, version: 1, data: {} }]).expect(400);
    expect((empty.body as Problem).errors).toEqual([{ path: 'ops.0.data', message: expect.any(String) }]);
    const withData = await ctx.given
      .changes(ctx.owner, journey.id, [{ op: 'delete', entity: 'stage', id: stageId, version: 1, data: { name: 'ignored?' } }])
      .expect(400);
    expect((withData.body as Problem).errors).toEqual([{ path: 'ops.0.data', message: expect.any(String) }]);
    expect(await ctx.given.graph(ctx.owner, journey.id)).toEqual(before);
    // The version the client holds is still good.
    await ctx.given.applied(ctx.owner, journey.id, [{ op: 'update', entity: 'stage', id: stageId, version: 1, data: { name: 'Renamed' } }]);
  });

  it('trims stage names and touchpoint titles and refuses blank ones', async () => {
    const { journey, stageId } = await ctx.given.journeyWithTouchpoints(ctx.owner, 0);
    const touchpointId = randomUUID();
    await ctx.given.applied(ctx.owner, journey.id, [
      { op: 'update', entity: 'stage', id: stageId, version: 1, data: { name: '  Padded  ' } },
      createTouchpoint(stageId, { title: '\tTitle ' }, touchpointId),
    ]);
    const graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.stages[0]?.name).toBe('Padded');
    expect(graph.touchpoints[0]?.title).toBe('Title');
    const blank = await ctx.given
      .changes(ctx.owner, journey.id, [
        createStage({ name: '' }),
        createStage({ name: '   ' }),
        createTouchpoint(stageId, { title: '' }),
        { op: 'update', entity: 'touchpoint', id: touchpointId, version: 1, data: { title: ' ' } },
      ])
      .expect(400);
    expect((blank.body as Problem).errors?.map((e) => e.path)).toEqual([
      'ops.0.data.name',
      'ops.1.data.name',
      'ops.2.data.title',
      'ops.3.data.title',
    ]);
    expect(await ctx.given.graph(ctx.owner, journey.id)).toEqual(graph);
  });

  it('reports a self link made by moving its source at data.sourceId', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const [a, b] = touchpoints.map((t) => t.id) as [string, string];
    const link = randomUUID();
    await ctx.given.applied(ctx.owner, journey.id, [createLink(a, b, {}, link)]);
    const bySource = await ctx.given.changes(ctx.owner, journey.id, [{ op: 'update', entity: 'link', id: link, version: 1, data: { sourceId: b } }]).expect(422);
    expect(bySource.body).toMatchObject({ code: 'SELF_LINK', errors: [{ path: 'ops.0.data.sourceId' }] });
    const byTarget = await ctx.given.changes(ctx.owner, journey.id, [{ op: 'update', entity: 'link', id: link, version: 1, data: { targetId: a } }]).expect(422);
    expect(byTarget.body).toMatchObject({ code: 'SELF_LINK', errors: [{ path: 'ops.0.data.targetId' }] });
  });

  it('refuses growing a journey past its touchpoint and link limits with 422', async () => {
    const { journey, stageId } = await ctx.given.journeyWithTouchpoints(ctx.owner, 0);
    const scope = { workspaceId: ctx.owner.workspaceId, journeyId: journey.id, stageId };
    const db = ctx.app.get(DataSource);
    // Fill up to the limits in SQL (through the API this would take minutes): 101 touchpoints give
    // 10,100 ordered pairs, enough for LIMITS.linksPerJourneyMax distinct links.
    await db.query(
      `INSERT INTO touchpoints (workspace_id, journey_id, stage_id, title, channel, interaction, layer)
       SELECT $1, $2, $3, 'tp ' || n, 'web', 'digital', 'customer' FROM generate_series(1, $4::int) AS n`,
      [scope.workspaceId, scope.journeyId, scope.stageId, LIMITS.touchpointsPerJourneyMax],
    );
    const graph = await ctx.given.graph(ctx.owner, journey.id);
    expect(graph.touchpoints).toHaveLength(LIMITS.touchpointsPerJourneyMax);
    const moreTouchpoints = await ctx.given.changes(ctx.owner, journey.id, [createTouchpoint(stageId)]).expect(422);
    expect(moreTouchpoints.body).toMatchObject({ code: 'TOO_MANY_TOUCHPOINTS', detail: expect.stringContaining(String(LIMITS.touchpointsPerJourneyMax)) });

    await db.query(
      `INSERT INTO links (workspace_id, journey_id, source_id, target_id, type)
       SELECT $1, $2, s.id, t.id, 'leads_to'
         FROM (SELECT id FROM touchpoints WHERE journey_id = $2 ORDER BY id LIMIT 101) s
         JOIN (SELECT id FROM touchpoints WHERE journey_id = $2 ORDER BY id LIMIT 101) t ON s.id <> t.id
        LIMIT $3::int`,
      [scope.workspaceId, scope.journeyId, LIMITS.linksPerJourneyMax],
    );
    const [a, b] = graph.touchpoints.slice(-2).map((t) => t.id) as [string, string];
    const moreLinks = await ctx.given.changes(ctx.owner, journey.id, [createLink(a, b, { type: 'escalation' })]).expect(422);
    expect(moreLinks.body).toMatchObject({ code: 'TOO_MANY_LINKS', detail: expect.stringContaining(String(LIMITS.linksPerJourneyMax)) });
    // At the limit the journey still takes edits that do not grow it.
    const first = graph.touchpoints[0];
    await ctx.given.applied(ctx.owner, journey.id, [{ op: 'update', entity: 'touchpoint', id: first?.id ?? '', version: 1, data: { title: 'still editable' } }]);
  });

  it('validates data against the entity with field paths', async () => {
    const { journey, stageId } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const response = await ctx.given
      .changes(ctx.owner, journey.id, [
        createTouchpoint(stageId, { emotion: 5 }),
        { op: 'create', entity: 'stage', id: randomUUID(), data: { name: 'no phase' } },
        { op: 'update', entity: 'touchpoint', id: randomUUID(), version: 1, data: { channel: 'fax', hacked: true } },
        { op: 'update', entity: 'link', id: 'nope', version: 1, data: {} },
        { op: 'delete', entity: 'stage', id: randomUUID() },
        createTouchpoint(stageId, { position: { x: LIMITS.coordinateMax + 1, y: 0 } }),
      ])
      .expect(400);
    const paths = new Set((response.body as Problem).errors?.map((e) => e.path));
    expect(paths).toEqual(
      new Set([
        'ops.0.data.emotion',
        'ops.1.data.phase',
        'ops.1.data.order',
        'ops.1.data.customerGoal',
        'ops.1.data.description',
        'ops.2.data.channel',
        'ops.2.data.hacked',
        'ops.3.data',
        'ops.3.id',
        'ops.4.version',
        'ops.5.data.position.x',
      ]),
    );
    await ctx.given.changes(ctx.owner, journey.id, []).expect(200);
    const unknownTop = await ctx.given.http().post(`/api/journeys/${journey.id}/changes`).set('Cookie', ctx.owner.cookie).send({ ops: [], extra: 1 }).expect(400);
    expect((unknownTop.body as Problem).errors).toEqual([{ path: 'extra', message: 'unknown property' }]);
  });

  it('refuses a batch over the size limit with 413', async () => {
    const journey = await ctx.given.journey(ctx.owner);
    const ops = Array.from({ length: LIMITS.opsPerBatchMax + 1 }, () => ({ op: 'delete', entity: 'stage', id: randomUUID(), version: 1 }));
    const response = await ctx.given.changes(ctx.owner, journey.id, ops).expect(413);
    expect((response.body as Problem).code).toBe('BATCH_TOO_LARGE');
  });

  it('returns the new revision and bumps it once per batch', async () => {
    const journey = await ctx.given.journey(ctx.owner);
    const stage = (await ctx.given.graph(ctx.owner, journey.id)).stages[0]?.id ?? '';
    const response = await ctx.given.changes(ctx.owner, journey.id, [createTouchpoint(stage), createTouchpoint(stage)]).expect(200);
    expect((response.body as ChangeResponse).revision).toBe(journey.revision + 1);
  });
});
