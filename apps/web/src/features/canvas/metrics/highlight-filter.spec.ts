import { describe, expect, it } from 'vitest';
import { given } from '../given';
import { HIGHLIGHT_DIMENSIONS, highlightMatches, isFilterActive, NO_FILTER } from './highlight-filter';
import { deriveBadges } from './metric-badges';
import { attachment, catalogOf } from './given-metrics';
import { targetSummary } from '../annotations/given-annotations';
import { painMarkers } from '../annotations/pain-marker';

function journeyOfFour() {
  const tps = [
    given.touchpoint('s1', { id: 'chat', channel: 'live_chat', interaction: 'personnel', ownerTeam: 'Support' }),
    given.touchpoint('s1', { id: 'phone', channel: 'phone', interaction: 'personnel', ownerTeam: 'Support' }),
    given.touchpoint('s2', { id: 'web', channel: 'web', interaction: 'digital', ownerTeam: 'Web' }),
    given.touchpoint('s2', { id: 'mail', channel: 'email', interaction: 'marketing', ownerTeam: null }),
  ];
  const badges = deriveBadges(
    [
      attachment({ touchpointId: 'chat', score: 92, health: 'on_target' }),
      attachment({ touchpointId: 'phone', score: 70, health: 'off_target' }),
      attachment({ touchpointId: 'web', score: 80, health: 'at_risk' }),
    ],
    catalogOf('csat'),
  ).touchpoints;
  return { tps, context: { badges } };
}

describe('highlightMatches', () => {
  const { tps, context } = journeyOfFour();

  it('dims nothing without an active filter', () => {
    expect(highlightMatches(tps, NO_FILTER, context)).toBeNull();
    expect(highlightMatches(tps, { channel: [] }, context)).toBeNull();
    expect(isFilterActive({ channel: [] })).toBe(false);
    expect(isFilterActive({ channel: ['web'] })).toBe(true);
  });

  it('matches any selected value within a dimension and every dimension together', () => {
    expect([...(highlightMatches(tps, { channel: ['live_chat', 'web'] }, context) ?? [])]).toEqual(['chat', 'web']);
    expect([...(highlightMatches(tps, { interaction: ['service'], health: ['off_target', 'at_risk'] }, context) ?? [])]).toEqual(['phone']);
  });

  it('answers "where are our service touchpoints off target?"', () => {
    expect([...(highlightMatches(tps, { interaction: ['service'], health: ['off_target'] }, context) ?? [])]).toEqual(['phone']);
    expect([...(highlightMatches(tps, { interaction: ['experience'] }, context) ?? [])]).toEqual(['web', 'mail']);
  });

  it('reads "no owner team" and "no metric" as values of their own', () => {
    expect([...(highlightMatches(tps, { ownerTeam: [''] }, context) ?? [])]).toEqual(['mail']);
    expect([...(highlightMatches(tps, { health: ['no_metric'] }, context) ?? [])]).toEqual(['mail']);
  });

  it('can match nothing', () => {
    expect(highlightMatches(tps, { channel: ['live_chat'], ownerTeam: ['Web'] }, context)?.size).toBe(0);
  });
});

describe('HIGHLIGHT_DIMENSIONS options', () => {
  it('offers the channels and owner teams present in the journey', () => {
    const { tps } = journeyOfFour();
    const options = (key: string) => HIGHLIGHT_DIMENSIONS.find((d) => d.key === key)?.options(tps).map((o) => o.label);
    expect(options('channel')).toEqual(['Website', 'Email', 'Phone', 'Live chat']);
    expect(options('ownerTeam')).toEqual(['No owner team', 'Support', 'Web']);
    expect(options('health')).toEqual(['On target', 'At risk', 'Off target', 'No data', 'No metric']);
  });
});

describe('the pain severity filter', () => {
  const { tps, context } = journeyOfFour();
  const pain = painMarkers({
    targets: [targetSummary('chat', { critical: 1, low: 1 }), targetSummary('phone', { high: 1 }), targetSummary('web', { low: 2 })],
    reviewBy: {},
  });
  const withPain = { ...context, pain };
  const ids = (filter: Record<string, string[]>) => [...(highlightMatches(tps, filter, withPain) ?? [])];

  it('highlights touchpoints with an open pain point at or above the chosen severity', () => {
    expect(ids({ pain: ['critical'] })).toEqual(['chat']);
    expect(ids({ pain: ['high'] })).toEqual(['chat', 'phone']);
    expect(ids({ pain: ['low'] })).toEqual(['chat', 'phone', 'web']);
  });

  it('finds the touchpoints without any open pain point, and combines with other dimensions', () => {
    expect(ids({ pain: ['none'] })).toEqual(['mail']);
    expect(ids({ pain: ['medium'], channel: ['phone', 'web'] })).toEqual(['phone']);
  });

  it('matches nothing when no pain is known, except "none"', () => {
    expect([...(highlightMatches(tps, { pain: ['low'] }, context) ?? [])]).toEqual([]);
    expect([...(highlightMatches(tps, { pain: ['none'] }, context) ?? [])]).toHaveLength(4);
  });

  it('is offered in the Highlight bar', () => {
    expect(HIGHLIGHT_DIMENSIONS.map((d) => d.key)).toContain('pain');
  });
});
