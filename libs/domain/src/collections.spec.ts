import { describe, expect, it } from 'vitest';
import { groupBy } from './collections';

describe('groupBy', () => {
  it('groups in first-seen key order, keeping the items’ order within each group', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('maps each item when given a value function, and gives an empty map for no items', () => {
    expect(groupBy([1, 2, 3, 4], (n) => n % 2, (n) => n * 10)).toEqual(new Map([[1, [10, 30]], [0, [20, 40]]]));
    expect(groupBy([], () => 'x').size).toBe(0);
  });

  it('groups 50,000 items into 250 groups of 200, each in order', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ key: i % 250, i }));
    const groups = groupBy(items, (item) => item.key, (item) => item.i);
    expect(groups.size).toBe(250);
    expect(groups.get(7)?.slice(0, 3)).toEqual([7, 257, 507]);
    expect([...groups.values()].every((group) => group.length === 200)).toBe(true);
  });
});
