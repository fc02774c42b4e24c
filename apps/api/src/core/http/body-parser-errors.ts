import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';
import { codeForStatus } from '../errors/problem';

/** Errors thrown by express's body parser carry a `type` such as `entity.parse.failed` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<BodyParserError>;
  return typeof candidate.type === 'string' && candidate.type.startsWith('entity.') && typeof candidate.status === 'number';
}

export function fromBodyParserError(error: unknown): AppError | null {
  if (!isBodyParserError(error)) return null;
  if (error.type === 'entity.parse.failed') return new AppError('MALFORMED_JSON');
  if (error.type === 'entity.too.large') {
    return new AppError('PAYLOAD_TOO_LARGE');
  }
  return new AppError(codeForStatus(error.status));
}

/** Express error middleware placed right after the body parser: its failures become coded problems. */
export function bodyParserErrors(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  next(fromBodyParserError(error) ?? error);
}
