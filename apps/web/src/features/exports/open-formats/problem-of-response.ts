import type { Problem } from '@cxmap/domain';

/** The problem document of an error answer, or a plain one from its status. */
export async function problemOfResponse(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'title' in body && 'status' in body) return body as Problem;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status };
}
