import { emptyTotals, type MeasurementTotals } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { buildPortfolioReport, type PortfolioInput, type PortfolioJourneyInput } from './build-portfolio-report';

const totals = (figures: Partial<MeasurementTotals>): MeasurementTotals => ({ ...emptyTotals(), rows: 1, ...figures });

const nps = { kind: 'nps', unit: 'score', valuePooling: null, direction: 'higher' } as const;
const csat = { kind: 'csat', unit: 'percent', valuePooling: null, direction: 'higher' } as const;
const aht = { kind: 'mean', unit: 'seconds', valuePooling: null, direction: 'lower' } as const;
const fcr = { kind: 'ratio', unit: 'percent', valuePooling: null, direction: 'higher' } as const;

function journey(overrides: Partial<PortfolioJourneyInput> & Pick<PortfolioJourneyInput, 'id' | 'name'>): PortfolioJourneyInput {
  return {
    state: 'current',
    status: 'published',
    stageCount: 3,
    touchpointCount: 10,
    updatedAt: '2026-03-01T00:00:00.000Z',
    openPains: { low: 0, medium: 0, high: 0, critical: 0 },
    keyMetrics: [],
    ...overrides,
  };
}

const input: PortfolioInput = {
  workspace: { id: 'w', name: 'Acme' },
  journeys: [
    journey({
      id: 'c',
      name: 'Support',
      touchpointCount: 4,
      openPains: { low: 0, medium: 1, high: 0, critical: 2 },
      keyMetrics: [
        // 60 / 100 = 60 %: at the warning edge → at risk; before, 70 % → on target.
        { attachmentId: 'c1', definition: fcr, target: 70, warning: 60, current: totals({ numerator: 60, denominator: 100 }), previous: totals({ numerator: 70, denominator: 100 }) },
      ],
    }),
    journey({ id: 'b', name: 'Onboarding', touchpointCount: 0, stageCount: 0 }),
    journey({
      id: 'a',
      name: 'Buying',
      touchpointCount: 12,
      openPains: { low: 1, medium: 0, high: 3, critical: 1 },
      keyMetrics: [
        // NPS (50 − 20) / 100 = 30 → on target (≥ 30); before (40 − 30) / 100 = 10 → at risk (≥ 10).
        { attachmentId: 'a1', definition: nps, target: 30, warning: 10, current: totals({ promoters: 50, passives: 30, detractors: 20 }), previous: totals({ promoters: 40, passives: 30, detractors: 30 }) },
        // CSAT (30 + 30) / 100 = 60 % → off target (< 75); before (40 + 50) / 100 = 90 % → on target.
        { attachmentId: 'a2', definition: csat, target: 85, warning: 75, current: totals({ ratings: [10, 10, 20, 30, 30] }), previous: totals({ ratings: [0, 0, 10, 40, 50] }) },
        // Handle time 250 s, lower is better → on target (≤ 300); nothing before → no data.
        { attachmentId: 'a3', definition: aht, target: 300, warning: 420, current: totals({ weightedSum: 250 * 100, count: 100 }), previous: null },
      ],
    }),
  ],
};

describe('buildPortfolioReport', () => {
  const report = buildPortfolioReport(input, { from: '2025-04-01', to: '2026-03-31' }, new Date('2026-04-02T10:00:00.000Z'));
  const byId = (id: string) => report.journeys.find((j) => j.id === id)!;

  it('lists the journeys by name with their counts', () => {
    expect(report.generatedAt).toBe('2026-04-02T10:00:00.000Z');
    expect(report.range).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(report.workspace).toEqual({ id: 'w', name: 'Acme' });
    expect(report.journeys.map((j) => j.name)).toEqual(['Buying', 'Onboarding', 'Support']);
    expect(byId('a')).toMatchObject({ stageCount: 3, touchpointCount: 12, openPains: { low: 1, medium: 0, high: 3, critical: 1 } });
  });

  it('counts key metrics by health from the latest period in the range', () => {
    expect(byId('a').health).toEqual({ on_target: 2, at_risk: 0, off_target: 1, no_data: 0 });
    expect(byId('a').overallHealth).toBe('off_target');
    expect(byId('c').health).toEqual({ on_target: 0, at_risk: 1, off_target: 0, no_data: 0 });
    expect(byId('c').overallHealth).toBe('at_risk');
    expect(byId('b').health).toEqual({ on_target: 0, at_risk: 0, off_target: 0, no_data: 0 });
    expect(byId('b').overallHealth).toBe('no_data');
  });

  it('compares the share of key metrics on target with the previous range', () => {
    // Buying: 2 of 3 now against 1 of 2 measured before (the handle time had no data) → improving.
    expect(byId('a').trend).toBe('improving');
    // Support: 0 of 1 now against 1 of 1 before → worsening.
    expect(byId('c').trend).toBe('worsening');
    // Onboarding: no key metric → no trend.
    expect(byId('b').trend).toBeNull();
  });

  it('adds up the totals', () => {
    expect(report.totals).toEqual({
      journeys: 3,
      touchpoints: 16,
      health: { on_target: 2, at_risk: 1, off_target: 1, no_data: 0 },
      openPains: { low: 1, medium: 1, high: 3, critical: 3 },
    });
  });

  it('shows no trend when either range has no reading, and steady when the share holds', () => {
    const one = (current: MeasurementTotals | null, previous: MeasurementTotals | null) =>
      buildPortfolioReport(
        { workspace: input.workspace, journeys: [journey({ id: 'x', name: 'X', keyMetrics: [{ attachmentId: 'x1', definition: fcr, target: 70, warning: 60, current, previous }] })] },
        { from: '2026-01-01', to: '2026-03-31' },
        new Date(),
      ).journeys[0];
    expect(one(totals({ numerator: 80, denominator: 100 }), null)).toMatchObject({ trend: null, health: { on_target: 1 } });
    expect(one(null, totals({ numerator: 80, denominator: 100 }))).toMatchObject({ trend: null, health: { no_data: 1 }, overallHealth: 'no_data' });
    expect(one(totals({ numerator: 80, denominator: 100 }), totals({ numerator: 75, denominator: 100 })).trend).toBe('steady');
  });
});
