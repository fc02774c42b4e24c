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
});
