import { describe, expect, it } from 'vitest';
import { presetOf, presetRange, rangeFromSearch } from './portfolio-range';

const today = new Date('2026-12-05T12:00:00Z');

describe('portfolio range presets', () => {
  it('gives whole calendar months up to the current one', () => {
    expect(presetRange('last12', today)).toBeNull();
    expect(presetRange('last6', today)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(presetRange('last3', today)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetRange('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetRange('lastYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('recognises a preset in the URL range, else calls it custom', () => {
    expect(presetOf(null, today)).toBe('last12');
    expect(presetOf({ from: '2026-07-01', to: '2026-12-31' }, today)).toBe('last6');
    expect(presetOf({ from: '2026-07-02', to: '2026-12-31' }, today)).toBe('custom');
  });

  it('reads from and to only when both are real dates in order', () => {
    expect(rangeFromSearch(new URLSearchParams('from=2026-01-01&to=2026-03-31'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(rangeFromSearch(new URLSearchParams('from=2026-01-01'))).toBeNull();
    expect(rangeFromSearch(new URLSearchParams('from=2026-02-30&to=2026-03-31'))).toBeNull();
    expect(rangeFromSearch(new URLSearchParams('from=2026-04-01&to=2026-03-31'))).toBeNull();
  });
});
