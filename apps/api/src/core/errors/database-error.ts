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

/**
 * A safety net: a database rule broken by input becomes a 4xx problem, never a 500 with SQL in it;
 * an unreachable database becomes 503 (temporary), not 500.
 */
export function fromDatabaseError(error: unknown): AppError | null {
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_UNAVAILABLE');
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

/** Socket-level failures: the server is down, restarting, unreachable or dropped the connection. */
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (starting up / shutting down), too_many_connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Messages of node-postgres and pg-pool that carry no code. */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection timeout/i,
  /not queryable/i,
  /cannot use a pool after calling end/i,
];

/**
 * True when `error` says the database cannot be reached right now (not that a query was wrong):
 * such a request is answered 503 with Retry-After, and succeeds again once the database is back.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const candidate = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof candidate.code === 'string' ? candidate.code : undefined;
  if (code !== undefined && (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(candidate.message as string))) return true;
  const nested = [candidate.driverError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return nested.some((inner) => inner !== undefined && isDatabaseUnavailable(inner, depth + 1));
}
