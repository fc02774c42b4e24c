/**
 * The first answers a page needs, asked for while the app's code is still loading.
 *
 * index.html runs this first, from its own small entry (early.ts, put first in the page's head by the
 * Vite config), without waiting for the app's chunks: it reads the address and starts the API requests
 * the page will make first — the session and, on a journey's canvas, its graph, badges, pain markers
 * and metric catalog; on a shared link's page (no session), the shared journey. `apiFetch` takes a
 * matching answer from here instead of asking again; each answer is taken once, so the next read of
 * the same data asks the server. An answer left untaken expires, and any write forgets them all. A big
 * map's graph (over 1 MB) is then on its way while the browser loads and evaluates the app, instead
 * of asked for after it.
 */

/** Answers older than this are not used: the page took them long ago or never needed them. */
export const EARLY_ANSWER_TTL_MS = 15_000;

interface EarlyAnswer {
  readonly startedAt: number;
  readonly response: Promise<Response>;
}

const CANVAS_PATH = /^\/w\/([^/]+)\/journeys\/([^/]+)\/?$/;
const SIGNED_IN_PATH = /^\/(w\/|account\/?$|$)/;
const SHARED_PATH = /^\/s\/([^/]+)\/?$/;

/** Whether `pathname` is a journey's canvas (`/w/:workspaceId/journeys/:journeyId`). */
export function isCanvasPath(pathname: string): boolean {
  return CANVAS_PATH.test(pathname);
}

/** Whether `pathname` is a shared link's page (`/s/:token`). */
export function isSharedJourneyPath(pathname: string): boolean {
  return SHARED_PATH.test(pathname);
}

/** The API paths (below `/api`) a page at `pathname` asks for first; none for sign-in, sign-up and invitations. */
export function earlyPaths(pathname: string): string[] {
  const shared = SHARED_PATH.exec(pathname);
  if (shared) return [`/share/${shared[1]}`];
  if (!SIGNED_IN_PATH.test(pathname)) return [];
  const canvas = CANVAS_PATH.exec(pathname);
  if (!canvas) return ['/auth/me'];
  const [workspaceId, journeyId] = [canvas[1], canvas[2]];
  const journey = `/journeys/${journeyId}`;
  return ['/auth/me', journey, `${journey}/metrics`, `${journey}/annotations/summary`, `/workspaces/${workspaceId}/metric-definitions`];
}

const answers = new Map<string, EarlyAnswer>();

/** The headers `apiFetch` sends with every request (a body adds its type): an early request is the same request. */
export const BASE_HEADERS: Readonly<Record<string, string>> = { Accept: 'application/json' };

/** Starts the early requests of the page at `pathname`. */
export function startEarlyRequests(pathname: string, now: () => number = () => performance.now()): void {
  for (const path of earlyPaths(pathname)) {
    const response = fetch(`/api${path}`, { headers: BASE_HEADERS, credentials: 'same-origin' });
    // Taken or not, a failed early request must not surface as an unhandled rejection: the page asks again.
    response.catch(() => undefined);
    answers.set(path, { startedAt: now(), response });
  }
}

/**
 * Forgets every early answer not yet taken: after a write (signing in, any change) an answer read
 * before it may be out of date — a canvas opened signed out holds a 401 for its graph until the
 * sign-in, which must not be the answer after it.
 */
export function forgetEarlyAnswers(): void {
  answers.clear();
}

/** The early answer for `path`, once and while fresh; undefined when there is none. */
export function takeEarlyAnswer(path: string, now: () => number = () => performance.now()): Promise<Response> | undefined {
  const answer = answers.get(path);
  if (!answer) return undefined;
  answers.delete(path);
  return now() - answer.startedAt <= EARLY_ANSWER_TTL_MS ? answer.response : undefined;
}
