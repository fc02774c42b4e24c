import type { AuditPage, MetricDefinitionDto, Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import type { TestUser } from './support/given';

describe('custom metric definitions: change and delete', () => {
  const ctx = useTestApp();

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
    ctx.given.http().post(`/api/workspaces/${user.workspaceId}/metric-definitions`).set('Cookie', user.cookie).send(metric(key)).expect(201);
  const patch = (user: TestUser, key: string, body: object, workspaceId = user.workspaceId) =>
    ctx.given.http().patch(path(user, key, workspaceId)).set('Cookie', user.cookie).send(body);
  /** DELETE with `?version=` (1 unless given: what a fresh metric is at). */
  const remove = (user: TestUser, key: string, workspaceId = user.workspaceId, version: number | string = 1) =>
    ctx.given.http().delete(path(user, key, workspaceId)).query({ version: String(version) }).set('Cookie', user.cookie);
  const catalog = async (user: TestUser) =>
    (await ctx.given.http().get(`/api/workspaces/${user.workspaceId}/metric-definitions`).set('Cookie', user.cookie).expect(200)).body as MetricDefinitionDto[];
  const stored = async (user: TestUser, key: string) => (await catalog(user)).find((m) => m.key === key);
  const auditCount = async (user: TestUser) => {
    const [row] = (await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_events WHERE workspace_id = $1`, [user.workspaceId])) as [{ n: number }];
    return row.n;
  };
  const latestAudit = async (user: TestUser) =>
    ((await ctx.given.http().get(`/api/workspaces/${user.workspaceId}/audit`).query({ limit: 1 }).set('Cookie', user.cookie).expect(200)).body as AuditPage)
      .items[0];

  it('renames a custom metric and changes its description and family; the catalog and the audit log say so', async () => {
    const owner = await ctx.given.user();
    await define(owner, 'callback_kept');
    const renamed = await patch(owner, 'callback_kept', { version: 1, name: '  Callbacks on time  ', description: 'Within the hour', family: 'quality' }).expect(200);
    expect(renamed.body).toMatchObject({ key: 'callback_kept', name: 'Callbacks on time', description: 'Within the hour', family: 'quality', kind: 'ratio', version: 2 });
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

  it('counts versions: a new metric is at 1, built-ins stay at 1, each change raises it by one, even one that repeats the stored words', async () => {
    const owner = await ctx.given.user();
    expect((await define(owner, 'callback_kept')).body).toMatchObject({ key: 'callback_kept', version: 1 });
    expect((await catalog(owner)).filter((m) => m.builtIn).every((m) => m.version === 1)).toBe(true);
    expect((await patch(owner, 'callback_kept', { version: 1, name: 'Callbacks on time' }).expect(200)).body).toMatchObject({ version: 2 });
    expect((await patch(owner, 'callback_kept', { version: 2, family: 'quality' }).expect(200)).body).toMatchObject({ version: 3 });
    const audits = await auditCount(owner);
    expect((await patch(owner, 'callback_kept', { version: 3, family: 'quality' }).expect(200)).body).toMatchObject({ version: 4 });
    // Nothing changed in words, so nothing is audited; the version still moves (someone saved on top of it).
    expect(await auditCount(owner)).toBe(audits);
    expect(await stored(owner, 'callback_kept')).toMatchObject({ name: 'Callbacks on time', family: 'quality', version: 4 });
  });

  it('answers a stale version 409 VERSION_CONFLICT naming the current one; nothing is written or audited', async () => {
    const owner = await ctx.given.user();
    await define(owner, 'callback_kept');
    await patch(owner, 'callback_kept', { version: 1, name: 'Callbacks on time' }).expect(200);
    const before = await stored(owner, 'callback_kept');
    const audits = await auditCount(owner);
    for (const version of [1, 3, 2_147_483_647]) {
      const stale = (await patch(owner, 'callback_kept', { version, name: 'Overwritten', description: 'Lost', family: 'financial' }).expect(409)).body as Problem;
      expect(stale).toMatchObject({ status: 409, code: 'VERSION_CONFLICT', detail: 'The metric callback_kept is now at version 2; reload it and try again.' });
    }
    expect(await stored(owner, 'callback_kept')).toEqual(before);
    expect(before).toMatchObject({ name: 'Callbacks on time', description: 'Promised callbacks made on time', family: 'operational', version: 2 });
    expect(await auditCount(owner)).toBe(audits);
  });

  it('lets exactly one of two changes made on the same version through; the other is 409 and leaves the winner’s words', async () => {
    const owner = await ctx.given.user();
    const editor = await ctx.given.memberOf(owner, 'editor');
    await define(owner, 'callback_kept');
    const audits = await auditCount(owner);
    const [first, second] = await Promise.all([
      patch(owner, 'callback_kept', { version: 1, name: 'Named by the owner' }),
      patch(editor, 'callback_kept', { version: 1, name: 'Named by the editor' }, owner.workspaceId),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const [won, lost] = first.status === 200 ? [first, second] : [second, first];
    expect(won.body).toMatchObject({ version: 2 });
    expect(lost.body).toMatchObject({ code: 'VERSION_CONFLICT', detail: 'The metric callback_kept is now at version 2; reload it and try again.' });
    expect(await stored(owner, 'callback_kept')).toMatchObject({ name: (won.body as MetricDefinitionDto).name, version: 2 });
    expect(await auditCount(owner)).toBe(audits + 1);
  });

  it('keeps what the stored figures mean: kind, unit, scale, direction, pooling, targets and key are refused, and nothing changes', async () => {
    const owner = await ctx.given.user();
    await define(owner, 'callback_kept');
    for (const body of [{ kind: 'mean' }, { unit: 'count' }, { scale: null }, { direction: 'lower' }, { valuePooling: 'sum' }, { appliesTo: ['link'] }, { key: 'other' }]) {
      const response = await patch(owner, 'callback_kept', { version: 1, name: 'Changed', ...body }).expect(400);
      expect((response.body as Problem).errors?.map((e) => e.path)).toEqual(Object.keys(body));
    }
    const malformed = [
      {},
      { version: 1 },
      { name: '' },
      { version: 1, name: '' },
      { version: 1, name: 'x'.repeat(201) },
      { version: 1, family: 'spiritual' },
      { version: 1, description: 7 },
      { version: 1, name: null },
      { name: 'No version' },
      { version: 0, name: 'Zero' },
      { version: 1.5, name: 'Half' },
      { version: '1', name: 'Text' },
      { version: null, name: 'Null' },
    ];
    for (const body of malformed) {
      await patch(owner, 'callback_kept', body).expect(400);
    }
    expect(await stored(owner, 'callback_kept')).toMatchObject({ ...metric('callback_kept'), version: 1 });
  });

  it('refuses malformed keys (400), built-in ones (409 METRIC_BUILT_IN) and unknown ones (404)', async () => {
    const owner = await ctx.given.user();
    for (const key of ['NPS', 'x', 'a-b', '1abc', 'k'.repeat(49)]) {
      const response = await patch(owner, encodeURIComponent(key), { version: 1, name: 'Renamed' }).expect(400);
      expect((response.body as Problem).errors?.[0]?.path).toBe('key');
      await remove(owner, encodeURIComponent(key)).expect(400);
    }
    for (const key of ['nps', 'csat']) {
      expect(((await patch(owner, key, { version: 1, name: 'Mine now' }).expect(409)).body as Problem).code).toBe('METRIC_BUILT_IN');
      expect(((await remove(owner, key).expect(409)).body as Problem).code).toBe('METRIC_BUILT_IN');
    }
    expect(((await patch(owner, 'never_defined', { version: 1, name: 'Renamed' }).expect(404)).body as Problem).code).toBe('METRIC_NOT_FOUND');
    expect(((await remove(owner, 'never_defined').expect(404)).body as Problem).code).toBe('METRIC_NOT_FOUND');
  });

  it('deletes an unattached custom metric (audited); an attached one is 409 METRIC_IN_USE naming how often, until detached', async () => {
    const owner = await ctx.given.user();
    await define(owner, 'callback_kept');
    const first = await ctx.given.journeyWithTouchpoints(owner, 2);
    const second = await ctx.given.journeyWithTouchpoints(owner, 1);
    const attachments = [
      await ctx.given.attach(owner, first.journey.id, { metric: 'callback_kept', touchpointId: first.touchpoints[0]?.id ?? '', target: 90, warning: 80 }),
      await ctx.given.attach(owner, first.journey.id, { metric: 'callback_kept', touchpointId: first.touchpoints[1]?.id ?? '', target: 90, warning: 80 }),
      await ctx.given.attach(owner, second.journey.id, { metric: 'callback_kept', touchpointId: second.touchpoints[0]?.id ?? '', target: 90, warning: 80 }),
    ];
    const refused = (await remove(owner, 'callback_kept').expect(409)).body as Problem;
    expect(refused).toMatchObject({ code: 'METRIC_IN_USE', detail: 'Callbacks kept is attached 3 times in 2 journeys; detach it there first.' });
    expect((await catalog(owner)).map((m) => m.key)).toContain('callback_kept');

    await ctx.given.http().delete(`/api/journeys/${first.journey.id}/metrics/${attachments[0]?.id}`).set('Cookie', owner.cookie).expect(204);
    await ctx.given.http().delete(`/api/journeys/${first.journey.id}/metrics/${attachments[1]?.id}`).set('Cookie', owner.cookie).expect(204);
    expect(((await remove(owner, 'callback_kept').expect(409)).body as Problem).detail).toBe(
      'Callbacks kept is attached 1 time in 1 journey; detach it there first.',
    );
    await ctx.given.http().delete(`/api/journeys/${second.journey.id}/metrics/${attachments[2]?.id}`).set('Cookie', owner.cookie).expect(204);
    await remove(owner, 'callback_kept').expect(204);
    expect((await catalog(owner)).map((m) => m.key)).not.toContain('callback_kept');
    expect(await latestAudit(owner)).toMatchObject({ action: 'metric_definition.deleted', change: { key: 'callback_kept', name: 'Callbacks kept' } });
    // Gone: it can neither be attached nor deleted again, and the key is free.
    const attach = await ctx.given
      .http()
      .post(`/api/journeys/${second.journey.id}/metrics`)
      .set('Cookie', owner.cookie)
      .send({ metric: 'callback_kept', touchpointId: second.touchpoints[0]?.id, target: 90, warning: 80 });
    expect([attach.status, (attach.body as Problem).code]).toEqual([404, 'METRIC_NOT_FOUND']);
    await remove(owner, 'callback_kept').expect(404);
    await define(owner, 'callback_kept');
  });

  it('lets editors change and delete custom metrics; commenters and viewers get 403 and nothing changes', async () => {
    const owner = await ctx.given.user();
    await define(owner, 'callback_kept');
    await define(owner, 'wait_time');
    for (const role of ['viewer', 'commenter'] as const) {
      const member = await ctx.given.memberOf(owner, role);
      expect(((await patch(member, 'callback_kept', { version: 1, name: 'Nope' }, owner.workspaceId).expect(403)).body as Problem).code).toBe('FORBIDDEN');
      expect(((await remove(member, 'callback_kept', owner.workspaceId).expect(403)).body as Problem).code).toBe('FORBIDDEN');
    }
    expect((await catalog(owner)).find((m) => m.key === 'callback_kept')?.name).toBe('Callbacks kept');
    const editor = await ctx.given.memberOf(owner, 'editor');
    await patch(editor, 'callback_kept', { version: 1, name: 'Edited by an editor' }, owner.workspaceId).expect(200);
    await remove(editor, 'wait_time', owner.workspaceId).expect(204);
  });

  it('answers 404 for another workspace’s metric, through its workspace or one’s own, and leaves it alone', async () => {
    const alice = await ctx.given.user();
    await define(alice, 'callback_kept');
    const mallory = await ctx.given.user();
    const responses = [
      await ctx.given.http().patch(path(alice, 'callback_kept')).set('Cookie', mallory.cookie).send({ version: 1, name: 'Mine' }),
      await ctx.given.http().delete(path(alice, 'callback_kept')).query({ version: '1' }).set('Cookie', mallory.cookie),
      await patch(mallory, 'callback_kept', { version: 1, name: 'Mine' }),
      await remove(mallory, 'callback_kept'),
    ];
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect((await catalog(alice)).find((m) => m.key === 'callback_kept')?.name).toBe('Callbacks kept');
  });

  describe('DELETE takes the version the client last saw (?version=)', () => {
    it('a stale version is 409 VERSION_CONFLICT naming the current one; nothing is deleted or audited; the current one deletes', async () => {
      const owner = await ctx.given.user();
      await define(owner, 'callback_kept');
      await patch(owner, 'callback_kept', { version: 1, name: 'Callbacks kept on time' }).expect(200);
      const auditBefore = await latestAudit(owner);

      const stale = await remove(owner, 'callback_kept', owner.workspaceId, 1).expect(409);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect(stale.body as Problem).toMatchObject({ code: 'VERSION_CONFLICT', detail: 'The metric callback_kept is now at version 2; reload it and try again.' });
      expect(await stored(owner, 'callback_kept')).toMatchObject({ name: 'Callbacks kept on time', version: 2 });
      expect(await latestAudit(owner)).toEqual(auditBefore);

      // A version from the future is stale too.
      expect(((await remove(owner, 'callback_kept', owner.workspaceId, 3).expect(409)).body as Problem).code).toBe('VERSION_CONFLICT');
      await remove(owner, 'callback_kept', owner.workspaceId, 2).expect(204);
      expect(await stored(owner, 'callback_kept')).toBeUndefined();
    });

    it('of two concurrent deletes at one version, one wins (204) and the other is 404 or 409, never a second 204', async () => {
      const owner = await ctx.given.user();
      await define(owner, 'callback_kept');
      const both = await Promise.all([remove(owner, 'callback_kept'), remove(owner, 'callback_kept')]);
      const statuses = both.map((r) => r.status).sort();
      // The loser waits on the row lock, then finds the row gone: 404 METRIC_NOT_FOUND.
      expect(statuses).toEqual([204, 404]);
      expect(await stored(owner, 'callback_kept')).toBeUndefined();

      // A delete racing a rename: whichever locks first wins; the other sees the new state.
      await define(owner, 'wait_time');
      const [renamed, removed] = await Promise.all([patch(owner, 'wait_time', { version: 1, name: 'Renamed' }), remove(owner, 'wait_time')]);
      const outcome = [renamed.status, removed.status];
      expect([
        [200, 409],
        [404, 204],
      ]).toContainEqual(outcome);
      if (removed.status === 409) {
        expect((removed.body as Problem).code).toBe('VERSION_CONFLICT');
        expect(await stored(owner, 'wait_time')).toMatchObject({ name: 'Renamed', version: 2 });
      } else {
        expect(await stored(owner, 'wait_time')).toBeUndefined();
      }
    });

    it('a missing or invalid version is 400 problem+json naming `version`; nothing is deleted', async () => {
      const owner = await ctx.given.user();
      await define(owner, 'callback_kept');
      const missing = await ctx.given.http().delete(path(owner, 'callback_kept')).set('Cookie', owner.cookie).expect(400);
      expect(missing.headers['content-type']).toContain('application/problem+json');
      expect((missing.body as Problem).errors?.map((e) => e.path)).toEqual(['version']);
      for (const bad of ['', 'abc', '0', '-1', '1.5', '1e3x', '99999999999999999999', 'true']) {
        const response = await remove(owner, 'callback_kept', owner.workspaceId, bad);
        expect([bad, response.status]).toEqual([bad, 400]);
        expect((response.body as Problem).errors?.map((e) => e.path)).toEqual(['version']);
      }
      const repeated = await ctx.given.http().delete(`${path(owner, 'callback_kept')}?version=1&version=1`).set('Cookie', owner.cookie);
      expect(repeated.status).toBe(400);
      expect(await stored(owner, 'callback_kept')).toMatchObject({ version: 1 });
    });

    it('another workspace’s key is 404 whatever version is sent, and stays', async () => {
      const alice = await ctx.given.user();
      await define(alice, 'callback_kept');
      const mallory = await ctx.given.user();
      for (const version of [1, 2]) {
        // Through Alice's workspace (not Mallory's) and through Mallory's own (no such key there).
        expect((await remove(mallory, 'callback_kept', alice.workspaceId, version)).status).toBe(404);
        const own = await remove(mallory, 'callback_kept', mallory.workspaceId, version);
        expect([own.status, (own.body as Problem).code]).toEqual([404, 'METRIC_NOT_FOUND']);
      }
      expect(await stored(alice, 'callback_kept')).toMatchObject({ version: 1 });
    });
  });
});
