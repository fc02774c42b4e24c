import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';
import { codeForStatus } from '../errors/problem';

/** Errors thrown by express's body parser carry a `type` such as `entity.parse.failed` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
}

/** The errors body-parser raises for a request it cannot read; anything else is not a parser error. */
const PARSER_ERROR_TYPES: ReadonlySet<string> = new Set([
  'charset.unsupported',
  'encoding.unsupported',
  'request.aborted',
  'request.size.invalid',
]);

function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<BodyParserError>;
  return (
    typeof candidate.type === 'string' &&
    (candidate.type.startsWith('entity.') || PARSER_ERROR_TYPES.has(candidate.type)) &&
    typeof candidate.status === 'number'
  );
}

export function fromBodyParserError(error: unknown): AppError | null {
  if (!isBodyParserError(error)) return null;
  if (error.type === 'entity.parse.failed') return new AppError('MALFORMED_JSON');
  if (error.type === 'entity.too.large') {
    return new AppError('PAYLOAD_TOO_LARGE');
  }
  if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: 'Send JSON in UTF-8, without a content encoding.' });
  }
  return new AppError(codeForStatus(error.status));
}

/** Express error middleware placed right after the body parser: its failures become coded problems. */
export function bodyParserErrors(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  next(fromBodyParserError(error) ?? error);
}
