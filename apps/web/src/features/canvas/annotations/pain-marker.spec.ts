import { describe, expect, it } from 'vitest';
import { targetSummary } from './given-annotations';
import { CanvasPainStore } from './canvas-pain-store';
import { describePain, painMarkerOf, painMarkers } from './pain-marker';

describe('painMarkerOf', () => {
  it('counts unresolved pain points, coloured by the worst severity, broken down from the worst', () => {
    const marker = painMarkerOf(targetSummary('tp', { critical: 1, high: 1, low: 2 }));
    expect(marker).toEqual({
      count: 4,
      worst: 'critical',
      breakdown: [
        { severity: 'critical', count: 1 },
        { severity: 'high', count: 1 },
        { severity: 'low', count: 2 },
      ],
    });
    expect(marker && describePain(marker)).toBe('1 critical · 1 high · 2 low open pain points');
  });

  it('has no marker for a target with only other kinds of annotations', () => {
    const summary = { ...targetSummary('tp', {}), open: 3, byKind: { pain_point: 0, opportunity: 2, idea: 1, comment: 0 } };
    expect(painMarkerOf(summary)).toBeUndefined();
  });

  it('says "point" for one', () => {
    const marker = painMarkerOf(targetSummary('tp', { medium: 1 }));
    expect(marker && describePain(marker)).toBe('1 medium open pain point');
  });
});

describe('painMarkers', () => {
  it('keys touchpoints, stages and links by id and leaves painless targets out', () => {
    const markers = painMarkers({
      targets: [
        targetSummary('tp-1', { high: 2 }),
        targetSummary('stage-1', { low: 1 }, 'stage'),
        targetSummary('link-1', { critical: 1 }, 'link'),
        targetSummary('tp-2', {}),
      ],
      reviewBy: {},
    });
    expect([...markers.keys()]).toEqual(['tp-1', 'stage-1', 'link-1']);
    expect(markers.get('tp-1')?.worst).toBe('high');
    expect(markers.get('link-1')?.worst).toBe('critical');
  });
});

describe('CanvasPainStore', () => {
  it('keeps an unchanged marker identical across updates, so its card does not re-render', () => {
    const store = new CanvasPainStore();
    const summary = (critical: number) => ({ targets: [targetSummary('a', { high: 1 }), targetSummary('b', { critical })], reviewBy: {} });
    store.update(painMarkers(summary(1)));
    const [a, b] = [store.markerOf('a'), store.markerOf('b')];
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.update(painMarkers(summary(2)));
    expect(store.markerOf('a')).toBe(a);
    expect(store.markerOf('b')).not.toBe(b);
    expect(store.markerOf('b')?.count).toBe(2);
    expect(notified).toBe(1);
    store.update(painMarkers({ targets: [], reviewBy: {} }));
    expect(store.markerOf('a')).toBeUndefined();
  });
});
