import type { Page } from '@cxmap/domain';
import type { InfiniteData } from '@tanstack/react-query';

/** A list endpoint's pages as TanStack Query's infinite queries keep them. */
export type PagedList<T> = InfiniteData<Page<T>, unknown>;

/** `?cursor=` for a page after the first; the first page is the bare path. */
export function withCursor(path: string, cursor: string | null): string {
  return cursor === null ? path : `${path}?cursor=${encodeURIComponent(cursor)}`;
}

/** The options every paged list shares: start without a cursor, continue with `nextCursor`. */
export const pagedListOptions = {
  initialPageParam: null as string | null,
  getNextPageParam: <T>(last: Page<T>): string | null => last.nextCursor,
};

/** Every item loaded so far, in order. */
export function loadedItems<T>(data: PagedList<T> | undefined): T[] | undefined {
  return data?.pages.flatMap((page) => page.items);
}

/**
 * Applies an item-wise change (rename, remove, re-role) to every loaded page, keeping the pages and
 * their cursors as they are: what optimistic updates need.
 */
export function updateLoadedItems<T>(
  data: PagedList<T> | undefined,
  update: (items: readonly T[]) => T[] | undefined,
): PagedList<T> | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: update(page.items) ?? page.items })) };
}
