/** What a plain array literal can spell without quoting: numbers, UUIDs, SQL NULL. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Comma-separated UUIDs and nothing else: a list of ids is checked with one scan, not one test each. */
const UUID_LIST = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?:,(?!$)|$))*$/;

/**
 * The elements joined by commas when every one is a UUID string; else null. Each is 36 characters
 * long, so the UUIDs that the pattern finds are the elements themselves, not one element that
 * holds two ("a,b") beside one that holds none.
 */
function uuidList(values: readonly unknown[]): string | null {
  if (values.length === 0) return null;
  for (const value of values) if (typeof value !== 'string' || value.length !== 36) return null;
  const joined = values.join(',');
  return UUID_LIST.test(joined) ? joined : null;
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
