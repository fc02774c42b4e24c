import { createHash, randomUUID } from 'node:crypto';
import type {
  AcceptInvitationResponse,
  InvitationDto,
  InvitationPreviewDto,
  MeResponse,
  Problem,
  Role,
  Page,
} from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { sessionCookie, type TestUser } from './support/given';

const NOT_OWNERS: Role[] = ['editor', 'commenter', 'viewer'];
const DAY_MS = 24 * 60 * 60 * 1000;

function newEmail(): string {
  return `invitee-${randomUUID()}@example.test`;
}

describe('invitations', () => {
  const ctx = useTestApp();
  let db: DataSource;

  beforeAll(async () => {
    db = ctx.app.get(DataSource);
  });

  const preview = (token: string) => ctx.given.http().get(`/api/invitations/${token}`);
  const accept = (token: string, body: object = {}, cookie?: string) => {
    const call = ctx.given.http().post(`/api/invitations/${token}/accept`);
    return cookie ? call.set('Cookie', cookie).send(body) : call.send(body);
  };
  const pending = async (owner: TestUser): Promise<InvitationDto[]> =>
    ((await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/invitations`).set('Cookie', owner.cookie).expect(200)).body as Page<InvitationDto>).items;

  function expectUnknownLink(response: { status: number; body: unknown }): void {
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      type: 'urn:cxmap:problem:invitation-not-found',
      title: 'This invitation does not exist, has expired, or was already used',
      status: 404,
      code: 'INVITATION_NOT_FOUND',
    });
  }

  describe('creating, listing and revoking (owners)', () => {
    it('returns the link once, lists the invitation without it, and stores only the token’s hash', async () => {
      const owner = await ctx.given.user({ name: 'Olga Owner' });
      const email = newEmail();
      const response = await ctx.given
        .http()
        .post(`/api/workspaces/${owner.workspaceId}/invitations`)
        .set('Cookie', owner.cookie)
        .send({ email: `  ${email.toUpperCase()} `, role: 'viewer' })
        .expect(201);
      const { invitation, link } = response.body as { invitation: InvitationDto; link: string };
      expect(link).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
      expect(invitation).toEqual({
        id: expect.any(String),
        email,
        role: 'viewer',
        invitedBy: 'Olga Owner',
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
      });
      const lifetime = Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt);
      expect(Math.abs(lifetime - 7 * DAY_MS)).toBeLessThan(60_000);

      const listed = await pending(owner);
      expect(listed).toEqual([invitation]);
      expect(JSON.stringify(listed)).not.toContain(link.slice('/invite/'.length));

      const token = link.slice('/invite/'.length);
      const rows = (await db.query(`SELECT * FROM invitations WHERE id = $1`, [invitation.id])) as Record<string, unknown>[];
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows[0])).not.toContain(token);
      expect(rows[0]?.['token_hash']).toBe(createHash('sha256').update(token).digest('hex'));
      const anywhere = (await db.query(
        `SELECT count(*)::int AS n FROM invitations i WHERE i::text LIKE '%' || $1 || '%'`,
        [token],
      )) as { n: number }[];
      expect(anywhere[0]?.n).toBe(0);
    });

    it('validates email and role with field paths and refuses extra fields', async () => {
      const owner = await ctx.given.user();
      const response = await ctx.given
        .http()
        .post(`/api/workspaces/${owner.workspaceId}/invitations`)
        .set('Cookie', owner.cookie)
        .send({ email: 'not-an-email', role: 'admin', workspaceId: randomUUID() })
        .expect(400);
      expect(new Set((response.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['email', 'role', 'workspaceId']));
      const missing = await ctx.given.http().post(`/api/workspaces/${owner.workspaceId}/invitations`).set('Cookie', owner.cookie).send({}).expect(400);
      expect(new Set((missing.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['email', 'role']));
      expect(await pending(owner)).toEqual([]);
    });

    it('is for owners: other roles get 403, strangers 404, anonymous 401', async () => {
      const owner = await ctx.given.user();
      const stranger = await ctx.given.user();
      const { invitation } = await ctx.given.invitation(owner, newEmail());
      const base = `/api/workspaces/${owner.workspaceId}/invitations`;
      for (const role of NOT_OWNERS) {
        const member = await ctx.given.memberOf(owner, role);
        for (const call of [
          ctx.given.http().post(base).set('Cookie', member.cookie).send({ email: newEmail(), role: 'viewer' }),
          ctx.given.http().get(base).set('Cookie', member.cookie),
          ctx.given.http().delete(`${base}/${invitation.id}`).set('Cookie', member.cookie),
        ]) {
          const response = await call;
          expect([role, response.status, (response.body as Problem).code]).toEqual([role, 403, 'FORBIDDEN']);
        }
      }
      for (const call of [
        ctx.given.http().post(base).set('Cookie', stranger.cookie).send({ email: newEmail(), role: 'viewer' }),
        ctx.given.http().get(base).set('Cookie', stranger.cookie),
        ctx.given.http().delete(`${base}/${invitation.id}`).set('Cookie', stranger.cookie),
      ]) {
        const response = await call;
        expect([response.status, (response.body as Problem).code]).toEqual([404, 'WORKSPACE_NOT_FOUND']);
      }
      await ctx.given.http().post(base).send({ email: newEmail(), role: 'viewer' }).expect(401);
      await ctx.given.http().get(base).expect(401);
      await ctx.given.http().delete(`${base}/${invitation.id}`).expect(401);
      expect((await pending(owner)).map((i) => i.id)).toEqual([invitation.id]);
    });

    it('answers 404 when revoking an invitation of another workspace, and leaves it alone', async () => {
      const owner = await ctx.given.user();
      const other = await ctx.given.user();
      const theirs = await ctx.given.invitation(other, newEmail());
      const response = await ctx.given
        .http()
        .delete(`/api/workspaces/${owner.workspaceId}/invitations/${theirs.invitation.id}`)
        .set('Cookie', owner.cookie)
        .expect(404);
      expect((response.body as Problem).code).toBe('INVITATION_NOT_FOUND');
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/invitations/${randomUUID()}`).set('Cookie', owner.cookie).expect(404);
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/invitations/nope`).set('Cookie', owner.cookie).expect(400);
      expect((await pending(other)).map((i) => i.id)).toEqual([theirs.invitation.id]);
      expect((await preview(theirs.token)).status).toBe(200);
    });

    it('refuses to invite someone who is already a member', async () => {
      const owner = await ctx.given.user();
      const editor = await ctx.given.memberOf(owner, 'editor');
      for (const email of [editor.email, owner.email]) {
        const response = await ctx.given
          .http()
          .post(`/api/workspaces/${owner.workspaceId}/invitations`)
          .set('Cookie', owner.cookie)
          .send({ email, role: 'viewer' })
          .expect(409);
        expect(response.body).toMatchObject({ code: 'ALREADY_MEMBER', detail: `${email} is already a member of this workspace.` });
      }
    });

    it('replaces a pending invitation of the same address: the earlier link dies', async () => {
      const owner = await ctx.given.user();
      const email = newEmail();
      const first = await ctx.given.invitation(owner, email, 'viewer');
      const second = await ctx.given.invitation(owner, email, 'editor');
      expectUnknownLink(await preview(first.token));
      expect((await pending(owner)).map((i) => [i.id, i.role])).toEqual([[second.invitation.id, 'editor']]);
    });

    it('revokes: the link stops working at once, and a second revoke is a 404', async () => {
      const owner = await ctx.given.user();
      const email = newEmail();
      const { invitation, token } = await ctx.given.invitation(owner, email);
      const url = `/api/workspaces/${owner.workspaceId}/invitations/${invitation.id}`;
      await ctx.given.http().delete(url).set('Cookie', owner.cookie).expect(204);
      expectUnknownLink(await preview(token));
      expectUnknownLink(await accept(token, { name: 'Late', password: 'long enough pw' }));
      expect(await pending(owner)).toEqual([]);
      await ctx.given.http().delete(url).set('Cookie', owner.cookie).expect(404);
      await ctx.given.http().post('/api/auth/login').send({ email, password: 'long enough pw' }).expect(401);
    });
  });

  describe('the link', () => {
    it('shows what it offers without a session', async () => {
      const owner = await ctx.given.user({ name: 'Olga Owner', workspaceName: 'Acme Care' });
      const email = newEmail();
      const { token } = await ctx.given.invitation(owner, email, 'commenter');
      const response = await preview(token).expect(200);
      expect(response.body as InvitationPreviewDto).toEqual({
        workspaceName: 'Acme Care',
        email,
        role: 'commenter',
        inviterName: 'Olga Owner',
        expiresAt: expect.any(String),
      });
    });

    it('answers unknown and malformed tokens alike', async () => {
      expectUnknownLink(await preview('A'.repeat(43)));
      expectUnknownLink(await preview('short'));
      expectUnknownLink(await accept('A'.repeat(43), { name: 'X', password: 'long enough pw' }));
      expectUnknownLink(await accept('short', {}));
    });

    it('is refused once expired (preview, accept and the pending list)', async () => {
      const owner = await ctx.given.user();
      const email = newEmail();
      const { invitation, token } = await ctx.given.invitation(owner, email);
      await db.query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invitation.id]);
      expectUnknownLink(await preview(token));
      expectUnknownLink(await accept(token, { name: 'Late', password: 'long enough pw' }));
      expect(await pending(owner)).toEqual([]);
      await ctx.given.http().post('/api/auth/login').send({ email, password: 'long enough pw' }).expect(401);
    });
  });

  describe('accepting', () => {
    it('creates the account of the invited email, signs it in, and adds it with the invited role', async () => {
      const owner = await ctx.given.user();
      const journey = await ctx.given.journey(owner, { name: 'Claims' });
      const email = newEmail();
      const { token } = await ctx.given.invitation(owner, email, 'viewer');

      const response = await accept(token, { name: '  Vera Viewer ', password: 'long enough pw' }).expect(200);
      const accepted = response.body as AcceptInvitationResponse;
      expect(accepted.workspaceId).toBe(owner.workspaceId);
      expect(accepted.me.user).toEqual({ id: expect.any(String), email, name: 'Vera Viewer' });
      expect(accepted.me.workspaces).toEqual([{ id: owner.workspaceId, name: 'Test Workspace', role: 'viewer' }]);
      const cookie = sessionCookie(response.headers);
      const me = (await ctx.given.http().get('/api/auth/me').set('Cookie', cookie).expect(200)).body as MeResponse;
      expect(me).toEqual(accepted.me);

      // The viewer reads the journey and may not change it.
      await ctx.given.http().get(`/api/journeys/${journey.id}`).set('Cookie', cookie).expect(200);
      await ctx.given.http().patch(`/api/journeys/${journey.id}`).set('Cookie', cookie).send({ name: 'Mine now' }).expect(403);
      await ctx.given
        .http()
        .post(`/api/workspaces/${owner.workspaceId}/invitations`)
        .set('Cookie', cookie)
        .send({ email: newEmail(), role: 'owner' })
        .expect(403);

      // The password works for logging in later; the link is spent.
      await ctx.given.http().post('/api/auth/login').send({ email, password: 'long enough pw' }).expect(200);
      expectUnknownLink(await preview(token));
      expectUnknownLink(await accept(token, { name: 'Again', password: 'long enough pw' }));
      expect(await pending(owner)).toEqual([]);
      const stored = (await db.query(`SELECT accepted_at, accepted_by FROM invitations WHERE token_hash = $1`, [
        createHash('sha256').update(token).digest('hex'),
      ])) as { accepted_at: Date | null; accepted_by: string | null }[];
      expect(stored[0]?.accepted_at).toBeInstanceOf(Date);
      expect(stored[0]?.accepted_by).toBe(me.user.id);
    });

    it('adds a signed-in existing user whose email was invited, once', async () => {
      const owner = await ctx.given.user();
      const invitee = await ctx.given.user();
      const { token } = await ctx.given.invitation(owner, invitee.email, 'editor');
      const response = await accept(token, {}, invitee.cookie).expect(200);
      const accepted = response.body as AcceptInvitationResponse;
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(accepted.workspaceId).toBe(owner.workspaceId);
      // Listed in the order the workspaces were created.
      expect(accepted.me.workspaces.map((w) => [w.id, w.role])).toEqual([
        [owner.workspaceId, 'editor'],
        [invitee.workspaceId, 'owner'],
      ]);
      await ctx.given
        .http()
        .post(`/api/workspaces/${owner.workspaceId}/journeys`)
        .set('Cookie', invitee.cookie)
        .send({ name: 'By the invitee', template: 'blank' })
        .expect(201);
      expectUnknownLink(await accept(token, {}, invitee.cookie));
    });

    it('refuses a signed-in user of another email, and the link stays usable', async () => {
      const owner = await ctx.given.user();
      const someoneElse = await ctx.given.user();
      const email = newEmail();
      const { token } = await ctx.given.invitation(owner, email);
      const response = await accept(token, {}, someoneElse.cookie).expect(403);
      expect(response.body).toMatchObject({ code: 'INVITATION_FOR_ANOTHER_EMAIL', detail: expect.stringContaining(email) });
      await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/journeys`).set('Cookie', someoneElse.cookie).expect(404);
      expect((await preview(token)).status).toBe(200);
      await accept(token, { name: 'Right person', password: 'long enough pw' }).expect(200);
    });

    it('asks an existing account to log in instead of creating it again, and the link stays usable', async () => {
      const owner = await ctx.given.user();
      const invitee = await ctx.given.user();
      const { token } = await ctx.given.invitation(owner, invitee.email);
      const response = await accept(token, { name: 'Impostor', password: 'another password' }).expect(409);
      expect(response.body).toMatchObject({ code: 'EMAIL_TAKEN', detail: expect.stringMatching(/log in/) });
      await ctx.given.http().post('/api/auth/login').send({ email: invitee.email, password: 'another password' }).expect(401);
      expect((await preview(token)).status).toBe(200);
      await accept(token, {}, invitee.cookie).expect(200);
    });

    it('validates the new account with field paths, and refuses them from a signed-in user', async () => {
      const owner = await ctx.given.user();
      const invitee = await ctx.given.user();
      const { token } = await ctx.given.invitation(owner, newEmail());
      const missing = await accept(token, {}).expect(400);
      expect(new Set((missing.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['name', 'password']));
      const invalid = await accept(token, { name: '   ', password: 'short', role: 'owner' }).expect(400);
      expect(new Set((invalid.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['name', 'password', 'role']));
      const { token: own } = await ctx.given.invitation(owner, invitee.email);
      const signedIn = await accept(own, { name: 'Ivy', password: 'long enough pw' }, invitee.cookie).expect(400);
      expect(new Set((signedIn.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['name', 'password']));
      expect((await preview(token)).status).toBe(200);
      expect((await preview(own)).status).toBe(200);
    });

    it('refuses a second invitation of someone who joined meanwhile, leaving it pending', async () => {
      const owner = await ctx.given.user();
      const invitee = await ctx.given.user();
      const { token } = await ctx.given.invitation(owner, invitee.email, 'viewer');
      await ctx.given.member(invitee, owner.workspaceId, 'editor');
      const response = await accept(token, {}, invitee.cookie).expect(409);
      expect((response.body as Problem).code).toBe('ALREADY_MEMBER');
      expect((await preview(token)).status).toBe(200);
    });
  });
});
