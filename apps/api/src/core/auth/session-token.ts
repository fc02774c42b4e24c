import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'cxmap_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A fresh random session token (32 bytes); only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The session cookie's token on a request (cookie-parser's `cookies`), or null: absent, empty or longer than any token. */
export function sessionTokenOf(request: { cookies?: unknown }): string | null {
  const cookies = request.cookies;
  if (typeof cookies !== 'object' || cookies === null) return null;
  const value: unknown = (cookies as Record<string, unknown>)[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : null;
}
