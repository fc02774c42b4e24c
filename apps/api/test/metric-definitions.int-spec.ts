import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AuditPage, MetricDefinitionDto, Problem } from '@cxmap/domain';
import { createTestApp } from './support/create-test-app';
import { Given, type TestUser } from './support/given';

describe('custom metric definitions: change and delete', () => {
  let app: NestExpressApplication;
  let given: Given;

  beforeAll(async () => {
    app = await createTestApp();
    given = new Given(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const metric = (key: string) => ({
    key,
    name: 'Callbacks kept',
    description: 'Promised callbacks made on time',
    family: 'operational',
    unit: 'percent',
    scale: { min: 0, max: 100 },
    direction: 'higher',
    kind: 'ratio',
    appliesTo: ['touchpoint'],
  });

  const path = (user: TestUser, key: string, workspaceId = user.workspaceId) => `/api/workspaces/${workspaceId}/metric-definitions/${key}`;
  const define = async (user: TestUser, key: string) =>
    given.http().post(`/api/workspaces/${user.workspaceId}/metric-definitions`).set('Cookie', user.cookie).send(metric(key)).expect(201);
  const patch = (user: TestUser, key: string, body: object, workspaceId = user.workspaceId) =>
    given.http().patch(path(user, key, workspaceId)).set('Cookie', user.cookie).send(body);
  const remove = (user: TestUser, key: string, workspaceId = user.workspaceId) => given.http().delete(path(user, key, workspaceId)).set('Cookie', user.cookie);
  const catalog = async (user: TestUser) =>
    (await given.http().get(`/api/workspaces/${user.workspaceId}/metric-definitions`).set('Cookie', user.cookie).expect(200)).body as MetricDefinitionDto[];
  const latestAudit = async (user: TestUser) =>
    ((await given.http().get(`/api/workspaces/${user.workspaceId}/audit`).query({ limit: 1 }).set('Cookie', user.cookie).expect(200)).body as AuditPage)
      .items[0];

  it('renames a custom metric and changes its description and family; the catalog and the audit log say so', async () => {
    const owner = await given.user();
    await define(owner, 'callback_kept');
    const renamed = await patch(owner, 'callback_kept', { name: '  Callbacks on time  ', description: 'Within the hour', family: 'quality' }).expect(200);
    expect(renamed.body).toMatchObject({ key: 'callback_kept', name: 'Callbacks on time', description: 'Within the hour', family: 'quality', kind: 'ratio' });
    expect((await catalog(owner)).find((m) => m.key === 'callback_kept')).toEqual(renamed.body);
    expect(await latestAudit(owner)).toMatchObject({
      action: 'metric_definition.updated',
      change: {
        key: 'callback_kept',
        before: { name: 'Callbacks kept', description: 'Promised callbacks made on time', family: 'operational' },
        after: { name: 'Callbacks on time', description: 'Within the hour', family: 'quality' },
      },
    });
  });

  it('keeps what the stored figures mean: kind, unit, scale, direction, pooling, targets and key are refused, and nothing changes', async () => {
    const owner = await given.user();
    await define(owner, 'callback_kept');
    for (const body of [{ kind: 'mean' }, { unit: 'count' }, { scale: null }, { direction: 'lower' }, { valuePooling: 'sum' }, { appliesTo: ['link'] }, { key: 'other' }]) {
      const response = await patch(owner, 'callback_kept', { name: 'Changed', ...body }).expect(400);
      expect((response.body as Problem).errors?.map((e) => e.path)).toEqual(Object.keys(body));
    }
    for (const body of [{}, { name: '' }, { name: 'x'.repeat(201) }, { family: 'spiritual' }, { description: 7 }, { name: null }]) {
      await patch(owner, 'callback_kept', body).expect(400);
    }
    expect((await catalog(owner)).find((m) => m.key === 'callback_kept')).toMatchObject(metric('callback_kept'));
  });

  it('refuses malformed keys (400), built-in ones (409 METRIC_BUILT_IN) and unknown ones (404)', async () => {
    const owner = await given.user();
    for (const key of ['NPS', 'x', 'a-b', '1abc', 'k'.repeat(49)]) {
      const response = await patch(owner, encodeURIComponent(key), { name: 'Renamed' }).expect(400);
      expect((response.body as Problem).errors?.[0]?.path).toBe('key');
      await remove(owner, encodeURIComponent(key)).expect(400);
    }
    for (const key of ['nps', 'csat']) {
      expect(((await patch(owner, key, { name: 'Mine now' }).expect(409)).body as Problem).code).toBe('METRIC_BUILT_IN');
      expect(((await remove(owner, key).expect(409)).body as Problem).code).toBe('METRIC_BUILT_IN');
    }
    expect(((await patch(owner, 'never_defined', { name: 'Renamed' }).expect(404)).body as Problem).code).toBe('METRIC_NOT_FOUND');
    expect(((await remove(owner, 'never_defined').expect(404)).body as Problem).code).toBe('METRIC_NOT_FOUND');
  });

  it('deletes an unattached custom metric (audited); an attached one is 409 METRIC_IN_USE naming how often, until detached', async () => {
    const owner = await given.user();
    await define(owner, 'callback_kept');
    const first = await given.journeyWithTouchpoints(owner, 2);
    const second = await given.journeyWithTouchpoints(owner, 1);
    const attachments = [
      await given.attach(owner, first.journey.id, { metric: 'callback_kept', touchpointId: first.touchpoints[0]?.id ?? '', target: 90, warning: 80 }),
      await given.attach(owner, first.journey.id, { metric: 'callback_kept', touchpointId: first.touchpoints[1]?.id ?? '', target: 90, warning: 80 }),
      await given.attach(owner, second.journey.id, { metric: 'callback_kept', touchpointId: second.touchpoints[0]?.id ?? '', target: 90, warning: 80 }),
    ];
    const refused = (await remove(owner, 'callback_kept').expect(409)).body as Problem;
    expect(refused).toMatchObject({ code: 'METRIC_IN_USE', detail: 'Callbacks kept is attached 3 times in 2 journeys; detach it there first.' });
    expect((await catalog(owner)).map((m) => m.key)).toContain('callback_kept');

    await given.http().delete(`/api/journeys/${first.journey.id}/metrics/${attachments[0]?.id}`).set('Cookie', owner.cookie).expect(204);
    await given.http().delete(`/api/journeys/${first.journey.id}/metrics/${attachments[1]?.id}`).set('Cookie', owner.cookie).expect(204);
    expect(((await remove(owner, 'callback_kept').expect(409)).body as Problem).detail).toBe(
      'Callbacks kept is attached 1 time in 1 journey; detach it there first.',
    );
    await given.http().delete(`/api/journeys/${second.journey.id}/metrics/${attachments[2]?.id}`).set('Cookie', owner.cookie).expect(204);
    await remove(owner, 'callback_kept').expect(204);
    expect((await catalog(owner)).map((m) => m.key)).not.toContain('callback_kept');
    expect(await latestAudit(owner)).toMatchObject({ action: 'metric_definition.deleted', change: { key: 'callback_kept', name: 'Callbacks kept' } });
    // Gone: it can neither be attached nor deleted again, and the key is free.
    const attach = await given
      .http()
      .post(`/api/journeys/${second.journey.id}/metrics`)
      .set('Cookie', owner.cookie)
      .send({ metric: 'callback_kept', touchpointId: second.touchpoints[0]?.id, target: 90, warning: 80 });
    expect([attach.status, (attach.body as Problem).code]).toEqual([404, 'METRIC_NOT_FOUND']);
    await remove(owner, 'callback_kept').expect(404);
    await define(owner, 'callback_kept');
  });

  it('lets editors change and delete custom metrics; commenters and viewers get 403 and nothing changes', async () => {
    const owner = await given.user();
    await define(owner, 'callback_kept');
    await define(owner, 'wait_time');
    for (const role of ['viewer', 'commenter'] as const) {
      const member = await given.memberOf(owner, role);
      expect(((await patch(member, 'callback_kept', { name: 'Nope' }, owner.workspaceId).expect(403)).body as Problem).code).toBe('FORBIDDEN');
      expect(((await remove(member, 'callback_kept', owner.workspaceId).expect(403)).body as Problem).code).toBe('FORBIDDEN');
    }
    expect((await catalog(owner)).find((m) => m.key === 'callback_kept')?.name).toBe('Callbacks kept');
    const editor = await given.memberOf(owner, 'editor');
    await patch(editor, 'callback_kept', { name: 'Edited by an editor' }, owner.workspaceId).expect(200);
    await remove(editor, 'wait_time', owner.workspaceId).expect(204);
  });

  it('answers 404 for another workspace’s metric, through its workspace or one’s own, and leaves it alone', async () => {
    const alice = await given.user();
    await define(alice, 'callback_kept');
    const mallory = await given.user();
    const responses = [
      await given.http().patch(path(alice, 'callback_kept')).set('Cookie', mallory.cookie).send({ name: 'Mine' }),
      await given.http().delete(path(alice, 'callback_kept')).set('Cookie', mallory.cookie),
      await patch(mallory, 'callback_kept', { name: 'Mine' }),
      await remove(mallory, 'callback_kept'),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect((await catalog(alice)).find((m) => m.key === 'callback_kept')?.name).toBe('Callbacks kept');
  });
});
