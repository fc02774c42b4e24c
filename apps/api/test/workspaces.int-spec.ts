import { randomUUID } from 'node:crypto';
import type { MeResponse, MemberDto, Page, Problem, Role, WorkspaceMembershipDto } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';
import type { TestUser } from './support/given';

const NOT_OWNERS: Role[] = ['editor', 'commenter', 'viewer'];

describe('workspaces and members', () => {
  const ctx = useTestApp();

  async function me(user: TestUser): Promise<MeResponse> {
    return (await ctx.given.http().get('/api/auth/me').set('Cookie', user.cookie).expect(200)).body as MeResponse;
  }

  async function members(user: TestUser, workspaceId: string = user.workspaceId): Promise<MemberDto[]> {
    const response = await ctx.given.http().get(`/api/workspaces/${workspaceId}/members`).set('Cookie', user.cookie).expect(200);
    return (response.body as Page<MemberDto>).items;
  }

  function code(response: { body: unknown }): string | undefined {
    return (response.body as Problem).code;
  }

  describe('POST /api/workspaces', () => {
    it('creates a workspace whose owner is the caller, listed by /me', async () => {
      const ada = await ctx.given.user();
      const response = await ctx.given.http().post('/api/workspaces').set('Cookie', ada.cookie).send({ name: '  Second team ' }).expect(201);
      const created = response.body as WorkspaceMembershipDto;
      expect(created).toEqual({ id: expect.any(String), name: 'Second team', role: 'owner' });
      expect((await me(ada)).workspaces).toEqual([
        { id: ada.workspaceId, name: 'Test Workspace', role: 'owner' },
        { id: created.id, name: 'Second team', role: 'owner' },
      ]);
      await ctx.given.http().get(`/api/workspaces/${created.id}/journeys`).set('Cookie', ada.cookie).expect(200, { items: [], nextCursor: null });
      expect((await members(ada, created.id)).map((m) => [m.userId, m.role])).toEqual([[ada.me.user.id, 'owner']]);
    });

    it('validates the name with field paths and refuses extra fields', async () => {
      const ada = await ctx.given.user();
      const response = await ctx.given
        .http()
        .post('/api/workspaces')
        .set('Cookie', ada.cookie)
        .send({ name: '   ', role: 'owner', id: randomUUID() })
        .expect(400);
      expect(new Set((response.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['name', 'role', 'id']));
      const tooLong = await ctx.given.http().post('/api/workspaces').set('Cookie', ada.cookie).send({ name: 'x'.repeat(201) }).expect(400);
      expect((tooLong.body as Problem).errors?.map((e) => e.path)).toEqual(['name']);
      expect((await me(ada)).workspaces).toHaveLength(1);
    });

    it('needs a session', async () => {
      await ctx.given.http().post('/api/workspaces').send({ name: 'Anonymous' }).expect(401);
    });
  });

  describe('PATCH and DELETE /api/workspaces/:id', () => {
    it('lets the owner rename; other roles get 403, strangers 404, anonymous 401', async () => {
      const owner = await ctx.given.user();
      const stranger = await ctx.given.user();
      for (const role of NOT_OWNERS) {
        const member = await ctx.given.memberOf(owner, role);
        const response = await ctx.given
          .http()
          .patch(`/api/workspaces/${owner.workspaceId}`)
          .set('Cookie', member.cookie)
          .send({ name: 'Taken over' })
          .expect(403);
        expect(code(response)).toBe('FORBIDDEN');
      }
      const foreign = await ctx.given
        .http()
        .patch(`/api/workspaces/${owner.workspaceId}`)
        .set('Cookie', stranger.cookie)
        .send({ name: 'Taken over' })
        .expect(404);
      expect(code(foreign)).toBe('WORKSPACE_NOT_FOUND');
      await ctx.given.http().patch(`/api/workspaces/${randomUUID()}`).set('Cookie', owner.cookie).send({ name: 'x' }).expect(404);
      await ctx.given.http().patch(`/api/workspaces/${owner.workspaceId}`).send({ name: 'x' }).expect(401);
      const invalid = await ctx.given.http().patch(`/api/workspaces/${owner.workspaceId}`).set('Cookie', owner.cookie).send({ name: '' }).expect(400);
      expect((invalid.body as Problem).errors?.map((e) => e.path)).toEqual(['name']);
      const badId = await ctx.given.http().patch('/api/workspaces/not-a-uuid').set('Cookie', owner.cookie).send({ name: 'x' }).expect(400);
      expect((badId.body as Problem).errors?.map((e) => e.path)).toEqual(['workspaceId']);

      const renamed = await ctx.given
        .http()
        .patch(`/api/workspaces/${owner.workspaceId}`)
        .set('Cookie', owner.cookie)
        .send({ name: ' Renamed CX ' })
        .expect(200);
      expect(renamed.body).toEqual({ id: owner.workspaceId, name: 'Renamed CX', role: 'owner' });
      expect((await me(owner)).workspaces[0]?.name).toBe('Renamed CX');
    });

    it('lets only the owner delete a workspace, with its journeys and memberships', async () => {
      const owner = await ctx.given.user();
      const stranger = await ctx.given.user();
      const journey = await ctx.given.journey(owner);
      const members = await Promise.all(NOT_OWNERS.map((role) => ctx.given.memberOf(owner, role)));
      for (const member of members) {
        await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}`).set('Cookie', member.cookie).expect(403);
      }
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}`).set('Cookie', stranger.cookie).expect(404);
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}`).expect(401);
      await ctx.given.graph(owner, journey.id);

      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}`).set('Cookie', owner.cookie).expect(204);
      await ctx.given.http().get(`/api/journeys/${journey.id}`).set('Cookie', owner.cookie).expect(404);
      await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/journeys`).set('Cookie', owner.cookie).expect(404);
      expect((await me(owner)).workspaces).toEqual([]);
      for (const member of members) expect((await me(member)).workspaces.map((w) => w.id)).toEqual([member.workspaceId]);
      await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}`).set('Cookie', owner.cookie).expect(404);
    });
  });

  describe('members', () => {
    it('lists members with their roles to every member, owners first; strangers get 404, anonymous 401', async () => {
      const owner = await ctx.given.user({ name: 'Olga Owner' });
      const [editor, commenter, viewer] = await Promise.all(NOT_OWNERS.map((role) => ctx.given.memberOf(owner, role)));
      for (const user of [owner, editor, commenter, viewer]) {
        const list = await members(user, owner.workspaceId);
        expect(list.map((m) => [m.userId, m.role])).toEqual([
          [owner.me.user.id, 'owner'],
          [editor.me.user.id, 'editor'],
          [commenter.me.user.id, 'commenter'],
          [viewer.me.user.id, 'viewer'],
        ]);
        expect(list[0]).toEqual({ userId: owner.me.user.id, name: 'Olga Owner', email: owner.email, role: 'owner', joinedAt: expect.any(String) });
      }
      const stranger = await ctx.given.user();
      const foreign = await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/members`).set('Cookie', stranger.cookie).expect(404);
      expect(code(foreign)).toBe('WORKSPACE_NOT_FOUND');
      await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/members`).expect(401);
      await ctx.given.http().get('/api/workspaces/nope/members').set('Cookie', owner.cookie).expect(400);
    });

    it('lets the owner change roles; other roles get 403 and nothing changes', async () => {
      const owner = await ctx.given.user();
      const target = await ctx.given.memberOf(owner, 'viewer');
      for (const role of NOT_OWNERS) {
        const member = await ctx.given.memberOf(owner, role);
        const response = await ctx.given
          .http()
          .patch(`/api/workspaces/${owner.workspaceId}/members/${target.me.user.id}`)
          .set('Cookie', member.cookie)
          .send({ role: 'editor' })
          .expect(403);
        expect(code(response)).toBe('FORBIDDEN');
      }
      await ctx.given.http().patch(`/api/workspaces/${owner.workspaceId}/members/${target.me.user.id}`).send({ role: 'editor' }).expect(401);

      const changed = await ctx.given
        .http()
        .patch(`/api/workspaces/${owner.workspaceId}/members/${target.me.user.id}`)
        .set('Cookie', owner.cookie)
        .send({ role: 'editor' })
        .expect(200);
      expect(changed.body).toMatchObject({ userId: target.me.user.id, role: 'editor' });
      expect((await me(target)).workspaces.find((w) => w.id === owner.workspaceId)?.role).toBe('editor');
      // The new role takes effect at once: an editor writes journeys.
      await ctx.given
        .http()
        .post(`/api/workspaces/${owner.workspaceId}/journeys`)
        .set('Cookie', target.cookie)
        .send({ name: 'By the new editor', template: 'blank' })
        .expect(201);
    });

    it('validates the role change with field paths', async () => {
      const owner = await ctx.given.user();
      const target = await ctx.given.memberOf(owner, 'viewer');
      const url = `/api/workspaces/${owner.workspaceId}/members/${target.me.user.id}`;
      const invalid = await ctx.given.http().patch(url).set('Cookie', owner.cookie).send({ role: 'admin', workspaceId: randomUUID() }).expect(400);
      expect(new Set((invalid.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['role', 'workspaceId']));
      const empty = await ctx.given.http().patch(url).set('Cookie', owner.cookie).send({}).expect(400);
      expect((empty.body as Problem).errors?.map((e) => e.path)).toEqual(['role']);
      const badId = await ctx.given
        .http()
        .patch(`/api/workspaces/${owner.workspaceId}/members/x`)
        .set('Cookie', owner.cookie)
        .send({ role: 'viewer' })
        .expect(400);
      expect((badId.body as Problem).errors?.map((e) => e.path)).toEqual(['userId']);
    });

    it('answers 404 for a user who is not a member of this workspace, even one of another workspace', async () => {
      const owner = await ctx.given.user();
      const other = await ctx.given.user();
      const othersMember = await ctx.given.memberOf(other, 'editor');
      for (const userId of [other.me.user.id, othersMember.me.user.id, randomUUID()]) {
        const patch = await ctx.given
          .http()
          .patch(`/api/workspaces/${owner.workspaceId}/members/${userId}`)
          .set('Cookie', owner.cookie)
          .send({ role: 'viewer' })
          .expect(404);
        expect(code(patch)).toBe('MEMBER_NOT_FOUND');
        const remove = await ctx.given.http().delete(`/api/workspaces/${owner.workspaceId}/members/${userId}`).set('Cookie', owner.cookie).expect(404);
        expect(code(remove)).toBe('MEMBER_NOT_FOUND');
      }
      // Nor may the owner reach into the other workspace.
      await ctx.given
        .http()
        .patch(`/api/workspaces/${other.workspaceId}/members/${othersMember.me.user.id}`)
        .set('Cookie', owner.cookie)
        .send({ role: 'viewer' })
        .expect(404);
      await ctx.given.http().delete(`/api/workspaces/${other.workspaceId}/members/${othersMember.me.user.id}`).set('Cookie', owner.cookie).expect(404);
      expect((await members(other)).find((m) => m.userId === othersMember.me.user.id)?.role).toBe('editor');
    });

    it('lets the owner remove members; other roles may only remove themselves (leave)', async () => {
      const owner = await ctx.given.user();
      const [editor, commenter, viewer] = await Promise.all(NOT_OWNERS.map((role) => ctx.given.memberOf(owner, role)));
      const url = (user: TestUser) => `/api/workspaces/${owner.workspaceId}/members/${user.me.user.id}`;
      for (const actor of [editor, commenter, viewer]) {
        const response = await ctx.given.http().delete(url(owner)).set('Cookie', actor.cookie).expect(403);
        expect(code(response)).toBe('FORBIDDEN');
      }
      await ctx.given.http().delete(url(viewer)).set('Cookie', editor.cookie).expect(403);
      await ctx.given.http().delete(url(viewer)).expect(401);

      // The viewer leaves.
      await ctx.given.http().delete(url(viewer)).set('Cookie', viewer.cookie).expect(204);
      await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/journeys`).set('Cookie', viewer.cookie).expect(404);
      // The owner removes the editor.
      await ctx.given.http().delete(url(editor)).set('Cookie', owner.cookie).expect(204);
      await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/members`).set('Cookie', editor.cookie).expect(404);
      expect((await members(owner)).map((m) => m.userId)).toEqual([owner.me.user.id, commenter.me.user.id]);
    });

    it('never leaves a workspace without an owner', async () => {
      const owner = await ctx.given.user();
      const editor = await ctx.given.memberOf(owner, 'editor');
      const self = `/api/workspaces/${owner.workspaceId}/members/${owner.me.user.id}`;

      const demote = await ctx.given.http().patch(self).set('Cookie', owner.cookie).send({ role: 'editor' }).expect(409);
      expect(demote.body).toMatchObject({ code: 'LAST_OWNER', status: 409, detail: expect.stringMatching(/last owner cannot be demoted/) });
      const leave = await ctx.given.http().delete(self).set('Cookie', owner.cookie).expect(409);
      expect(leave.body).toMatchObject({ code: 'LAST_OWNER', detail: expect.stringMatching(/last owner and cannot leave/) });
      // Re-stating the owner's own role is no demotion.
      await ctx.given.http().patch(self).set('Cookie', owner.cookie).send({ role: 'owner' }).expect(200);

      // With a second owner, the first may step down, and then the second cannot.
      await ctx.given
        .http()
        .patch(`/api/workspaces/${owner.workspaceId}/members/${editor.me.user.id}`)
        .set('Cookie', owner.cookie)
        .send({ role: 'owner' })
        .expect(200);
      await ctx.given.http().patch(self).set('Cookie', owner.cookie).send({ role: 'viewer' }).expect(200);
      const removeLast = await ctx.given
        .http()
        .delete(`/api/workspaces/${owner.workspaceId}/members/${editor.me.user.id}`)
        .set('Cookie', editor.cookie)
        .expect(409);
      expect(code(removeLast)).toBe('LAST_OWNER');
      // The former owner, now a viewer, may leave.
      await ctx.given.http().delete(self).set('Cookie', owner.cookie).expect(204);
      expect((await members(editor, owner.workspaceId)).map((m) => [m.userId, m.role])).toEqual([[editor.me.user.id, 'owner']]);
    });
  });
});
