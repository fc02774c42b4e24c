import { describe, expect, it } from 'vitest';
import { deriveBadges, sameBadge, shortfallOf } from './metric-badges';
import { formatScore, shortMetricName } from './metric-format';
import { attachment, catalogOf, definitionOf } from './given-metrics';

describe('deriveBadges', () => {
  const catalog = catalogOf('csat', 'fcr', 'aht', 'nps');

  it('shows the key metric of a touchpoint, else the first attached', () => {
    const badges = deriveBadges(
      [
        attachment({ touchpointId: 'a', metric: 'fcr', score: 70, health: 'at_risk', target: 75, warning: 65 }),
        attachment({ touchpointId: 'a', metric: 'csat', score: 92.44, health: 'on_target', isKey: true }),
        attachment({ touchpointId: 'b', metric: 'aht', score: 610, health: 'off_target', target: 420, warning: 540 }),
        attachment({ touchpointId: 'b', metric: 'csat', score: 80 }),
      ],
      catalog,
    );
    expect(badges.touchpoints.get('a')).toMatchObject({ label: 'CSAT', value: '92.4%', health: 'on_target', target: '85%', metricCount: 2 });
    expect(badges.touchpoints.get('b')).toMatchObject({ label: 'AHT', value: '10m 10s', health: 'off_target', target: '7m', warning: '9m' });
  });

  it('keeps links apart from touchpoints and grey without data', () => {
    const badges = deriveBadges([attachment({ touchpointId: null, linkId: 'l1', metric: 'fcr', score: null })], catalog);
    expect(badges.touchpoints.size).toBe(0);
    expect(badges.links.get('l1')).toMatchObject({ label: 'FCR', value: null, health: 'no_data', shortfall: null, sampleSize: null });
  });

  it('flags a small sample and carries n', () => {
    const badges = deriveBadges([attachment({ touchpointId: 'a', score: 88, sampleSize: 12 })], catalog);
    expect(badges.touchpoints.get('a')).toMatchObject({ sampleSize: 12, smallSample: true, periodStart: '2025-05-01' });
  });

  it('leaves out metrics the catalog does not know', () => {
    const badges = deriveBadges([attachment({ touchpointId: 'a', metric: 'custom_x', score: 3 })], catalog);
    expect(badges.touchpoints.has('a')).toBe(false);
  });
});

describe('shortfallOf', () => {
  it('is 0 on the good side of the target and a share of the scale on the bad side, in either direction', () => {
    expect(shortfallOf(definitionOf('csat'), 85, 90)).toBe(0);
    expect(shortfallOf(definitionOf('csat'), 85, 75)).toBeCloseTo(0.1);
    expect(shortfallOf(definitionOf('nps'), 40, 0)).toBeCloseTo(0.2);
    // AHT: lower is better, open scale → relative to the target.
    expect(shortfallOf(definitionOf('aht'), 400, 600)).toBeCloseTo(0.5);
    expect(shortfallOf(definitionOf('aht'), 400, 300)).toBe(0);
  });
});

describe('formatting', () => {
  it('writes scores in their unit', () => {
    expect(formatScore(definitionOf('csat'), 82)).toBe('82%');
    expect(formatScore(definitionOf('nps'), 41.6)).toBe('42');
    expect(formatScore(definitionOf('ces'), 5)).toBe('5.0');
    expect(formatScore(definitionOf('aht'), 45)).toBe('45s');
    expect(formatScore(definitionOf('aht'), 3725)).toBe('1h 2m');
    expect(formatScore(definitionOf('incident_volume'), 12_345)).toBe('12.3K');
    expect(formatScore(definitionOf('cost_to_serve'), 0.4567)).toBe('0.46');
  });

  it('shortens names to their abbreviation', () => {
    expect(shortMetricName(definitionOf('csat'))).toBe('CSAT');
    expect(shortMetricName(definitionOf('churn_rate'))).toBe('Churn rate');
  });
});

describe('sameBadge', () => {
  it('compares field by field', () => {
    const catalog = catalogOf('csat');
    const one = deriveBadges([attachment({ id: 'x', touchpointId: 'a', score: 80 })], catalog).touchpoints.get('a');
    const two = deriveBadges([attachment({ id: 'x', touchpointId: 'a', score: 80 })], catalog).touchpoints.get('a');
    const three = deriveBadges([attachment({ id: 'x', touchpointId: 'a', score: 81 })], catalog).touchpoints.get('a');
    expect(one).not.toBe(two);
    expect(sameBadge(one, two)).toBe(true);
    expect(sameBadge(one, three)).toBe(false);
    expect(sameBadge(one, undefined)).toBe(false);
  });
});
