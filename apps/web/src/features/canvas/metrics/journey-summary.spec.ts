import { describe, expect, it } from 'vitest';
import { given } from '../given';
import { deriveBadges } from './metric-badges';
import { stageHealthStrip, worstTouchpoints } from './journey-summary';
import { attachment, catalogOf } from './given-metrics';

function journey() {
  const stages = [given.stage({ id: 's1', name: 'Discover', order: 0 }), given.stage({ id: 's2', name: 'Buy', order: 1 }), given.stage({ id: 's3', name: 'Use', order: 2 })];
  const tps = [
    given.touchpoint('s1', { id: 'ad', title: 'Ad' }),
    given.touchpoint('s1', { id: 'site', title: 'Site' }),
    given.touchpoint('s2', { id: 'checkout', title: 'Checkout' }),
    given.touchpoint('s2', { id: 'phone', title: 'Phone' }),
    given.touchpoint('s2', { id: 'chat', title: 'Chat' }),
    given.touchpoint('s3', { id: 'app', title: 'App' }),
  ];
  const badges = deriveBadges(
    [
      attachment({ touchpointId: 'site', score: 90, health: 'on_target' }),
      attachment({ touchpointId: 'checkout', score: 80, health: 'at_risk' }),
      // 15 points under an 85 target vs 25 points under a 40 NPS target (a 200-point scale).
      attachment({ touchpointId: 'phone', score: 70, health: 'off_target' }),
      attachment({ touchpointId: 'chat', metric: 'nps', score: 15, health: 'off_target', target: 40, warning: 20 }),
      attachment({ touchpointId: 'app', score: null }),
    ],
    catalogOf('csat', 'nps'),
  ).touchpoints;
  return { stages, tps, badges };
}

describe('stageHealthStrip', () => {
  it('counts key-metric healths per stage and colours each by its worst measured one', () => {
    const { stages, tps, badges } = journey();
    const strip = stageHealthStrip(stages, tps, badges);
    expect(strip.map((s) => [s.name, s.health, s.touchpoints])).toEqual([
      ['Discover', 'on_target', 2],
      ['Buy', 'off_target', 3],
      ['Use', 'no_data', 1],
    ]);
    expect(strip[1]?.counts).toEqual({ on_target: 0, at_risk: 1, off_target: 2, no_data: 0 });
    expect(strip[2]?.counts.no_data).toBe(1);
  });

  it('keeps stages without touchpoints, in the given order', () => {
    const { stages, badges } = journey();
    expect(stageHealthStrip(stages, [], badges).map((s) => [s.name, s.health, s.touchpoints])).toEqual([
      ['Discover', 'no_data', 0],
      ['Buy', 'no_data', 0],
      ['Use', 'no_data', 0],
    ]);
  });
});

describe('worstTouchpoints', () => {
  it('ranks off target first, then by distance from target as a share of the scale', () => {
    const { stages, tps, badges } = journey();
    const worst = worstTouchpoints(tps, stages, badges);
    expect(worst.map((w) => [w.touchpoint.title, w.stageName, w.badge.health])).toEqual([
      ['Phone', 'Buy', 'off_target'],
      ['Chat', 'Buy', 'off_target'],
      ['Checkout', 'Buy', 'at_risk'],
    ]);
  });

  it('stops at the limit', () => {
    const { stages, tps, badges } = journey();
    expect(worstTouchpoints(tps, stages, badges, 1).map((w) => w.touchpoint.id)).toEqual(['phone']);
  });
});
