import fc from 'fast-check';

/** One way of spoiling a valid request: the fuzzer applies exactly one per request. */
export type Mutation =
  /** A body generated from the operation's request schema. */
  | { kind: 'generated-body'; body: unknown }
  /** The value at one place of the valid body (picked by `at`, modulo the number of places) replaced. */
  | { kind: 'body-field'; at: number; value: unknown }
  /** An undocumented field added to one object of the valid body. */
  | { kind: 'body-extra'; at: number; name: string; value: unknown }
  /** The whole body replaced by a value of another shape. */
  | { kind: 'body-whole'; value: unknown }
  /** Bytes that are not (quite) JSON, sent as application/json. */
  | { kind: 'raw-body'; text: string }
  /** The valid body sent with another Content-Type. */
  | { kind: 'content-type'; value: string }
  | { kind: 'header'; name: 'If-Match' | 'If-None-Match'; value: string }
  /** A query parameter (a documented one or not); an array repeats the key. */
  | { kind: 'query'; name: string | null; value: string | string[] }
  /** One path parameter (picked by `at`) replaced. */
  | { kind: 'path'; at: number; value: PathValue };

/** A literal, or an id of the other workspace (of the kind at `at` of its id list), or one of the workspace's own ids of another kind. */
export type PathValue = { literal: string } | { foreign: number } | { ownOther: number };

const BIG_NUMBERS = [1e308, -1e308, 2 ** 53 + 1, -(2 ** 53) - 1, Number.MIN_VALUE, -0, 0.5, -1, 2 ** 31, 2 ** 63];

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a\u0000b',
    '\u0000',
    '\ud800',
    '\udfff x \ud83d',
    '\u202eevil\u202c',
    '\u200b\u200d\ufeff',
    'e\u0301\u0301\u0301',
    '💥🧨'.repeat(50),
    '𝓤𝓷𝓲𝓬𝓸𝓭𝓮',
    "'; DROP TABLE journeys; --",
    '%00%ff',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'NaN',
    'Infinity',
    '2026-02-30',
    '0000-00-00',
    '-1',
    '1e999',
    '99999999999999999999999999',
    'true',
    'null',
    '{"a":1}',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 4 }),
  fc.integer({ min: 1, max: 6 }).map((power) => 'x'.repeat(10 ** power)),
);

function nestedArrays(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedObjects(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Values of every JSON type, many of them hostile: what a field may receive instead of its own. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(...BIG_NUMBERS),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom(10, 64, 200, 2000).map(nestedArrays),
  fc.constantFrom(10, 64, 200, 2000).map(nestedObjects),
  fc.array(fc.oneof(fc.constant({}), fc.integer(), hostileText), { maxLength: 3 }),
  fc.integer({ min: 1, max: 5 }).map((power) => Array.from({ length: 10 ** power }, () => 0)),
  fc.dictionary(fc.constantFrom('a', 'id', 'workspaceId', 'version', 'type'), fc.oneof(fc.integer(), hostileText), { maxKeys: 3 }),
);

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=fuzz',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=nonsense',
  'application/merge-patch+json',
  'application/problem+json',
  'application/vnd.api+json',
  'APPLICATION/JSON',
  'application/json;;;',
  'application/xml',
  '*/*',
  'garbage',
];

const RAW_BODIES = ['{', '{"a":', '[', ']', 'null', '"text"', '1e999', 'true', '{"a":1}}', '{"a":1,}', "{'a':1}", '\u0000', '{"__proto__":{"x":1}}', '{"a":"\\ud800"}'];

const IF_MATCH = ['*', '"abc"', 'W/"1"', '"-1"', '"99999999999999999999"', '"1", "2"', 'garbage', '""', ' ', `"${'9'.repeat(5000)}"`, '"1",,', 'W/', '"\u00e9"'];

const QUERY_NAMES = ['limit', 'cursor', 'from', 'to', 'by', 'metric', 'journeyId', 'actorUserId', 'action', 'status', 'q', 'sort', 'unknown'];

