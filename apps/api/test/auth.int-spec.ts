import type { MeResponse, Problem } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';

describe('accounts and sessions', () => {
  const ctx = useTestApp();

  it('signs up: user, owned workspace and a session cookie', async () => {
    const response = await ctx.given
      .http()
      .post('/api/auth/signup')
      .send({ email: '  Mixed.Case@Example.TEST ', password: 'long enough pw', name: 'Ada', workspaceName: 'Acme CX' })
      .expect(201);
    const me = response.body as MeResponse;
    expect(me.user).toEqual({ id: expect.any(String), email: 'mixed.case@example.test', name: 'Ada' });
    expect(me.workspaces).toEqual([{ id: expect.any(String), name: 'Acme CX', role: 'owner' }]);
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('cxmap_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).toMatch(/Expires=/);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const user = await ctx.given.user();
    const response = await ctx.given
      .http()
      .post('/api/auth/signup')
      .send({ email: user.email.toUpperCase(), password: 'another password', name: 'B', workspaceName: 'W' })
      .expect(409);
    expect((response.body as Problem).code).toBe('EMAIL_TAKEN');
  });

  it('logs in, answers /me, logs out and the cookie dies', async () => {
    const user = await ctx.given.user();
    const login = await ctx.given.http().post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const cookie = ((login.headers['set-cookie'] as unknown as string[])[0] ?? '').split(';')[0] ?? '';
    expect((login.body as MeResponse).user.email).toBe(user.email);

    const me = await ctx.given.http().get('/api/auth/me').set('Cookie', cookie).expect(200);
    expect((me.body as MeResponse).workspaces[0]?.id).toBe(user.workspaceId);

    await ctx.given.http().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    const after = await ctx.given.http().get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect(after.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((after.body as Problem).code).toBe('UNAUTHENTICATED');
    // The signup session is separate and still alive.
    await ctx.given.http().get('/api/auth/me').set('Cookie', user.cookie).expect(200);
  });

  it('answers a wrong password exactly like an unknown email', async () => {
    const user = await ctx.given.user();
    const wrong = await ctx.given.http().post('/api/auth/login').send({ email: user.email, password: 'not the password' }).expect(401);
    const unknown = await ctx.given
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.test', password: 'not the password' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect((wrong.body as Problem).code).toBe('INVALID_CREDENTIALS');
  });

  it('requires a session everywhere but health, options, signup and login', async () => {
    await ctx.given.http().get('/api/auth/me').expect(401);
    await ctx.given.http().get('/api/auth/me').set('Cookie', 'cxmap_session=forged').expect(401);
    await ctx.given.http().get('/api/workspaces/00000000-0000-4000-8000-000000000000/journeys').expect(401);
    await ctx.given.http().post('/api/auth/logout').expect(401);
    await ctx.given.http().get('/api/health').expect(200, { status: 'ok', database: 'postgres' });
    await ctx.given.http().get('/api/auth/options').expect(200, { demo: null });
  });

  it('validates signup with field paths', async () => {
    const response = await ctx.given
      .http()
      .post('/api/auth/signup')
      .send({ email: 'not-an-email', password: 'short', name: '', workspaceName: 'x'.repeat(201), admin: true })
      .expect(400);
    const paths = (response.body as Problem).errors?.map((e) => e.path);
    expect(new Set(paths)).toEqual(new Set(['email', 'password', 'name', 'workspaceName', 'admin']));
  });

  it('trims the names of a signup and refuses blank ones', async () => {
    const email = `blank-${Date.now()}@example.test`;
    const blank = await ctx.given
      .http()
      .post('/api/auth/signup')
      .send({ email, password: 'long enough pw', name: '   ', workspaceName: '\t' })
      .expect(400);
    expect(new Set((blank.body as Problem).errors?.map((e) => e.path))).toEqual(new Set(['name', 'workspaceName']));
    await ctx.given.http().post('/api/auth/login').send({ email, password: 'long enough pw' }).expect(401);

    const padded = await ctx.given
      .http()
      .post('/api/auth/signup')
      .send({ email, password: 'long enough pw', name: ' Ada ', workspaceName: '  Acme  ' })
      .expect(201);
    expect(padded.body).toMatchObject({ user: { name: 'Ada' }, workspaces: [{ name: 'Acme' }] });
  });
});
