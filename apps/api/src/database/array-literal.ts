/** What a plain array literal can spell without quoting: numbers, UUIDs, SQL NULL. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

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
  for (const value of values) if (!plain(value)) return values;
  return `{${values.map((value) => (value === null || value === undefined ? 'NULL' : String(value))).join(',')}}`;
}
