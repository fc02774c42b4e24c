import { describe, expect, it } from 'vitest';
import { loadedItems, updateLoadedItems, withCursor, type PagedList } from './pages';

const data: PagedList<number> = {
  pages: [
    { items: [1, 2], nextCursor: 'c1' },
    { items: [3], nextCursor: null },
  ],
  pageParams: [null, 'c1'],
};

describe('paged lists', () => {
  it('flattens the loaded pages in order', () => {
    expect(loadedItems(data)).toEqual([1, 2, 3]);
    expect(loadedItems<number>(undefined)).toBeUndefined();
  });

  it('updates items on every page and keeps the cursors', () => {
    const updated = updateLoadedItems(data, (items) => items.filter((n) => n !== 2).map((n) => n * 10));
    expect(updated?.pages).toEqual([
      { items: [10], nextCursor: 'c1' },
      { items: [30], nextCursor: null },
    ]);
    expect(updated?.pageParams).toEqual([null, 'c1']);
  });

  it('asks for the first page without a cursor', () => {
    expect(withCursor('/workspaces/w/journeys', null)).toBe('/workspaces/w/journeys');
    expect(withCursor('/workspaces/w/journeys', 'a-b_c')).toBe('/workspaces/w/journeys?cursor=a-b_c');
  });
});
