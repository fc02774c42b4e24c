import { jsonBodyShapeErrors, MAX_SHAPE_ERRORS } from './json-body-shape';

const paths = (body: unknown): string[] => jsonBodyShapeErrors(body).map((e) => e.path);

describe('jsonBodyShapeErrors', () => {
  it('passes ordinary bodies, up to the depth limit', () => {
    expect(jsonBodyShapeErrors({ ops: [{ data: { position: { x: 1, y: 2 } } }], name: 'Anna', n: null })).toEqual([]);
    expect(jsonBodyShapeErrors({ a: [[[[[[[]]]]]]] })).toEqual([]);
  });

  it('refuses nesting deeper than the limit at the path where it goes too deep', () => {
    expect(jsonBodyShapeErrors({ a: [[[[[[[[]]]]]]]] })).toEqual([{ path: 'a.0.0.0.0.0.0.0', message: 'is nested deeper than 8 levels' }]);
  });

  it('walks 100,000 levels without recursion', () => {
    const deep: unknown = JSON.parse(`{"email":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(paths(deep)).toEqual(['email.0.0.0.0.0.0.0']);
  });

  it('refuses NUL in string values and in keys, anywhere', () => {
    const body: unknown = JSON.parse('{"name":"a\\u0000b","ops":[{"data":{"title":"ok","label":"\\u0000"}}],"k\\u0000":1}');
    expect(jsonBodyShapeErrors(body)).toEqual([
      { path: 'name', message: 'must not contain the NUL character (\\u0000)' },
      { path: 'k\\u0000', message: 'property names must not contain the NUL character (\\u0000)' },
      { path: 'ops.0.data.label', message: 'must not contain the NUL character (\\u0000)' },
    ]);
  });

  it('refuses keys that name prototypes, including an own __proto__ made by JSON.parse', () => {
    const body: unknown = JSON.parse(
      '{"__proto__":{"polluted":true},"ops":[{"data":{"constructor":{},"position":{"prototype":1}}}]}',
    );
    expect(paths(body)).toEqual(['__proto__', 'ops.0.data.constructor', 'ops.0.data.position.prototype']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stops after a bounded number of errors', () => {
    const body = { items: Array.from({ length: 1000 }, () => '\u0000') };
    expect(jsonBodyShapeErrors(body)).toHaveLength(MAX_SHAPE_ERRORS);
  });

  it('ignores scalars', () => {
    expect(jsonBodyShapeErrors(undefined)).toEqual([]);
    expect(jsonBodyShapeErrors(42)).toEqual([]);
  });
});
