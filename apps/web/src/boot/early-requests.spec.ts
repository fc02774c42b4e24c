import { afterEach, describe, expect, it } from 'vitest';
import { annotationSummary } from '../api/annotations';
import { fetchMe } from '../api/auth';
import { apiFetch } from '../api/client';
import { getJourneyGraph } from '../api/graph';
import { listJourneyMetrics, listMetricDefinitions } from '../api/metrics';
import { openSharedJourney } from '../api/share-links';
import { stubFetch } from '../testing/render-app';
import { EARLY_ANSWER_TTL_MS, earlyPaths, isCanvasPath, isSharedJourneyPath, startEarlyRequests, takeEarlyAnswer } from './early-requests';

const CANVAS = '/w/ws-1/journeys/j-1';
const CANVAS_PATHS = ['/auth/me', '/journeys/j-1', '/journeys/j-1/metrics', '/journeys/j-1/annotations/summary', '/workspaces/ws-1/metric-definitions'];

/** Takes every answer a test left, so the next starts with none. */
afterEach(() => {
  for (const path of CANVAS_PATHS) takeEarlyAnswer(path);
});

describe('earlyPaths', () => {
  it("asks for the session and, on a journey's canvas, for what the map draws first", () => {
    expect(earlyPaths(CANVAS)).toEqual(CANVAS_PATHS);
    expect(earlyPaths(`${CANVAS}/`)).toEqual(CANVAS_PATHS);
    expect(isCanvasPath(CANVAS)).toBe(true);
  });

  it('asks only for the session on the other signed-in pages', () => {
    for (const page of ['/', '/w/ws-1', '/w/ws-1/settings', '/w/ws-1/journeys/j-1/extra', '/account']) {
      expect(earlyPaths(page)).toEqual(['/auth/me']);
      expect(isCanvasPath(page)).toBe(false);
    }
  });

  it("asks for the shared journey, and no session, on a shared link's page", () => {
    expect(earlyPaths('/s/Ab-9_x')).toEqual(['/share/Ab-9_x']);
    expect(isSharedJourneyPath('/s/Ab-9_x')).toBe(true);
    expect(isSharedJourneyPath('/s/Ab-9_x/more')).toBe(false);
  });

  it('asks for nothing on sign-in, sign-up and invitations', () => {
    for (const page of ['/login', '/signup', '/invite/t-1', '/s/a/b', '/accounts']) expect(earlyPaths(page)).toEqual([]);
  });
});

describe('early answers', () => {
  it('starts the requests at once, as apiFetch would send them, and gives each answer once', async () => {
    const calls = stubFetch(() => ({ status: 200, body: { ok: true } }));
    startEarlyRequests(CANVAS);
    expect(calls).toEqual(CANVAS_PATHS.map((path) => `GET /api${path}`));
    const answer = takeEarlyAnswer('/journeys/j-1');
    expect(await (await answer)?.json()).toEqual({ ok: true });
    expect(takeEarlyAnswer('/journeys/j-1')).toBeUndefined();
    expect(takeEarlyAnswer('/journeys/j-2')).toBeUndefined();
  });

  it('drops an answer older than its time to live', () => {
    stubFetch(() => ({ status: 200, body: {} }));
    let now = 1_000;
    startEarlyRequests(CANVAS, () => now);
    now += EARLY_ANSWER_TTL_MS;
    expect(takeEarlyAnswer('/auth/me', () => now)).toBeDefined();
    now += 1;
    expect(takeEarlyAnswer('/journeys/j-1', () => now)).toBeUndefined();
  });

  it("answers the very requests the canvas makes, with apiFetch's headers, and none twice", async () => {
    const headers: string[] = [];
    const calls = stubFetch((_method, path, _body, sent) => {
      headers.push(`${path} ${sent.get('Accept')}`);
      return { status: 200, body: { path } };
    });
    startEarlyRequests(CANVAS);
    const answers = await Promise.all([fetchMe(), getJourneyGraph('j-1'), listJourneyMetrics('j-1'), annotationSummary('j-1'), listMetricDefinitions('ws-1')]);
    expect(answers).toEqual(CANVAS_PATHS.map((path) => ({ path: `/api${path}` })));
    expect(calls).toHaveLength(5);
    expect(headers).toEqual(CANVAS_PATHS.map((path) => `/api${path} application/json`));
  });

  it("answers the shared link page's own request", async () => {
    const calls = stubFetch((_method, path) => ({ status: 200, body: { path } }));
    startEarlyRequests('/s/Ab-9_x');
    expect(await openSharedJourney('Ab-9_x')).toEqual({ path: '/api/share/Ab-9_x' });
    expect(calls).toEqual(['GET /api/share/Ab-9_x']);
  });

  it("rejects a call whose signal aborts while it waits for the early answer, as fetch would", async () => {
    let answer: (response: Response) => void = () => undefined;
    globalThis.fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    startEarlyRequests(CANVAS);
    const controller = new AbortController();
    const graph = getJourneyGraph('j-1', controller.signal);
    controller.abort();
    await expect(graph).rejects.toMatchObject({ name: 'AbortError' });
    answer(new Response('{}', { status: 200 }));
  });

  it('lets apiFetch answer a plain GET from it, once, and ask the server for anything else', async () => {
    const calls = stubFetch((method, path) => ({ status: 200, body: { method, path } }));
    startEarlyRequests(CANVAS);
    expect(calls).toHaveLength(5);
    expect(await apiFetch('/journeys/j-1')).toEqual({ method: 'GET', path: '/api/journeys/j-1' });
    expect(calls).toHaveLength(5);
    // Taken once: the next read is the server's.
    await apiFetch('/journeys/j-1');
    expect(calls).toHaveLength(6);
    // A request with headers of its own or a body of its own is never answered early.
    await apiFetch('/journeys/j-1/metrics', { headers: { 'If-None-Match': '"7"' } });
    await apiFetch('/auth/me', { method: 'POST', body: {} });
    expect(calls.slice(6)).toEqual(['GET /api/journeys/j-1/metrics', 'POST /api/auth/me']);
  });

  it('forgets the answers not yet taken at the first write (a sign-in after a canvas opened signed out)', async () => {
    const calls = stubFetch((method, path) => (method === 'GET' && path !== '/api/auth/me' ? { status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401 } } : { status: 200, body: {} }));
    startEarlyRequests(CANVAS);
    await apiFetch('/auth/login', { method: 'POST', body: { email: 'a@acme.com' } });
    expect(takeEarlyAnswer('/journeys/j-1')).toBeUndefined();
    expect(calls).toHaveLength(6);
  });

  it('turns a failed early answer into the same errors as a request of its own', async () => {
    stubFetch((_method, path) =>
      path === '/api/journeys/j-1' ? { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } } : { status: 200, body: {} },
    );
    startEarlyRequests(CANVAS);
    await expect(apiFetch('/journeys/j-1')).rejects.toMatchObject({ status: 404, problem: { title: 'Not Found' } });
    globalThis.fetch = () => Promise.reject(new TypeError('network down'));
    startEarlyRequests(CANVAS);
    await expect(apiFetch('/auth/me')).rejects.toMatchObject({ status: 0 });
  });
});
