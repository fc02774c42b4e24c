import type { Problem } from '@cxmap/domain';
import { BASE_HEADERS, forgetEarlyAnswers, takeEarlyAnswer } from '../boot/early-requests';

/** An error answer of the API, carrying its RFC 9457 problem document. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the API with the session cookie. Resolves with the parsed JSON body (undefined for 204),
 * rejects with `ApiError` for any non-2xx answer (a network failure becomes status 0). A plain GET
 * (no headers of its own) that the page already asked for while the app was loading is answered from
 * that early request (boot/early-requests.ts), once; `signal` then rejects the call as usual, while
 * the early request itself runs on.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { ...BASE_HEADERS, ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const method = request.method ?? 'GET';
  // A plain GET the page asked for before the app had loaded (boot/early-requests.ts) is answered from
  // there; a write makes those answers old.
  if (method !== 'GET') forgetEarlyAnswers();
  const early = method === 'GET' && request.headers === undefined && !request.signal?.aborted ? takeEarlyAnswer(path) : undefined;
  let response: Response;
  try {
    response = await (early ? unlessAborted(early, request.signal) : fetch(`/api${path}`, {
      method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: 'same-origin',
      signal: request.signal,
    }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { type: 'about:blank', title: 'The server cannot be reached', status: 0 });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const problem = isProblem(body)
      ? body
      : { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status };
    throw new ApiError(response.status, problem);
  }
  return body as T;
}

/** `response`, or an AbortError as soon as `signal` aborts, as `fetch` itself would. */
function unlessAborted(response: Promise<Response>, signal: AbortSignal | undefined): Promise<Response> {
  if (!signal) return response;
  return new Promise((resolve, reject) => {
    const abort = () => reject(new DOMException('The request was aborted', 'AbortError'));
    signal.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'title' in body && 'status' in body;
}