const queryText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '0', '-1', '1.5', '201', '1e3', '9'.repeat(40), 'abc', 'null', '2026-13-01', '2026-02-30', '../', '\u0000', 'ü', '%', 'true'),
  fc.uuid(),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: 2, max: 5 }).map((power) => 'q'.repeat(10 ** power)),
);

const pathLiteral: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'not-a-uuid',
    '1',
    '0',
    '-1',
    '99999999999999999999999999999',
    '1e309',
    '..',
    '\u0000',
    'ü',
    '{00000000-0000-0000-0000-000000000000}',
    ' ',
    'null',
    'undefined',
    'x'.repeat(2000),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

/** Mutations of a request; `generated` is present when the operation documents a JSON body. */
export function mutation(generated: fc.Arbitrary<unknown> | null, hasBody: boolean, pathParams: number, queryNames: readonly string[]): fc.Arbitrary<Mutation> {
  const options: fc.Arbitrary<Mutation>[] = [
    fc.record({ kind: fc.constant('header' as const), name: fc.constantFrom('If-Match' as const, 'If-None-Match' as const), value: fc.constantFrom(...IF_MATCH) }),
    fc.record({
      kind: fc.constant('query' as const),
      name: fc.option(fc.constantFrom(...new Set([...queryNames, ...QUERY_NAMES])), { nil: null, freq: 10 }),
      value: fc.oneof(queryText, fc.array(queryText, { minLength: 2, maxLength: 3 })),
    }),
  ];
  if (pathParams > 0) {
    const value: fc.Arbitrary<PathValue> = fc.oneof(
      pathLiteral.map((literal) => ({ literal })),
      fc.nat().map((foreign) => ({ foreign })),
      fc.nat().map((ownOther) => ({ ownOther })),
    );
    const path = fc.record({ kind: fc.constant('path' as const), at: fc.nat(), value });
    options.push(path, path, path);
  }
  if (hasBody) {
    const field = fc.record({ kind: fc.constant('body-field' as const), at: fc.nat(), value: hostileValue });
    options.push(
      field,
      field,
      field,
      fc.record({ kind: fc.constant('body-extra' as const), at: fc.nat(), name: fc.constantFrom('extra', 'workspaceId', 'id', '__proto__', 'constructor', 'ü'), value: hostileValue }),
      fc.record({ kind: fc.constant('body-whole' as const), value: hostileValue }),
      fc.record({ kind: fc.constant('raw-body' as const), text: fc.constantFrom(...RAW_BODIES) }),
      fc.record({ kind: fc.constant('content-type' as const), value: fc.constantFrom(...CONTENT_TYPES) }),
    );
    if (generated !== null) {
      const generatedBody = fc.record({ kind: fc.constant('generated-body' as const), body: generated });
      options.push(generatedBody, generatedBody);
    }
  }
  return fc.oneof(...options);
}

/** Every place in a JSON value (the root included), as key paths. */
export function placesOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const places: (string | number)[][] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => places.push(...placesOf(item, [...path, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) places.push(...placesOf(item, [...path, key]));
  }
  return places;
}

/** A deep copy of `value` with the value at `path` replaced (`path` = [] replaces the whole). */
export function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  if (value !== null && typeof value === 'object') {
    return { ...(value as Record<string, unknown>), [head]: replaceAt((value as Record<string, unknown>)[head], rest, replacement) };
  }
  return value;
}

/** A short, printable description of a mutation for failure reports (huge values abbreviated). */
export function describeMutation(mutation: Mutation): string {
  return JSON.stringify(mutation, (_key, value: unknown) => {
    if (typeof value === 'string' && value.length > 60) return `${value.slice(0, 20)}…(${value.length} chars)`;
    if (Array.isArray(value) && value.length > 10) return `[${value.length} items]`;
    return value;
  }).slice(0, 400);
}
