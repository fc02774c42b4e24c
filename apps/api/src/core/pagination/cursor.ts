import { AppError } from '../errors/app-error';

/** Keys of the last row of a page, in the order of the list's ORDER BY. Opaque to clients. */
export type CursorKey = readonly (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The key in `raw`, checked against the list's own shape (`accept`); anything else (forged,
 * truncated, from another endpoint) is a 400 on `cursor`, never a value that reaches SQL unchecked.
 */
export function decodeCursor<K extends CursorKey>(raw: string | undefined, accept: (key: unknown[]) => key is unknown[] & K): K | null {
  if (raw === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && accept(parsed)) return parsed;
  throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'cursor', message: 'cursor must be a cursor returned by this endpoint' }] });
}

/**
 * Rows were fetched with `limit + 1`: the extra row only says another page exists. The cursor is
 * the key of the last row returned.
 */
export function toPage<R, T>(rows: R[], limit: number, keyOf: (row: R) => CursorKey, map: (row: R) => T): { items: T[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(map), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;
export const CURSOR_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `[timestamp in UTC with microseconds, uuid]`: lists ordered by a time column, then id. */
export function isTimeIdKey(key: unknown[]): key is [string, string] {
  return key.length === 2 && typeof key[0] === 'string' && TIMESTAMP.test(key[0]) && typeof key[1] === 'string' && CURSOR_UUID.test(key[1]);
}

/** SQL for a timestamptz column as the exact text `isTimeIdKey` accepts (microseconds, UTC). */
export function cursorTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
}
