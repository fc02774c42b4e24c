import { describe, expect, it } from 'vitest';
import { focusFromSearch, focusSearch } from './canvas-focus';

describe('canvas focus from the URL', () => {
  it('reads a touchpoint, link or stage and the tab, defaulting to the details', () => {
    expect(focusFromSearch(new URLSearchParams('touchpoint=t1'))).toEqual({ target: { kind: 'touchpoint', id: 't1' }, tab: 'details' });
    expect(focusFromSearch(new URLSearchParams('link=l1&tab=annotations'))).toEqual({ target: { kind: 'link', id: 'l1' }, tab: 'annotations' });
    expect(focusFromSearch(new URLSearchParams('stage=s1&tab=nonsense'))).toEqual({ target: { kind: 'stage', id: 's1' }, tab: 'details' });
    expect(focusFromSearch(new URLSearchParams('tab=annotations'))).toBeNull();
    expect(focusFromSearch(new URLSearchParams('touchpoint='))).toBeNull();
  });

  it('writes the query string that reads back the same focus', () => {
    expect(focusSearch({ kind: 'touchpoint', id: 't1' })).toBe('?touchpoint=t1');
    const search = focusSearch({ kind: 'stage', id: 's 1' }, 'annotations');
    expect(focusFromSearch(new URLSearchParams(search))).toEqual({ target: { kind: 'stage', id: 's 1' }, tab: 'annotations' });
  });
});
