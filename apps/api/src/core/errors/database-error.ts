import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

/** PostgreSQL SQLSTATE codes that user input can still reach despite validation. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';
const PG_NOT_NULL_VIOLATION = '23502';
const PG_INVALID_TEXT = '22P02';
const PG_OUT_OF_RANGE = '22003';
const PG_STRING_TOO_LONG = '22001';
/** A NUL byte in text (`invalid byte sequence for encoding "UTF8": 0x00`). */
const PG_CHARACTER_NOT_IN_REPERTOIRE = '22021';
/** `\u0000` in jsonb, or a character the database encoding cannot hold. */
const PG_UNTRANSLATABLE_CHARACTER = '22P05';

export function sqlState(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError: unknown = error.driverError;
  if (typeof driverError === 'object' && driverError !== null && 'code' in driverError) {
    const code = (driverError as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === PG_UNIQUE_VIOLATION;
}

/** A safety net: a database rule broken by input becomes a 4xx problem, never a 500 with SQL in it. */
export function fromDatabaseError(error: unknown): AppError | null {
  switch (sqlState(error)) {
    case PG_UNIQUE_VIOLATION:
      return new AppError('ID_TAKEN', { detail: 'A value that must be unique is already in use' });
    case PG_FOREIGN_KEY_VIOLATION:
    case PG_CHECK_VIOLATION:
    case PG_NOT_NULL_VIOLATION:
      return new AppError('CONSTRAINT_VIOLATION');
    case PG_INVALID_TEXT:
    case PG_OUT_OF_RANGE:
    case PG_STRING_TOO_LONG:
      return new AppError('BAD_REQUEST', { detail: 'A value has the wrong format or size' });
    case PG_CHARACTER_NOT_IN_REPERTOIRE:
    case PG_UNTRANSLATABLE_CHARACTER:
      return new AppError('BAD_REQUEST', { detail: 'A value holds a character that cannot be stored' });
    default:
      return null;
  }
}
