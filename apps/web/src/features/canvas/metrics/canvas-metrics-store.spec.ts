import { describe, expect, it } from 'vitest';
import { CanvasMetricsStore } from './canvas-metrics-store';
import { deriveBadges } from './metric-badges';
import { attachment, catalogOf } from './given-metrics';

const catalog = catalogOf('csat');
const badgesFor = (scoreA: number, scoreB: number) =>
  deriveBadges(
    [attachment({ id: 'x', touchpointId: 'a', score: scoreA }), attachment({ id: 'y', touchpointId: 'b', score: scoreB })],
    catalog,
  ).touchpoints;

describe('CanvasMetricsStore', () => {
  it('keeps an unchanged badge as the same object across updates, so its card does not re-render', () => {
    const store = new CanvasMetricsStore();
    store.update(badgesFor(80, 90), null);
    const a = store.badgeOf('a');
    const b = store.badgeOf('b');
    store.update(badgesFor(80, 91), null);
    expect(store.badgeOf('a')).toBe(a);
    expect(store.badgeOf('b')).not.toBe(b);
    expect(store.badgeOf('b')?.value).toBe('91%');
  });

  it('dims what the filter does not match, nothing without a filter, and tells subscribers', () => {
    const store = new CanvasMetricsStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.update(new Map(), null);
    expect(store.isDimmed('a')).toBe(false);
    store.update(new Map(), new Set(['a']));
    expect([store.isDimmed('a'), store.isDimmed('b')]).toEqual([false, true]);
    unsubscribe();
    store.update(new Map(), null);
    expect(calls).toBe(2);
  });
});
