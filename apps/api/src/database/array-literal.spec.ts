import { arrayParam } from './array-literal';

describe('arrayParam', () => {
  it('spells numbers, UUIDs and nulls as one array literal', () => {
    expect(arrayParam([1, 2.5, -3, 1e21, null, undefined])).toBe('{1,2.5,-3,1e+21,NULL,NULL}');
    expect(arrayParam(['0b6f4c1e-7a5d-4c2b-9f1e-3a2b1c0d9e8f', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'])).toBe(
      '{0b6f4c1e-7a5d-4c2b-9f1e-3a2b1c0d9e8f,FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF}',
    );
    expect(arrayParam([])).toBe('{}');
  });

  it('leaves anything that would need quoting to the driver', () => {
    for (const values of [['a,b'], ['x"}'], [Number.NaN], [Number.POSITIVE_INFINITY], [{ x: 1 }], [1, 'NULL'], [[1, 2]]]) {
      expect(arrayParam(values)).toBe(values);
    }
  });

  it('joins a list of ids into one literal only when no element can be split or need quoting', () => {
    const a = '0b6f4c1e-7a5d-4c2b-9f1e-3a2b1c0d9e8f';
    const b = '1c7e5d2f-8b6e-4d3c-8a2f-4b3c2d1e0f9a';
    const ids = Array.from({ length: 2000 }, (_, i) => (i % 2 === 0 ? a : b));
    expect(arrayParam(ids)).toBe(`{${ids.join(',')}}`);
    // Two ids in one element (and a short one beside it) would join into the same text as three ids.
    for (const values of [[`${a},${b}`, ''], [a, `${b} `], [a, b.replace('-', ',')], [a, 'x'.repeat(36)]]) {
      expect(arrayParam(values)).toBe(values);
    }
    expect(arrayParam([a, null, b])).toBe(`{${a},NULL,${b}}`);
  });
});
