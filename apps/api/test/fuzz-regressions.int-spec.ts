import request from 'supertest';
import { useTestApp } from './support/test-app-context';

/** What the OpenAPI fuzzer (fuzz.int-spec.ts) found, one test each, so each stays fixed. */
describe('fuzzer findings', () => {
  const ctx = useTestApp();

  it('answers a URL over the header limit with 431 problem+json, not a bare status line', async () => {
    const response = await request(ctx.app.getHttpServer()).get(`/api/health?q=${'q'.repeat(100_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(response.text)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('answers oversized headers with 431 problem+json', async () => {
    const response = await request(ctx.app.getHttpServer()).get('/api/health').set('If-None-Match', `"${'9'.repeat(20_000)}"`);
    expect(response.status).toBe(431);
    expect(JSON.parse(response.text)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });
});
