import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import type { Actor } from '../auth/actor';
import { SessionLookup } from '../auth/session-lookup';
import { SESSION_COOKIE, hashSessionToken } from '../auth/session-token';
import { AppError } from '../errors/app-error';
import { LARGE_IMPORT_READS_MAX, parseJourneyImportBody } from './import-body';

const LIVE = 'live-session-token';
const ACTOR: Actor = { userId: 'u1', email: 'a@example.com', name: 'A', sessionId: 's1' };
const WORKSPACE = '7d3c1d52-7f1e-4a8e-9b0e-0c4a1f2b3c4d';
const IMPORT = `/api/workspaces/${WORKSPACE}/journeys/import`;

class FakeSessions extends SessionLookup {
  findActor(tokenHash: string): Promise<Actor | null> {
    return Promise.resolve(tokenHash === hashSessionToken(LIVE) ? ACTOR : null);
  }
  isActive(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** The middleware in front of a small JSON parser (the app's 5 MB one, here 1 kB) and a handler that answers when told. */
function appWith(release: Promise<void>) {
  const app = express();
  app.use(cookieParser());
  app.use(parseJourneyImportBody(new FakeSessions()));
  app.use(express.json({ limit: 1024 }));
  app.post('/api/workspaces/:id/journeys/import', (req: Request, res: Response) => {
    void release.then(() => res.json({ length: JSON.stringify(req.body).length }));
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof AppError) res.status(503).json({ code: error.code });
    else res.status((error as { status?: number }).status ?? 500).json({ type: (error as { type?: string }).type });
  });
  return app;
}

const body = { format: 'cxmap', content: 'x'.repeat(4096) };
const cookie = (token: string) => `${SESSION_COOKIE}=${token}`;

describe('parseJourneyImportBody', () => {
  it('reads a large body only with a live session; without one the app’s own limit answers', async () => {
    const app = appWith(Promise.resolve());
    expect((await request(app).post(IMPORT).set('Cookie', cookie(LIVE)).send(body)).status).toBe(200);
    expect((await request(app).post(IMPORT).set('Cookie', cookie('forged')).send(body)).status).toBe(413);
    expect((await request(app).post(IMPORT).send(body)).status).toBe(413);
    // Any letter case routes to the import, and takes its limit.
    expect((await request(app).post(IMPORT.toUpperCase()).set('Cookie', cookie(LIVE)).send(body)).status).toBe(200);
  });

  it(`reads at most ${LARGE_IMPORT_READS_MAX} large bodies at once; the next is 503 IMPORTS_BUSY until one is answered`, async () => {
    let answer: () => void = () => undefined;
    const app = appWith(new Promise<void>((resolve) => (answer = resolve)));
    const server = app.listen(0);
    try {
      const held = Array.from({ length: LARGE_IMPORT_READS_MAX }, () => request(server).post(IMPORT).set('Cookie', cookie(LIVE)).send(body).then((r) => r.status));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const busy = await request(server).post(IMPORT).set('Cookie', cookie(LIVE)).send(body);
      expect([busy.status, (busy.body as { code: string }).code]).toEqual([503, 'IMPORTS_BUSY']);
      answer();
      expect(await Promise.all(held)).toEqual(Array(LARGE_IMPORT_READS_MAX).fill(200));
      expect((await request(server).post(IMPORT).set('Cookie', cookie(LIVE)).send(body)).status).toBe(200);
    } finally {
      server.close();
    }
  });
});
