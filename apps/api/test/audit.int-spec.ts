import { randomUUID } from 'node:crypto';
import type { AuditEventDto, AuditFiltersResponse, AuditPage, ChangeOp, Problem, Role } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { createStage, createTouchpoint, type TestUser } from './support/given';

const NOT_OWNERS: Role[] = ['editor', 'commenter', 'viewer'];

describe('audit log', () => {
  const ctx = useTestApp();

  function auditCall(user: TestUser, query: Record<string, string | number> = {}, workspaceId = user.workspaceId) {
    return ctx.given.http().get(`/api/workspaces/${workspaceId}/audit`).query(query).set('Cookie', user.cookie);
  }

  async function page(user: TestUser, query: Record<string, string | number> = {}): Promise<AuditPage> {
    return (await auditCall(user, query).expect(200)).body as AuditPage;
  }

  /** Every event of the owner's workspace, newest first (one page of the largest size). */
  async function events(owner: TestUser, query: Record<string, string> = {}): Promise<AuditEventDto[]> {
    const result = await page(owner, { ...query, limit: 200 });
    expect(result.nextCursor).toBeNull();
    return result.items;
  }

  /** Runs `action` and returns the events it added to the owner's workspace: tests then expect exactly one. */
  async function recorded(owner: TestUser, action: () => Promise<unknown>): Promise<AuditEventDto[]> {
    const before = new Set((await events(owner)).map((event) => event.id));
    await action();
    return (await events(owner)).filter((event) => !before.has(event.id));
  }

  const asUser = (user: TestUser) => ({ kind: 'user', id: user.me.user.id, label: user.me.user.name });
  /** `member` acting in `owner`'s workspace (builders act in the user's own one). */
  const inWorkspaceOf = (owner: TestUser, member: TestUser): TestUser => ({ ...member, workspaceId: owner.workspaceId });

  describe('recording', () => {
    it('records the workspace a signup creates, by the new user', async () => {
      const ada = await ctx.given.user({ name: 'Ada Owner', workspaceName: 'Ada’s team' });
      expect(await events(ada)).toEqual([
        {
          id: expect.stringMatching(/^\d+$/),
          occurredAt: expect.any(String),
          actor: asUser(ada),
          action: 'workspace.created',
          journey: null,
          summary: 'Created the workspace “Ada’s team”',
          change: { name: 'Ada’s team' },
        },
      ]);
    });

    it('records creating and renaming a workspace, not a rename to the same name', async () => {
      const ada = await ctx.given.user();
      const created = (await ctx.given.http().post('/api/workspaces').set('Cookie', ada.cookie).send({ name: 'Second' }).expect(201)).body as {
        id: string;
      };
      const inSecond = { ...ada, workspaceId: created.id };
      expect((await events(inSecond)).map((e) => e.action)).toEqual(['workspace.created']);

      const renamed = await recorded(inSecond, () =>
        ctx.given.http().patch(`/api/workspaces/${created.id}`).set('Cookie', ada.cookie).send({ name: 'Renamed' }).expect(200),
      );
      expect(renamed).toEqual([
        expect.objectContaining({
          actor: asUser(ada),
          action: 'workspace.renamed',
          summary: 'Renamed the workspace from “Second” to “Renamed”',
          change: { before: { name: 'Second' }, after: { name: 'Renamed' } },
        }),
      ]);
      const same = await recorded(inSecond, () =>
        ctx.given.http().patch(`/api/workspaces/${created.id}`).set('Cookie', ada.cookie).send({ name: 'Renamed' }).expect(200),
      );
      expect(same).toEqual([]);
    });

    it('records a role change, a removal and a member leaving, each by who did it', async () => {
      const owner = await ctx.given.user();
      const eddie = await ctx.given.memberOf(owner, 'editor');
      const vic = await ctx.given.memberOf(owner, 'viewer');

      const promoted = await recorded(owner, () =>
        ctx.given.http().patch(`/api/workspaces/${owner.workspaceId}/members/${eddie.me.user.id}`).set('Cookie', owner.cookie).send({ role: 'owner' }).expect(200),
      );
      expect(promoted).toEqual([
        expect.objectContaining({
          actor: asUser(owner),
          action: 'member.role_changed',
          journey: null,
          change: expect.objectContaining({ userId: eddie.me.user.id, before: { role: 'editor' }, after: { role: 'owner' } }),
        }),
      ]);
      expect(promoted[0]?.summary).toBe(`Changed ${eddie.me.user.name}’s role from Editor to Owner`);

      const removed = await recorded(owner, () =>
        ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/members/${vic.me.user.id}`).set('Cookie', eddie.cookie).expect(204),
      );
      expect(removed).toEqual([
        expect.objectContaining({ actor: asUser(eddie), action: 'member.removed', change: expect.objectContaining({ userId: vic.me.user.id, role: 'viewer' }) }),
      ]);

      const left = await recorded(owner, () =>
        ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/members/${eddie.me.user.id}`).set('Cookie', eddie.cookie).expect(204),
      );
      expect(left).toEqual([expect.objectContaining({ actor: asUser(eddie), action: 'member.left', summary: 'Left the workspace (was Owner)' })]);
    });

    it('records nothing for a refused membership change (last owner)', async () => {
      const owner = await ctx.given.user();
      const refused = await recorded(owner, () =>
        ctx.given.http().patch(`/api/workspaces/${owner.workspaceId}/members/${owner.me.user.id}`).set('Cookie', owner.cookie).send({ role: 'viewer' }).expect(409),
      );
      expect(refused).toEqual([]);
    });

    it('records creating, revoking and accepting invitations', async () => {
      const owner = await ctx.given.user();
      const email = `inv-${randomUUID()}@example.test`;
      let token = '';
      let invitationId = '';
      const created = await recorded(owner, async () => {
        const invitation = await ctx.given.invitation(owner, email, 'editor');
        invitationId = invitation.invitation.id;
      });
      expect(created).toEqual([
        expect.objectContaining({
          actor: asUser(owner),
          action: 'invitation.created',
          summary: `Invited ${email} as Editor`,
          change: { invitationId, email, role: 'editor' },
        }),
      ]);

      const revoked = await recorded(owner, () =>
        ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/invitations/${invitationId}`).set('Cookie', owner.cookie).expect(204),
      );
      expect(revoked).toEqual([expect.objectContaining({ actor: asUser(owner), action: 'invitation.revoked', change: { invitationId, email, role: 'editor' } })]);
      const again = await recorded(owner, () =>
        ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/invitations/${invitationId}`).set('Cookie', owner.cookie).expect(404),
      );
      expect(again).toEqual([]);

      // Accepted by someone new: the actor is the account the acceptance creates.
      const accepted = await recorded(owner, async () => {
        token = (await ctx.given.invitation(owner, email, 'commenter')).token;
        await ctx.given.http().post(`/api/invitations/${token}/accept`).send({ name: 'Nina New', password: 'long enough pw' }).expect(200);
      });
      expect(accepted.map((e) => e.action)).toEqual(['invitation.accepted', 'invitation.created']);
      expect(accepted[0]).toMatchObject({
        actor: { kind: 'user', id: expect.any(String), label: 'Nina New' },
        summary: `Accepted the invitation for ${email} and joined as Commenter`,
      });

      // Accepted by a signed-in user.
      const sam = await ctx.given.user();
      const { token: samToken } = await ctx.given.invitation(owner, sam.email, 'viewer');
      const joined = await recorded(owner, () => ctx.given.http().post(`/api/invitations/${samToken}/accept`).set('Cookie', sam.cookie).send({}).expect(200));
      expect(joined).toEqual([expect.objectContaining({ actor: asUser(sam), action: 'invitation.accepted' })]);
    });

    it('records a journey’s creation from a template, rename, other edits and deletion; its history outlives it', async () => {
      const owner = await ctx.given.user();
      const editor = await ctx.given.memberOf(owner, 'editor');
      let journeyId = '';
      const created = await recorded(owner, async () => {
        journeyId = (await ctx.given.journey(inWorkspaceOf(owner, editor), { template: 'awareness-to-advocacy', name: 'Onboarding' })).id;
      });
      expect(created).toEqual([
        expect.objectContaining({
          actor: asUser(editor),
          action: 'journey.created',
          journey: { id: journeyId, name: 'Onboarding' },
          summary: 'Created the journey “Onboarding” from the Awareness to advocacy template',
          change: { template: 'awareness-to-advocacy', ops: expect.any(Array) },
        }),
      ]);
      expect((created[0]?.change?.['ops'] as ChangeOp[]).length).toBe(8);

      const renamed = await recorded(owner, () =>
        ctx.given.http().patch(`/api/journeys/${journeyId}`).set('Cookie', editor.cookie).send({ name: 'Signup' }).expect(200),
      );
      expect(renamed).toEqual([
        expect.objectContaining({
          action: 'journey.renamed',
          journey: { id: journeyId, name: 'Signup' },
          change: { before: { name: 'Onboarding' }, after: { name: 'Signup' } },
        }),
      ]);
      const published = await recorded(owner, () =>
        ctx.given.http().patch(`/api/journeys/${journeyId}`).set('Cookie', editor.cookie).send({ status: 'published' }).expect(200),
      );
      expect(published).toEqual([
        expect.objectContaining({ action: 'journey.updated', change: { before: { status: 'draft' }, after: { status: 'published' } } }),
      ]);

      const deleted = await recorded(owner, () => ctx.given.http().delete(`/api/journeys/${journeyId}`).set('Cookie', owner.cookie).expect(204));
      expect(deleted).toEqual([
        expect.objectContaining({ actor: asUser(owner), action: 'journey.deleted', journey: { id: journeyId, name: 'Signup' }, summary: 'Deleted the journey “Signup”' }),
      ]);
      expect((await events(owner, { journeyId })).map((e) => e.action)).toEqual(['journey.deleted', 'journey.updated', 'journey.renamed', 'journey.created']);
      const filters = (await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit/filters`).set('Cookie', owner.cookie).expect(200))
        .body as AuditFiltersResponse;
      expect(filters.journeys).toEqual([{ id: journeyId, name: 'Signup', exists: false }]);
    });

    it('records one event per /changes batch with its ops, and nothing for a refused batch', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner, { name: 'Checkout' });
      const stageId = (await ctx.given.graph(owner, journey.id)).stages[0]?.id ?? '';
      const ops = [createTouchpoint(stageId, { title: 'Pays' }), createTouchpoint(stageId, { title: 'Gets email' }), createStage({ name: 'Buy' })];
      const applied = await recorded(owner, () => ctx.given.applied(owner, journey.id, ops));
      expect(applied).toEqual([
        {
          id: expect.any(String),
          occurredAt: expect.any(String),
          actor: asUser(owner),
          action: 'journey.changed',
          journey: { id: journey.id, name: 'Checkout' },
          summary: 'Added stage “Buy” and 2 touchpoints',
          change: { ops },
        },
      ]);

      const touchpoint = (await ctx.given.graph(owner, journey.id)).touchpoints[0];
      if (!touchpoint) throw new Error('no touchpoint');
      const stale = { op: 'update', entity: 'touchpoint', id: touchpoint.id, version: touchpoint.version + 5, data: { title: 'Stale' } };
      const conflicted = await recorded(owner, () => ctx.given.changes(owner, journey.id, [createStage({ name: 'Never' }), stale]).expect(409));
      expect(conflicted).toEqual([]);
      const invalid = await recorded(owner, () => ctx.given.changes(owner, journey.id, [{ op: 'create', entity: 'stage', id: 'nope' }]).expect(400));
      expect(invalid).toEqual([]);
      const empty = await recorded(owner, () => ctx.given.applied(owner, journey.id, []));
      expect(empty).toEqual([]);
    });

    it('stores a big move compactly and gives back exactly its ops', async () => {
      const owner = await ctx.given.user();
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 300);
      const ops: ChangeOp[] = touchpoints.map((t, i) => ({
        op: 'update',
        entity: 'touchpoint',
        id: t.id,
        version: t.version,
        data: i === 7 ? { title: 'Renamed', emotion: -2 } : { position: { x: t.position.x + 0.5, y: 1000 - i } },
      }));
      const [event] = await recorded(owner, () => ctx.given.applied(owner, journey.id, ops));
      expect(event).toMatchObject({ action: 'journey.changed', summary: 'Edited touchpoint “Renamed”, moved 299 touchpoints', change: { ops } });
      // Three runs of columns (moves, the edit, moves), not 300 objects.
      const [row] = (await ctx.app
        .get(DataSource)
        .query(
          `SELECT json_array_length(change->'opRuns') AS runs, change->'ops' IS NOT NULL AS plain, pg_typeof(change)::text AS type
             FROM audit_events WHERE id = $1`,
          [event?.id],
        )) as { runs: number; plain: boolean; type: string }[];
      // Stored as json: written once, read whole, never queried inside (see the migration StoreAuditChangesAsJson).
      expect(row).toEqual({ runs: 3, plain: false, type: 'json' });
    });

    it('deletes a workspace’s events with it, and keeps a deleted user’s events with their name', async () => {
      const owner = await ctx.given.user();
      const eddie = await ctx.given.memberOf(owner, 'editor');
      await ctx.given.journey(inWorkspaceOf(owner, eddie), { name: 'By Eddie' });
      // Eddie owns the workspace his signup made: it goes first, or his account cannot.
      await ctx.given.http().delete(`/api/workspaces/${eddie.workspaceId}`).set('Cookie', eddie.cookie).expect(204);
      await ctx.given.http().delete('/api/account').set('Cookie', eddie.cookie).send({ password: eddie.password }).expect(204);
      const byEddie = await events(owner, { actorUserId: eddie.me.user.id });
      expect(byEddie).toEqual([expect.objectContaining({ action: 'journey.created', actor: asUser(eddie) })]);
      const filters = (await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit/filters`).set('Cookie', owner.cookie).expect(200))
        .body as AuditFiltersResponse;
      expect(filters.people).toEqual(expect.arrayContaining([{ id: eddie.me.user.id, name: eddie.me.user.name, member: false }]));

      const dataSource = ctx.app.get(DataSource);
      const count = async () =>
        ((await dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE workspace_id = $1`, [owner.workspaceId])) as { n: number }[])[0]?.n;
      expect(await count()).toBeGreaterThan(0);
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}`).set('Cookie', owner.cookie).expect(204);
      expect(await count()).toBe(0);
    });
  });

  describe('recording sharing, integrations, metrics and imports', () => {
    const asKey = (key: { id: string; name: string }) => ({ kind: 'api_key', id: key.id, label: key.name });

    it('records creating and revoking a share link on its journey, never its token', async () => {
      const owner = await ctx.given.user();
      const editor = await ctx.given.memberOf(owner, 'editor');
      const journey = await ctx.given.journey(owner, { name: 'Board pack' });
      const expiresAt = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString();
      let link = { id: '', token: '' };
      const created = await recorded(owner, async () => {
        link = await ctx.given.shareLink(inWorkspaceOf(owner, editor), journey.id, { label: 'Board', allowExport: false, expiresAt });
      });
      expect(created).toEqual([
        expect.objectContaining({
          actor: asUser(editor),
          action: 'share_link.created',
          journey: { id: journey.id, name: 'Board pack' },
          summary: `Created a share link “Board” (expires ${expiresAt.slice(0, 10)}, no exports)`,
          change: { shareLinkId: link.id, label: 'Board', allowExport: false, expiresAt },
        }),
      ]);
      expect(JSON.stringify(created)).not.toContain(link.token);

      const revoke = () => ctx.given.http().delete(`/api/journeys/${journey.id}/share-links/${link.id}`).set('Cookie', owner.cookie);
      const revoked = await recorded(owner, () => revoke().expect(204));
      expect(revoked).toEqual([
        expect.objectContaining({
          actor: asUser(owner),
          action: 'share_link.revoked',
          journey: { id: journey.id, name: 'Board pack' },
          summary: 'Revoked the share link “Board”',
          change: expect.objectContaining({ shareLinkId: link.id, label: 'Board' }),
        }),
      ]);
      expect(await recorded(owner, () => revoke().expect(404))).toEqual([]);
      expect((await events(owner, { journeyId: journey.id })).map((e) => e.action)).toEqual(['share_link.revoked', 'share_link.created', 'journey.created']);
    });

    it('records creating and revoking an API key with its name and scopes, never its secret', async () => {
      const owner = await ctx.given.user();
      let key = { apiKey: { id: '', name: '', prefix: '' }, secret: '' };
      const created = await recorded(owner, async () => {
        key = await ctx.given.apiKey(owner, ['read', 'ingest'], 'Survey sync');
      });
      expect(created).toEqual([
        expect.objectContaining({
          actor: asUser(owner),
          action: 'api_key.created',
          journey: null,
          summary: 'Created the API key “Survey sync” (scopes read, ingest)',
          change: { apiKeyId: key.apiKey.id, name: 'Survey sync', scopes: ['read', 'ingest'] },
        }),
      ]);
      expect(JSON.stringify(created)).not.toContain(key.secret);
      expect(JSON.stringify(created)).not.toContain(key.apiKey.prefix);

      const revoke = () => ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/api-keys/${key.apiKey.id}`).set('Cookie', owner.cookie);
      const revoked = await recorded(owner, () => revoke().expect(204));
      expect(revoked).toEqual([
        expect.objectContaining({ actor: asUser(owner), action: 'api_key.revoked', summary: 'Revoked the API key “Survey sync” (scopes read, ingest)' }),
      ]);
      expect(await recorded(owner, () => revoke().expect(404))).toEqual([]);
    });

    it('records a custom metric, and attaching, changing and detaching a metric with before/after', async () => {
      const owner = await ctx.given.user();
      const defined = await recorded(owner, () =>
        ctx.given
          .http()
          .post(`/api/workspaces/${owner.workspaceId}/metric-definitions`)
          .set('Cookie', owner.cookie)
          .send({ key: 'callback_kept', name: 'Callbacks kept', family: 'operational', unit: 'percent', direction: 'higher', kind: 'ratio', appliesTo: ['touchpoint'] })
          .expect(201),
      );
      expect(defined).toEqual([
        expect.objectContaining({
          actor: asUser(owner),
          action: 'metric_definition.created',
          journey: null,
          summary: 'Added the custom metric “Callbacks kept” (callback_kept) to the catalog',
          change: expect.objectContaining({ key: 'callback_kept', kind: 'ratio', appliesTo: ['touchpoint'] }),
        }),
      ]);

      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 1);
      const touchpointId = touchpoints[0]?.id ?? '';
      let attachmentId = '';
      const attached = await recorded(owner, async () => {
        attachmentId = (await ctx.given.attach(owner, journey.id, { metric: 'nps', touchpointId, target: 40, warning: 20 })).id;
      });
      expect(attached).toEqual([
        expect.objectContaining({
          actor: asUser(owner),
          action: 'metric.attached',
          journey: { id: journey.id, name: journey.name },
          summary: 'Attached Net Promoter Score (NPS) to the touchpoint “Touchpoint 0”: target 40, warning 20',
          change: { attachmentId, metric: 'nps', touchpointId, target: 40, warning: 20, isKey: false },
        }),
      ]);
      const duplicate = await recorded(owner, () =>
        ctx.given.http().post(`/api/journeys/${journey.id}/metrics`).set('Cookie', owner.cookie).send({ metric: 'nps', touchpointId, target: 40, warning: 20 }).expect(409),
      );
      expect(duplicate).toEqual([]);

      const patch = (body: object) => ctx.given.http().patch(`/api/journeys/${journey.id}/metrics/${attachmentId}`).set('Cookie', owner.cookie).send(body);
      const updated = await recorded(owner, () => patch({ version: 1, target: 45, isKey: true }).expect(200));
      expect(updated).toEqual([
        expect.objectContaining({
          action: 'metric.updated',
          summary: 'Changed Net Promoter Score (NPS) on the touchpoint “Touchpoint 0”: target 40 → 45, made it a key metric',
          change: { attachmentId, metric: 'nps', touchpointId, before: { target: 40, isKey: false }, after: { target: 45, isKey: true } },
        }),
      ]);
      expect(await recorded(owner, () => patch({ version: 2, target: 45 }).expect(200))).toEqual([]);
      expect(await recorded(owner, () => patch({ version: 1, target: 50 }).expect(409))).toEqual([]);
      expect(await recorded(owner, () => patch({ version: 3, warning: 60 }).expect(400))).toEqual([]);

      await ctx.given.measurements(owner, journey.id, [{ attachmentId, period: 'month', periodStart: '2025-01-01', promoters: 5, passives: 3, detractors: 2 }]).expect(200);
      const detached = await recorded(owner, () => ctx.given.http().delete(`/api/journeys/${journey.id}/metrics/${attachmentId}`).set('Cookie', owner.cookie).expect(204));
      expect(detached).toEqual([
        expect.objectContaining({
          action: 'metric.detached',
          journey: { id: journey.id, name: journey.name },
          summary: 'Detached Net Promoter Score (NPS) from the touchpoint “Touchpoint 0” and its 1 measurement',
          change: { attachmentId, metric: 'nps', touchpointId, target: 45, warning: 20, isKey: true, measurements: 1 },
        }),
      ]);
      expect(await recorded(owner, () => ctx.given.http().delete(`/api/journeys/${journey.id}/metrics/${attachmentId}`).set('Cookie', owner.cookie).expect(404))).toEqual([]);
    });

    it('records one event per measurement batch, by the API key that sent it; a rejected batch records nothing', async () => {
      const owner = await ctx.given.user();
      const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 2);
      const nps = await ctx.given.attach(owner, journey.id, { metric: 'nps', touchpointId: touchpoints[0]?.id ?? '', target: 40, warning: 20 });
      const csat = await ctx.given.attach(owner, journey.id, { metric: 'csat', touchpointId: touchpoints[1]?.id ?? '', target: 85, warning: 80 });
      const { apiKey, secret } = await ctx.given.apiKey(owner, ['ingest'], 'Survey tool');
      const ingest = (rows: unknown[]) =>
        ctx.given.http().post(`/api/journeys/${journey.id}/measurements`).set('Authorization', `Bearer ${secret}`).send({ rows });
      const npsRow = (periodStart: string, promoters = 5) => ({ attachmentId: nps.id, period: 'month', periodStart, promoters, passives: 3, detractors: 2 });
      const csatRow = { attachmentId: csat.id, period: 'week', periodStart: '2025-01-06', ratings: [1, 2, 3, 4, 5] };

      const batch = await recorded(owner, () => ingest([npsRow('2025-02-01'), npsRow('2025-01-01'), csatRow]).expect(200));
      expect(batch).toEqual([
        {
          id: expect.any(String),
          occurredAt: expect.any(String),
          actor: asKey(apiKey),
          action: 'measurements.recorded',
          journey: { id: journey.id, name: journey.name },
          summary: 'Recorded 3 measurements of Net Promoter Score (NPS) and Customer satisfaction (CSAT) for 2025-01-01 to 2025-02-01 (3 new)',
          change: {
            inserted: 3,
            updated: 0,
            groups: [
              { attachmentId: nps.id, metric: 'nps', period: 'month', from: '2025-01-01', to: '2025-02-01', rows: 2 },
              { attachmentId: csat.id, metric: 'csat', period: 'week', from: '2025-01-06', to: '2025-01-06', rows: 1 },
            ],
          },
        },
      ]);
      // Raw figures stay in the measurements table, not in the log.
      expect(JSON.stringify(batch[0]?.change)).not.toContain('promoters');

      const resent = await recorded(owner, () => ingest([npsRow('2025-01-01', 9)]).expect(200));
      expect(resent).toEqual([expect.objectContaining({ actor: asKey(apiKey), summary: 'Recorded 1 measurement of Net Promoter Score (NPS) for 2025-01-01 (1 replaced)' })]);

      const rejected = await recorded(owner, async () => {
        await ingest([npsRow('2025-03-01'), { ...csatRow, ratings: [1, 2] }]).expect(400);
        await ingest([npsRow('2025-03-01'), { ...csatRow, attachmentId: randomUUID() }]).expect(404);
        await ingest([npsRow('2025-03-15')]).expect(400);
      });
      expect(rejected).toEqual([]);
      expect(await recorded(owner, () => ingest([]).expect(200))).toEqual([]);

      // A member's batch is theirs.
      const byOwner = await recorded(owner, () => ctx.given.measurements(owner, journey.id, [npsRow('2025-04-01')]).expect(200));
      expect(byOwner).toEqual([expect.objectContaining({ actor: asUser(owner), action: 'measurements.recorded' })]);

      // The key is an actor to filter on, and stays one after it is revoked.
      const byKey = await events(owner, { actorApiKeyId: apiKey.id });
      expect(byKey.map((e) => e.summary)).toEqual([resent[0]?.summary, batch[0]?.summary]);
      const filtersOf = async () =>
        (await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit/filters`).set('Cookie', owner.cookie).expect(200)).body as AuditFiltersResponse;
      expect((await filtersOf()).apiKeys).toEqual([{ id: apiKey.id, name: 'Survey tool', active: true }]);
      expect((await filtersOf()).people.map((p) => p.id)).toEqual([owner.me.user.id]);
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/api-keys/${apiKey.id}`).set('Cookie', owner.cookie).expect(204);
      expect((await filtersOf()).apiKeys).toEqual([{ id: apiKey.id, name: 'Survey tool', active: false }]);

      const both = await auditCall(owner, { actorUserId: owner.me.user.id, actorApiKeyId: apiKey.id }).expect(400);
      expect((both.body as Problem).errors?.map((e) => e.path)).toEqual(['actorUserId', 'actorApiKeyId']);
    });

    it('records an imported journey as imported from its format, with its content', async () => {
      const owner = await ctx.given.user();
      const content = ['journey', '  title Returns', '  section Ask', '    Opens chat: 3: Me', '    Prints label: 2: Me'].join('\n');
      let journeyId = '';
      const imported = await recorded(owner, async () => {
        journeyId = ((await ctx.given.http().post(`/api/workspaces/${owner.workspaceId}/journeys/import`).set('Cookie', owner.cookie).send({ format: 'mermaid', content }).expect(201))
          .body as { id: string }).id;
      });
      expect(imported).toEqual([
        expect.objectContaining({
          actor: asUser(owner),
          action: 'journey.imported',
          journey: { id: journeyId, name: 'Returns' },
          summary: expect.stringMatching(/^Imported the journey “Returns” from a Mermaid journey: added stage “Ask” and 2 touchpoints/),
          change: { format: 'mermaid', ops: expect.any(Array) },
        }),
      ]);
      const refused = await recorded(owner, () =>
        ctx.given.http().post(`/api/workspaces/${owner.workspaceId}/journeys/import`).set('Cookie', owner.cookie).send({ format: 'mermaid', content: 'not a journey' }).expect(422),
      );
      expect(refused).toEqual([]);
    });
  });

  describe('reading', () => {
    it('filters by journey and by person, and lists the people and journeys to filter on', async () => {
      const owner = await ctx.given.user({ name: 'Olive Owner' });
      const editor = await ctx.given.memberOf(owner, 'editor');
      const first = await ctx.given.journey(owner, { name: 'First' });
      const second = await ctx.given.journey(inWorkspaceOf(owner, editor), { name: 'Second' });
      await ctx.given.applied(editor, first.id, [createStage({ name: 'By editor' })]);
      await ctx.given.applied(owner, second.id, [createStage({ name: 'By owner' })]);

      const ofFirst = await events(owner, { journeyId: first.id });
      expect(ofFirst.map((e) => [e.action, e.actor.id])).toEqual([
        ['journey.changed', editor.me.user.id],
        ['journey.created', owner.me.user.id],
      ]);
      const byEditor = await events(owner, { actorUserId: editor.me.user.id });
      expect(byEditor.map((e) => [e.action, e.journey?.name])).toEqual([
        ['journey.changed', 'First'],
        ['journey.created', 'Second'],
      ]);
      const both = await events(owner, { journeyId: second.id, actorUserId: editor.me.user.id });
      expect(both.map((e) => e.action)).toEqual(['journey.created']);
      expect(await events(owner, { journeyId: randomUUID() })).toEqual([]);

      const filters = (await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit/filters`).set('Cookie', owner.cookie).expect(200))
        .body as AuditFiltersResponse;
      expect(filters.people).toEqual(
        [
          { id: owner.me.user.id, name: 'Olive Owner', member: true },
          { id: editor.me.user.id, name: editor.me.user.name, member: true },
        ].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase())),
      );
      expect(filters.journeys).toEqual([
        { id: first.id, name: 'First', exists: true },
        { id: second.id, name: 'Second', exists: true },
      ]);
    });

    it('pages newest first, every event exactly once, while events keep arriving', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner, { name: 'Busy' });
      const stageId = (await ctx.given.graph(owner, journey.id)).stages[0]?.id ?? '';
      for (let i = 0; i < 9; i++) await ctx.given.applied(owner, journey.id, [createTouchpoint(stageId, { title: `T${i}` })]);
      const existing = (await events(owner)).map((e) => e.id);
      expect(existing).toHaveLength(11);

      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: Record<string, string | number> = cursor === null ? { limit: 4 } : { limit: 4, cursor };
        // Others keep writing while the owner pages: two batches at once, next to the page read.
        const [result] = await Promise.all([
          page(owner, query),
          ctx.given.applied(owner, journey.id, [createTouchpoint(stageId, { title: 'concurrent' })]),
          ctx.given.applied(owner, journey.id, [createStage({ name: 'concurrent' })]),
        ]);
        seen.push(...result.items.map((e) => e.id));
        cursor = result.nextCursor;
        pages += 1;
      } while (cursor !== null && pages < 20);

      // Every event that existed when paging began is seen exactly once, in the order it had then.
      expect(seen.filter((id) => existing.includes(id))).toEqual(existing);
      expect(new Set(seen).size).toBe(seen.length);
      const numeric = seen.map(BigInt);
      expect(numeric.every((id, i) => i === 0 || id < (numeric[i - 1] ?? 0n))).toBe(true);
    });

    it('defaults to 50, allows 200, refuses more and bad parameters with the field', async () => {
      const owner = await ctx.given.user();
      await ctx.given.journey(owner);
      const dataSource = ctx.app.get(DataSource);
      await dataSource.query(
        `INSERT INTO audit_events (workspace_id, actor_kind, actor_label, action, summary)
         SELECT $1, 'system', 'CXMap', 'journey.changed', 'bulk ' || n FROM generate_series(1, 210) AS n`,
        [owner.workspaceId],
      );
      const first = await page(owner);
      expect(first.items).toHaveLength(50);
      expect(first.nextCursor).toBe(first.items[49]?.id);
      expect(first.items[0]).toMatchObject({ actor: { kind: 'system', id: null, label: 'CXMap' }, summary: 'bulk 210' });
      const max = await page(owner, { limit: 200 });
      expect(max.items).toHaveLength(200);
      const rest = await page(owner, { limit: 200, cursor: max.nextCursor ?? '' });
      expect(rest.items).toHaveLength(212 - 200);
      expect(rest.nextCursor).toBeNull();

      for (const [query, path] of [
        [{ limit: 201 }, 'limit'],
        [{ limit: 0 }, 'limit'],
        [{ limit: 'ten' }, 'limit'],
        [{ cursor: 'abc' }, 'cursor'],
        [{ cursor: '-1' }, 'cursor'],
        [{ journeyId: 'not-a-uuid' }, 'journeyId'],
        [{ actorUserId: '42' }, 'actorUserId'],
        [{ extra: 'x' }, 'extra'],
      ] as const) {
        const response = await auditCall(owner, query).expect(400);
        expect([query, (response.body as Problem).errors?.map((e) => e.path)]).toEqual([query, [path]]);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    });

    it('is for owners only: other roles 403, other workspaces 404, anonymous 401', async () => {
      const owner = await ctx.given.user();
      const stranger = await ctx.given.user();
      for (const role of NOT_OWNERS) {
        const member = await ctx.given.memberOf(owner, role);
        const response = await auditCall(member, {}, owner.workspaceId).expect(403);
        expect((response.body as Problem).code).toBe('FORBIDDEN');
        await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit/filters`).set('Cookie', member.cookie).expect(403);
      }
      const foreign = await auditCall(stranger, {}, owner.workspaceId).expect(404);
      expect((foreign.body as Problem).code).toBe('WORKSPACE_NOT_FOUND');
      await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit/filters`).set('Cookie', stranger.cookie).expect(404);
      await auditCall(stranger, {}, randomUUID()).expect(404);
      await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit`).expect(401);
    });
  });
});
