import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Problem } from '@cxmap/domain';
import request from 'supertest';
import { createTestApp } from './support/create-test-app';
import { Given, type TestUser } from './support/given';

describe('cross-site request forgery', () => {
  let app: NestExpressApplication;
  let proxied: NestExpressApplication;
  let given: Given;
  let user: TestUser;

  beforeAll(async () => {
    app = await createTestApp({ env: { ALLOWED_ORIGINS: 'https://admin.example.com' } });
    proxied = await createTestApp({ env: { TRUST_PROXY: 'loopback' } });
    given = new Given(app);
    user = await given.user();
  });

  afterAll(async () => {
    await Promise.all([app.close(), proxied.close()]);
  });

  const createWorkspace = (target: NestExpressApplication, name: string): request.Test =>
    request(target.getHttpServer()).post('/api/workspaces').set('Host', 'cx.example.com').set('Cookie', user.cookie).send({ name });

  async function workspaceNames(): Promise<string[]> {
    const me = await given.http().get('/api/auth/me').set('Cookie', user.cookie).expect(200);
    return (me.body as { workspaces: { name: string }[] }).workspaces.map((w) => w.name);
  }

  async function expectRejected(test: request.Test, name: string): Promise<void> {
    const response = await test.expect(403);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((response.body as Problem).code).toBe('CSRF_REJECTED');
    expect(await workspaceNames()).not.toContain(name);
  }

  it('refuses a write a browser marks cross-site or same-site, and changes nothing', async () => {
    await expectRejected(createWorkspace(app, 'Cross').set('Sec-Fetch-Site', 'cross-site'), 'Cross');
    await expectRejected(createWorkspace(app, 'Sibling').set('Sec-Fetch-Site', 'same-site'), 'Sibling');
    await expectRejected(
      request(app.getHttpServer()).delete(`/api/workspaces/${user.workspaceId}`).set('Cookie', user.cookie).set('Sec-Fetch-Site', 'cross-site'),
      'none',
    );
    expect(await workspaceNames()).toContain('Test Workspace');
  });

  it('accepts same-origin and user-initiated (none) writes', async () => {
    await createWorkspace(app, 'Same').set('Sec-Fetch-Site', 'same-origin').set('Origin', 'http://cx.example.com').expect(201);
    await createWorkspace(app, 'Typed').set('Sec-Fetch-Site', 'none').expect(201);
  });

  it('without Sec-Fetch-Site, compares Origin with the request’s own origin', async () => {
    await createWorkspace(app, 'Origin ok').set('Origin', 'http://cx.example.com').expect(201);
    await expectRejected(createWorkspace(app, 'Evil').set('Origin', 'https://evil.test'), 'Evil');
    await expectRejected(createWorkspace(app, 'Null').set('Origin', 'null'), 'Null');
    // The scheme is part of the origin: an https page cannot post to the plain-http address.
    await expectRejected(createWorkspace(app, 'Scheme').set('Origin', 'https://cx.example.com'), 'Scheme');
  });

  it('accepts an origin listed in ALLOWED_ORIGINS', async () => {
    await createWorkspace(app, 'Admin').set('Origin', 'https://admin.example.com').set('Sec-Fetch-Site', 'same-site').expect(201);
  });

  it('lets clients that send neither header through', async () => {
    await createWorkspace(app, 'Script').expect(201);
  });

  it('refuses cross-site log-in too (login CSRF)', async () => {
    const response = await given
      .http()
      .post('/api/auth/login')
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ email: user.email, password: user.password })
      .expect(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('takes the own origin from X-Forwarded-Proto/-Host only when TRUST_PROXY trusts the proxy', async () => {
    const behindProxy = (target: NestExpressApplication, name: string): request.Test =>
      createWorkspace(target, name)
        .set('Host', 'api-1:3000')
        .set('X-Forwarded-Proto', 'https')
        .set('X-Forwarded-Host', 'cx.example.com')
        .set('Origin', 'https://cx.example.com');
    await behindProxy(proxied, 'Proxied').expect(201);
    await expectRejected(behindProxy(app, 'Untrusted'), 'Untrusted');
  });
});
