import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfRequest {
  method: string;
  secFetchSite: string | undefined;
  origin: string | undefined;
  /** scheme://host[:port] of this request as the client addressed it (X-Forwarded-* honoured per TRUST_PROXY). */
  ownOrigin: string;
}

/**
 * Whether a request may change state. The session cookie is SameSite=Lax, which already keeps it
 * off cross-site POSTs; this is the second lock (same-site sibling hosts, old browsers):
 * 1. safe methods always pass;
 * 2. an `Origin` listed in ALLOWED_ORIGINS passes;
 * 3. a browser that sends `Sec-Fetch-Site` is believed: only `same-origin` and `none` (typed URL,
 *    bookmark) pass;
 * 4. otherwise an `Origin` must equal the request's own origin;
 * 5. neither header: not a browser (curl, server-to-server), which cannot ride a victim's cookie.
 */
export function csrfAllows(request: CsrfRequest, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  if (request.origin !== undefined && allowedOrigins.includes(request.origin)) return true;
  if (request.secFetchSite !== undefined) return request.secFetchSite === 'same-origin' || request.secFetchSite === 'none';
  if (request.origin !== undefined) return request.origin === request.ownOrigin;
  return true;
}

/** Express middleware refusing cross-site writes with 403 CSRF_REJECTED, before the body is read. */
export function rejectCrossSiteWrites(allowedOrigins: readonly string[]) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const allowed = csrfAllows(
      {
        method: request.method,
        secFetchSite: header(request, 'sec-fetch-site'),
        origin: header(request, 'origin'),
        ownOrigin: `${request.protocol}://${request.host}`.toLowerCase(),
      },
      allowedOrigins,
    );
    if (allowed) {
      next();
      return;
    }
    next(new AppError('CSRF_REJECTED', { detail: 'State-changing requests must come from this application’s own pages.' }));
  };
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}
