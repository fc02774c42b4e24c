import type { MeResponse, MemberDto, Page, Problem, UserDto } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';
import { sessionCookie, type TestUser } from './support/given';

describe('the account of the signed-in user', () => {
  const ctx = useTestApp();

  const login = async (email: string, password: string): Promise<string> => {
    const response = await ctx.given.http().post('/api/auth/login').send({ email, password }).expect(200);
    return sessionCookie(response.headers);
  };
  const me = (cookie: string) => ctx.given.http().get('/api/auth/me').set('Cookie', cookie);
  const clearsCookie = (headers: Record<string, unknown>): boolean =>
    ((headers['set-cookie'] as string[] | undefined) ?? []).some((c) => /^cxmap_session=;.*Expires=Thu, 01 Jan 1970/.test(c));

  it('renames the user, trimmed', async () => {
    const user = await ctx.given.user({ name: 'Old Name' });
    const response = await ctx.given.http().patch('/api/account').set('Cookie', user.cookie).send({ name: '  New Name ' }).expect(200);
    expect(response.body as UserDto).toEqual({ id: user.me.user.id, email: user.email, name: 'New Name' });
    expect(((await me(user.cookie).expect(200)).body as MeResponse).user.name).toBe('New Name');
  });

  it('changes the password and ends every other session, keeping the current one', async () => {
    const user = await ctx.given.user();
    const laptop = await login(user.email, user.password);
    const phone = await login(user.email, user.password);

    await ctx.given
      .http()
      .post('/api/account/password')
      .set('Cookie', laptop)
      .send({ currentPassword: user.password, newPassword: 'a brand new password' })
      .expect(204);

    await me(phone).expect(401);
    await me(user.cookie).expect(401);
    await me(laptop).expect(200);
    await login(user.email, 'a brand new password');
    const old = await ctx.given.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);
    expect((old.body as Problem).code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a wrong current password with a 400 on currentPassword, and changes nothing', async () => {
    const user = await ctx.given.user();
    const other = await login(user.email, user.password);
    const response = await ctx.given
      .http()
      .post('/api/account/password')
      .set('Cookie', user.cookie)
      .send({ currentPassword: 'not the password', newPassword: 'a brand new password' })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body as Problem).toMatchObject({ code: 'WRONG_PASSWORD', errors: [{ path: 'currentPassword' }] });
    await me(other).expect(200);
    await login(user.email, user.password);
  });

  it('logs out everywhere: every session dies, this one too, and the cookie is cleared', async () => {
    const user = await ctx.given.user();
    const other = await login(user.email, user.password);
    const response = await ctx.given.http().post('/api/account/logout-everywhere').set('Cookie', user.cookie).expect(204);
    expect(clearsCookie(response.headers)).toBe(true);
    await me(user.cookie).expect(401);
    await me(other).expect(401);
    await login(user.email, user.password);
  });

  describe('deleting the account', () => {
    const deleteAccount = (user: TestUser, password = user.password) =>
      ctx.given.http().delete('/api/account').set('Cookie', user.cookie).send({ password });

    it('is refused while the user is the only owner of a workspace, naming it', async () => {
      const user = await ctx.given.user({ workspaceName: 'Solo Studio' });
      await ctx.given.memberOf(user, 'editor');
      const response = await deleteAccount(user).expect(409);
      const problem = response.body as Problem;
      expect(problem.code).toBe('SOLE_OWNER');
      expect(problem.detail).toContain('Solo Studio');
      await me(user.cookie).expect(200);
    });

    it('is allowed once another member is an owner too; the workspace stays with them', async () => {
      const user = await ctx.given.user();
      const coOwner = await ctx.given.memberOf(user, 'editor');
      await ctx.given
        .http()
        .patch(`/api/workspaces/${user.workspaceId}/members/${coOwner.me.user.id}`)
        .set('Cookie', user.cookie)
        .send({ role: 'owner' })
        .expect(200);

      const response = await deleteAccount(user).expect(204);
      expect(clearsCookie(response.headers)).toBe(true);
      await me(user.cookie).expect(401);
      await ctx.given.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(401);

      const members = await ctx.given.http().get(`/api/workspaces/${user.workspaceId}/members`).set('Cookie', coOwner.cookie).expect(200);
      expect((members.body as Page<MemberDto>).items.map((m) => m.userId)).toEqual([coOwner.me.user.id]);
    });

    it('is allowed for a user who is only a member (after deleting their own workspace)', async () => {
      const owner = await ctx.given.user();
      const member = await ctx.given.memberOf(owner, 'viewer');
      await ctx.given.http().delete(`/api/workspaces/${member.workspaceId}`).set('Cookie', member.cookie).expect(204);
      await deleteAccount(member).expect(204);
      await ctx.given.http().post('/api/auth/login').send({ email: member.email, password: member.password }).expect(401);
      const members = await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/members`).set('Cookie', owner.cookie).expect(200);
      expect((members.body as Page<MemberDto>).items.map((m) => m.userId)).toEqual([owner.me.user.id]);
    });

    it('refuses a wrong password with a 400 on password', async () => {
      const owner = await ctx.given.user();
      const member = await ctx.given.memberOf(owner, 'viewer');
      await ctx.given.http().delete(`/api/workspaces/${member.workspaceId}`).set('Cookie', member.cookie).expect(204);
      const response = await deleteAccount(member, 'not the password').expect(400);
      expect(response.body as Problem).toMatchObject({ code: 'WRONG_PASSWORD', errors: [{ path: 'password' }] });
      await me(member.cookie).expect(200);
    });
  });

  it('answers 401 to an anonymous caller on every route', async () => {
    await ctx.given.http().patch('/api/account').send({ name: 'X' }).expect(401);
    await ctx.given.http().post('/api/account/password').send({ currentPassword: 'x', newPassword: 'long enough pw' }).expect(401);
    await ctx.given.http().post('/api/account/logout-everywhere').expect(401);
    await ctx.given.http().delete('/api/account').send({ password: 'x' }).expect(401);
  });

  it.each([
    ['PATCH /account, blank name', 'patch', '/api/account', { name: '   ' }, ['name']],
    ['PATCH /account, long name', 'patch', '/api/account', { name: 'x'.repeat(201) }, ['name']],
    ['PATCH /account, unknown property', 'patch', '/api/account', { name: 'Ok', email: 'x@example.test' }, ['email']],
    ['POST /password, short new password', 'post', '/api/account/password', { currentPassword: 'whatever', newPassword: 'short' }, ['newPassword']],
    ['POST /password, missing current', 'post', '/api/account/password', { newPassword: 'long enough pw' }, ['currentPassword']],
    ['DELETE /account, no password', 'delete', '/api/account', {}, ['password']],
    ['DELETE /account, unknown property', 'delete', '/api/account', { password: 'x', force: true }, ['force']],
  ] as const)('refuses a bad body: %s', async (_name, method, url, body, paths) => {
    const user = await ctx.given.user();
    const response = await ctx.given.http()[method](url).set('Cookie', user.cookie).send(body).expect(400);
    const problem = response.body as Problem;
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.path)).toEqual(paths);
    await me(user.cookie).expect(200);
  });
});
