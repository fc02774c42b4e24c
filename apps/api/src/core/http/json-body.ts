import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';
import { jsonBodyShapeErrors } from '../validation/json-body-shape';
import { isApiPath } from './web-app';

const BODY_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

/** Like type-is `hasBody`, but an empty body (`Content-Length: 0`) counts as none. */
function hasBody(request: Request): boolean {
  if (request.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(request.headers['content-length'] ?? '0');
  return Number.isNaN(length) || length > 0;
}

/**
 * Before the JSON parser: a write to the API whose body is not `application/json` (text/plain, a
 * form, or no Content-Type at all) is a 415, not a body the parser silently leaves unread.
 */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  if (!BODY_METHODS.has(request.method) || !isApiPath(request.path) || !hasBody(request) || request.is('application/json')) {
    next();
    return;
  }
  next(new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: 'Send the request body as application/json.' }));
}

/**
 * After the JSON parser, before anything reads the body: one walk over the parsed JSON refuses
 * nesting deeper than LIMITS.bodyDepthMax, NUL characters and prototype keys, with field paths.
 */
export function rejectHostileJson(request: Request, _response: Response, next: NextFunction): void {
  const body: unknown = request.body;
  const errors = jsonBodyShapeErrors(body);
  if (errors.length === 0) {
    next();
    return;
  }
  next(new AppError('VALIDATION_FAILED', { detail: 'The body holds values that are never accepted.', errors }));
}
