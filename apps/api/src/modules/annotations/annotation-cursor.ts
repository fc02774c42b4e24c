import { isUUID } from 'class-validator';

/** Keyset cursor of the annotation list: the last row's created_at (to the microsecond) and id, base64url. */
export function encodeCursor(row: { created_key: string; id: string }): string {
  return Buffer.from(`${row.created_key}|${row.id}`, 'utf8').toString('base64url');
}

/** The position a cursor points at, or undefined when it is not one of ours. */
export function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|(.+)$/.exec(text);
  if (!match || !match[1] || !match[2] || !isUUID(match[2]) || Number.isNaN(Date.parse(match[1]))) return undefined;
  return { createdAt: match[1], id: match[2] };
}
