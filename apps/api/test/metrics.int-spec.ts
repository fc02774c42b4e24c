import { randomUUID } from 'node:crypto';
import { BUILT_IN_METRICS, type MetricAttachmentDto, type MetricDefinitionDto, type Problem } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';
import { createLink, createTouchpoint } from './support/given';

describe('metric catalog and attachments', () => {
  const ctx = useTestApp({ owner: true });

  const customMetric = {
    key: 'callback_kept',
    name: 'Callbacks kept',
    description: 'Promised callbacks made on time',
    family: 'operational',
    unit: 'percent',
    scale: { min: 0, max: 100 },
    direction: 'higher',
    kind: 'ratio',
    appliesTo: ['touchpoint'],
  };

  it('lists the built-in catalog, then the workspace’s own metrics, which only that workspace sees', async () => {
    const user = await ctx.given.user();
    const created = await ctx.given
      .http()
      .post(`/api/workspaces/${user.workspaceId}/metric-definitions`)
      .set('Cookie', user.cookie)
      .send(customMetric)
      .expect(201);
    expect(created.body).toEqual({
      ...customMetric,
      valuePooling: null,
      builtIn: false,
      computation: 'Summed numerators ÷ summed denominators × 100.',
      version: 1,
    });
    const list = (await ctx.given.http().get(`/api/workspaces/${user.workspaceId}/metric-definitions`).set('Cookie', user.cookie).expect(200))
      .body as MetricDefinitionDto[];
    expect(list.map((m) => m.key)).toEqual([...BUILT_IN_METRICS.map((m) => m.key), 'callback_kept']);
    expect(list.find((m) => m.key === 'nps')).toMatchObject({ family: 'quality', kind: 'nps', direction: 'higher', builtIn: true });
    const other = (await ctx.given.http().get(`/api/workspaces/${ctx.owner.workspaceId}/metric-definitions`).set('Cookie', ctx.owner.cookie).expect(200))
      .body as MetricDefinitionDto[];
    expect(other.map((m) => m.key)).not.toContain('callback_kept');
  });

  it('refuses a custom metric whose key is taken or whose fields do not fit together', async () => {
    const user = await ctx.given.user();
    const post = (body: object) => ctx.given.http().post(`/api/workspaces/${user.workspaceId}/metric-definitions`).set('Cookie', user.cookie).send(body);
    expect(((await post({ ...customMetric, key: 'nps' })).body as Problem).code).toBe('METRIC_KEY_TAKEN');
    await post(customMetric).expect(201);
    const again = await post(customMetric).expect(409);
    expect((again.body as Problem).code).toBe('METRIC_KEY_TAKEN');
    const bad = await post({ ...customMetric, key: 'Bad Key', kind: 'value', scale: { min: 5, max: 1 }, appliesTo: [] }).expect(400);
    expect((bad.body as Problem).errors?.map((e) => e.path).sort()).toEqual(['appliesTo', 'key']);
    const crossField = await post({ ...customMetric, key: 'volume_x', kind: 'value', scale: { min: 5, max: 1 } }).expect(400);
    expect((crossField.body as Problem).errors?.map((e) => e.path)).toEqual(['valuePooling', 'scale.max']);
  });

  it('attaches a metric to a touchpoint and to a link, and lists them without data yet', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const [a, b] = touchpoints;
    if (!a || !b) throw new Error('two touchpoints expected');
    const linkId = randomUUID();
    await ctx.given.applied(ctx.owner, journey.id, [createLink(a.id, b.id, { type: 'hand_off' }, linkId)]);
    const nps = await ctx.given.attach(ctx.owner, journey.id, { metric: 'nps', touchpointId: a.id, target: 40, warning: 20, isKey: true });
    expect(nps).toEqual({
      id: expect.any(String),
      journeyId: journey.id,
      metric: 'nps',
      touchpointId: a.id,
      linkId: null,
      target: 40,
      warning: 20,
      isKey: true,
      version: 1,
      health: 'no_data',
      latest: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const transfer = await ctx.given.attach(ctx.owner, journey.id, { metric: 'transfer_rate', linkId, target: 10, warning: 20 });
    expect(transfer).toMatchObject({ linkId, touchpointId: null, isKey: false });
    const list = (await ctx.given.http().get(`/api/journeys/${journey.id}/metrics`).set('Cookie', ctx.owner.cookie).expect(200)).body as MetricAttachmentDto[];
    expect(list.map((m) => [m.metric, m.health])).toEqual([
      ['nps', 'no_data'],
      ['transfer_rate', 'no_data'],
    ]);
  });

  it('refuses attachments that cannot be: twice the same, wrong element, unknown target or metric, thresholds the wrong way round', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const touchpointId = touchpoints[0]?.id ?? '';
    const post = (body: object) => ctx.given.http().post(`/api/journeys/${journey.id}/metrics`).set('Cookie', ctx.owner.cookie).send(body);
    await post({ metric: 'csat', touchpointId, target: 85, warning: 80 }).expect(201);
    expect(((await post({ metric: 'csat', touchpointId, target: 85, warning: 80 }).expect(409)).body as Problem).code).toBe('METRIC_ALREADY_ATTACHED');
    expect(((await post({ metric: 'transfer_rate', touchpointId, target: 5, warning: 10 }).expect(422)).body as Problem).code).toBe(
      'METRIC_NOT_FOR_TARGET',
    );
    expect(((await post({ metric: 'csat', touchpointId: randomUUID(), target: 85, warning: 80 }).expect(404)).body as Problem).code).toBe(
      'TOUCHPOINT_NOT_FOUND',
    );
    expect(((await post({ metric: 'transfer_rate', linkId: randomUUID(), target: 5, warning: 10 }).expect(404)).body as Problem).code).toBe(
      'LINK_NOT_FOUND',
    );
    expect(((await post({ metric: 'no_such_metric', touchpointId, target: 1, warning: 0 }).expect(404)).body as Problem).code).toBe(
      'METRIC_NOT_FOUND',
    );
    // AHT: lower is better, so the warning must lie above the target
    const reversed = await post({ metric: 'aht', touchpointId, target: 300, warning: 200 }).expect(400);
    expect((reversed.body as Problem).errors?.map((e) => e.path)).toEqual(['warning']);
    const both = await post({ metric: 'aht', touchpointId, linkId: randomUUID(), target: 300, warning: 360 }).expect(400);
    expect((both.body as Problem).errors?.map((e) => e.path)).toEqual(['touchpointId', 'linkId']);
    await post({ metric: 'aht', target: 300, warning: 360 }).expect(400);
  });

  it('changes thresholds with the version read, and answers 409 to a stale one without changing anything', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const attached = await ctx.given.attach(ctx.owner, journey.id, { metric: 'fcr', touchpointId: touchpoints[0]?.id ?? '', target: 75, warning: 65 });
    const url = `/api/journeys/${journey.id}/metrics/${attached.id}`;
    const updated = await ctx.given.http().patch(url).set('Cookie', ctx.owner.cookie).send({ version: 1, target: 80, isKey: true }).expect(200);
    expect(updated.body).toMatchObject({ target: 80, warning: 65, isKey: true, version: 2 });
    const stale = await ctx.given.http().patch(url).set('Cookie', ctx.owner.cookie).send({ version: 1, target: 90 }).expect(409);
    expect((stale.body as Problem).code).toBe('VERSION_CONFLICT');
    await ctx.given.http().patch(url).set('Cookie', ctx.owner.cookie).send({ version: 2 }).expect(400);
    await ctx.given.http().patch(url).set('Cookie', ctx.owner.cookie).send({ version: 2, warning: 85 }).expect(400);
    const list = (await ctx.given.http().get(`/api/journeys/${journey.id}/metrics`).set('Cookie', ctx.owner.cookie).expect(200)).body as MetricAttachmentDto[];
    expect(list[0]).toMatchObject({ target: 80, warning: 65, version: 2 });
  });

  it('detaches a metric, and the attachment goes when its touchpoint is deleted', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const [a, b] = touchpoints;
    if (!a || !b) throw new Error('two touchpoints expected');
    const first = await ctx.given.attach(ctx.owner, journey.id, { metric: 'csat', touchpointId: a.id, target: 85, warning: 80 });
    await ctx.given.attach(ctx.owner, journey.id, { metric: 'csat', touchpointId: b.id, target: 85, warning: 80 });
    await ctx.given.http().delete(`/api/journeys/${journey.id}/metrics/${first.id}`).set('Cookie', ctx.owner.cookie).expect(204);
    await ctx.given.http().delete(`/api/journeys/${journey.id}/metrics/${first.id}`).set('Cookie', ctx.owner.cookie).expect(404);
    await ctx.given.applied(ctx.owner, journey.id, [{ op: 'delete', entity: 'touchpoint', id: b.id, version: b.version }]);
    const list = (await ctx.given.http().get(`/api/journeys/${journey.id}/metrics`).set('Cookie', ctx.owner.cookie).expect(200)).body as unknown[];
    expect(list).toEqual([]);
  });

  it('lets viewers and commenters read but not change metrics (403)', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const touchpointId = touchpoints[0]?.id ?? '';
    const attached = await ctx.given.attach(ctx.owner, journey.id, { metric: 'csat', touchpointId, target: 85, warning: 80 });
    for (const role of ['viewer', 'commenter'] as const) {
      const member = await ctx.given.memberOf(ctx.owner, role);
      await ctx.given.http().get(`/api/journeys/${journey.id}/metrics`).set('Cookie', member.cookie).expect(200);
      await ctx.given.http().get(`/api/workspaces/${ctx.owner.workspaceId}/metric-definitions`).set('Cookie', member.cookie).expect(200);
      const writes = [
        ctx.given.http().post(`/api/workspaces/${ctx.owner.workspaceId}/metric-definitions`).set('Cookie', member.cookie).send({ ...customMetric, key: `k_${role}` }),
        ctx.given.http().post(`/api/journeys/${journey.id}/metrics`).set('Cookie', member.cookie).send({ metric: 'nps', touchpointId, target: 1, warning: 0 }),
        ctx.given.http().patch(`/api/journeys/${journey.id}/metrics/${attached.id}`).set('Cookie', member.cookie).send({ version: 1, target: 1 }),
        ctx.given.http().delete(`/api/journeys/${journey.id}/metrics/${attached.id}`).set('Cookie', member.cookie),
        ctx.given.measurements(member, journey.id, [{ attachmentId: attached.id, period: 'month', periodStart: '2025-01-01', ratings: [0, 0, 0, 1, 1] }]),
      ];
      for (const response of await Promise.all(writes)) {
        expect([role, response.status, (response.body as Problem).code]).toEqual([role, 403, 'FORBIDDEN']);
      }
    }
    const editor = await ctx.given.memberOf(ctx.owner, 'editor');
    await ctx.given.http().patch(`/api/journeys/${journey.id}/metrics/${attached.id}`).set('Cookie', editor.cookie).send({ version: 1, target: 90 }).expect(200);
  });

  it('answers 404 on every metric route for another workspace’s journey, attachment or catalog', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const attached = await ctx.given.attach(ctx.owner, journey.id, { metric: 'csat', touchpointId: touchpoints[0]?.id ?? '', target: 85, warning: 80 });
    const mallory = await ctx.given.user();
    const own = await ctx.given.journey(mallory);
    const responses = await Promise.all([
      ctx.given.http().get(`/api/workspaces/${ctx.owner.workspaceId}/metric-definitions`).set('Cookie', mallory.cookie),
      ctx.given.http().post(`/api/workspaces/${ctx.owner.workspaceId}/metric-definitions`).set('Cookie', mallory.cookie).send(customMetric),
      ctx.given.http().get(`/api/journeys/${journey.id}/metrics`).set('Cookie', mallory.cookie),
      ctx.given.http().post(`/api/journeys/${journey.id}/metrics`).set('Cookie', mallory.cookie).send({ metric: 'nps', touchpointId: touchpoints[0]?.id, target: 1, warning: 0 }),
      ctx.given.http().patch(`/api/journeys/${journey.id}/metrics/${attached.id}`).set('Cookie', mallory.cookie).send({ version: 1, target: 1 }),
      ctx.given.http().delete(`/api/journeys/${journey.id}/metrics/${attached.id}`).set('Cookie', mallory.cookie),
      ctx.given.http().get(`/api/journeys/${journey.id}/metrics/${attached.id}/measurements`).set('Cookie', mallory.cookie),
      ctx.given.http().get(`/api/journeys/${journey.id}/metrics/rollup?metric=csat&by=channel&from=2025-01-01&to=2025-12-31`).set('Cookie', mallory.cookie),
      ctx.given.measurements(mallory, journey.id, []),
      // Mallory's own journey, pointing at Alice's attachment or touchpoint:
      ctx.given.http().patch(`/api/journeys/${own.id}/metrics/${attached.id}`).set('Cookie', mallory.cookie).send({ version: 1, target: 1 }),
      ctx.given.http().post(`/api/journeys/${own.id}/metrics`).set('Cookie', mallory.cookie).send({ metric: 'nps', touchpointId: touchpoints[0]?.id, target: 1, warning: 0 }),
      ctx.given.measurements(mallory, own.id, [{ attachmentId: attached.id, period: 'month', periodStart: '2025-01-01', ratings: [0, 0, 0, 1, 1] }]),
    ]);
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: responses.length }, () => 404));
    const list = (await ctx.given.http().get(`/api/journeys/${journey.id}/metrics/${attached.id}/measurements`).set('Cookie', ctx.owner.cookie).expect(200))
      .body as unknown[];
    expect(list).toEqual([]);
  });

  it('keeps a touchpoint’s attachment in its own journey in the schema itself', async () => {
    const first = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const second = await ctx.given.journey(ctx.owner);
    const stage = (await ctx.given.graph(ctx.owner, second.id)).stages[0]?.id ?? '';
    await ctx.given.applied(ctx.owner, second.id, [createTouchpoint(stage)]);
    const { DataSource } = await import('typeorm');
    const insert = ctx.app
      .get(DataSource)
      .query(
        `INSERT INTO metric_attachments (workspace_id, journey_id, touchpoint_id, metric_key, kind, target, warning) VALUES ($1, $2, $3, 'nps', 'nps', 1, 0)`,
        [ctx.owner.workspaceId, second.id, first.touchpoints[0]?.id],
      );
    await expect(insert).rejects.toThrow(/metric_attachments_touchpoint_fkey/);
  });
});
