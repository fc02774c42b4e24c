/** What a plain array literal can spell without quoting: numbers, UUIDs, SQL NULL. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Hex digits, hyphens and commas only: nothing that an array literal would need to quote. */
const HEX_LIST = /^[0-9a-fA-F,-]*$/;

/**
 * The elements joined by commas when each is a UUID-sized string of hex digits and hyphens (no
 * comma inside, so each stays one element); else null. One scan of the joined text, not a pattern
 * per element; PostgreSQL's uuid input then checks the layout of each, as it would have anyway.
 */
function uuidList(values: readonly unknown[]): string | null {
  if (values.length === 0) return null;
  for (const value of values) if (typeof value !== 'string' || value.length !== 36 || value.includes(',')) return null;
  const joined = values.join(',');
  return HEX_LIST.test(joined) ? joined : null;
}

function plain(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && UUID.test(value));
}

/**
 * An array parameter for a `$n::uuid[]`, `::int[]` or `::float8[]` cast, as one PostgreSQL array
 * literal (`{1,2.5,NULL}`) built with a single join: node-postgres quotes and escapes every element
 * one by one, ~10 ms for the five 2,000-element arrays of a batch that moves 2,000 touchpoints.
 * Any other element (text, NaN, an object) leaves the array to the driver, unchanged.
 */
export function arrayParam(values: readonly unknown[]): string | readonly unknown[] {
  const ids = uuidList(values);
  if (ids !== null) return `{${ids}}`;
  for (const value of values) if (!plain(value)) return values;
  return `{${values.map((value) => (value === null || value === undefined ? 'NULL' : String(value))).join(',')}}`;
}
