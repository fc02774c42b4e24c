import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, FIXTURE_OPTIONS, fixtureInput } from '../testing/fixture-journey';
import { buildJourneyReport } from './build-journey-report';
import { overallHealthOf } from './health';
import { resolveReportRange } from './range';

const report = buildJourneyReport(fixtureInput(), FIXTURE_OPTIONS, FIXTURE_NOW);
const metric = (id: string) => [...report.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.metrics)), ...report.handoffs.flatMap((h) => h.metrics)].find((m) => m.attachmentId === id);

describe('buildJourneyReport: summary', () => {
  it('counts touchpoints per stage (in stage order) and per channel (most first)', () => {
    expect(report.summary.touchpointsByStage.map((s) => [s.name, s.count])).toEqual([
      ['Browse', 2],
      ['Order', 3],
      ['Support', 3],
    ]);
    expect(report.summary.touchpointsByChannel.slice(0, 2).map((c) => [c.label, c.count])).toEqual([
      ['Phone', 2],
      ['Website', 2],
    ]);
    expect(report.summary.touchpointsByChannel.reduce((sum, c) => sum + c.count, 0)).toBe(8);
    expect([report.summary.stageCount, report.summary.touchpointCount, report.summary.linkCount]).toEqual([3, 8, 4]);
  });

  it('gives the personnel share: 3 customer-service touchpoints of 8 = 37.5 %', () => {
    expect(report.summary.personnelCount).toBe(3);
    expect(report.summary.personnelShare).toBeCloseTo(0.375, 10);
  });

  it('counts key metrics by health and calls the journey off target (2 of 3 measured off)', () => {
    expect(report.summary.health).toEqual({ on_target: 1, at_risk: 0, off_target: 2, no_data: 1 });
    expect(report.summary.overallHealth).toBe('off_target');
  });

  it('counts open pain points by severity (resolved ones left out)', () => {
    expect(report.summary.openPains).toEqual({ low: 0, medium: 1, high: 2, critical: 1 });
  });
});

describe('buildJourneyReport: metrics', () => {
  it('pools NPS from summed buckets across dimensions: (60 − 50) ÷ 150 × 100 = 6.67, not the mean of the regions (−5)', () => {
    const nps = metric('m1');
    expect(nps?.latest?.score).toBeCloseTo(6.6667, 3);
    expect(nps?.latest?.sampleSize).toBe(150);
    expect(nps?.previousScore).toBeCloseTo(20, 10);
    expect([nps?.health, nps?.trend]).toEqual(['off_target', 'worsening']);
    expect(nps?.series.map((r) => r.periodStart)).toEqual(['2026-02-01', '2026-03-01']);
  });

  it('flags a small sample (CSAT of 20 answers: 80 %) and weighs means by their counts (575 s)', () => {
    expect(metric('m2')?.latest).toMatchObject({ score: 80, sampleSize: 20, smallSample: true });
    const aht = metric('m4');
    expect(aht?.latest?.score).toBe(575);
    expect([aht?.health, aht?.trend, aht?.previousScore]).toEqual(['off_target', null, null]);
  });

  it('leaves out rows outside the range, and keeps the raw rows of the range with their own score', () => {
    const csat = metric('m3');
    expect(csat?.series.map((r) => [r.periodStart, r.score])).toEqual([
      ['2026-02-01', 80],
      ['2026-03-01', 90],
    ]);
    expect(csat?.measurements).toHaveLength(2);
    expect(csat?.trend).toBe('improving');
    expect(metric('m1')?.measurements.map((m) => [m.dimension, m.score])).toEqual([
      ['', 20],
      ['region=north', 30],
      ['region=south', -40],
    ]);
  });

  it('gives a touchpoint its key metric’s health, not the worse non-key one (Phone agent: CSAT on target, AHT off)', () => {
    const phone = report.stages[2]?.touchpoints.find((t) => t.title === 'Phone agent');
    expect(phone?.health).toBe('on_target');
    expect(report.stages[2]?.touchpoints.find((t) => t.title === 'Help centre')?.health).toBe('no_data');
  });
});

describe('buildJourneyReport: stages, pains, hand-offs, trends, map', () => {
  it('orders stages by `order` with their emotion mean (Browse (1 + 0) ÷ 2 = 0.5, Order (−1 + 1) ÷ 2 = 0, Support −1)', () => {
    expect(report.stages.map((s) => [s.name, s.emotion])).toEqual([
      ['Browse', 0.5],
      ['Order', 0],
      ['Support', -1],
    ]);
    expect(report.stages[1]?.touchpoints.map((t) => t.layer)).toEqual(['customer', 'frontstage', 'backstage']);
  });

  it('ranks pain points: open first, by severity, then by the health of their target', () => {
    expect(report.pains.map((p) => p.title)).toEqual([
      'Card declined without a reason',
      'Long chat queue',
      'Customers repeat themselves',
      'Help link is broken',
      'Slow home page',
    ]);
    expect(report.pains.map((p) => p.targetHealth)).toEqual(['off_target', 'off_target', 'on_target', 'no_data', 'no_data']);
    expect(report.pains[3]?.target).toEqual({ kind: 'link', id: 'l4', label: 'Phone agent → Help centre', stageName: 'Support' });
    expect(report.pains[1]?.replies).toHaveLength(1);
  });

  it('finds hand-off hot spots with reasons in words, worst first; a quiet escalation is not one', () => {
    expect(report.handoffs.map((h) => [h.link.id, h.health, h.reasons])).toEqual([
      ['l2', 'off_target', ['Transfer rate off target']],
      ['l4', 'no_data', ['1 open pain point (1 medium)']],
    ]);
    expect(report.handoffs[0]?.sourceOwnerTeam).toBe('Service');
  });

  it('lists every attached metric’s trend, worsening first', () => {
    expect(report.trends).toHaveLength(6);
    expect(report.trends.slice(0, 3).map((t) => [t.name, t.where, t.trend])).toEqual([
      ['Net Promoter Score (NPS)', 'Checkout', 'worsening'],
      ['Customer satisfaction (CSAT)', 'Chat agent', 'worsening'],
      ['Transfer rate', 'Chat agent → Phone agent', 'worsening'],
    ]);
    expect(report.trends.at(-1)?.trend).toBeNull();
  });

  it('includes comments (and replies) only when asked', () => {
    expect(report.comments.map((c) => [c.title, c.target.label])).toEqual([['Offer wallet payments', 'Order']]);
    const without = buildJourneyReport(fixtureInput(), { ...FIXTURE_OPTIONS, includeComments: false }, FIXTURE_NOW);
    expect(without.comments).toEqual([]);
    expect(without.pains[1]?.replies).toEqual([]);
  });

  it('lays the map out with the canvas geometry: a column per stage, a lane per layer, every node and edge', () => {
    expect(report.map.columns.map((c) => c.name)).toEqual(['Browse', 'Order', 'Support']);
    expect(report.map.lanes.map((l) => l.layer)).toEqual(['customer', 'frontstage', 'backstage', 'support']);
    expect(report.map.nodes).toHaveLength(8);
    expect(report.map.edges).toHaveLength(4);
    const checkout = report.map.nodes.find((n) => n.id === 't3');
    // Browse is widened by its Banner ad at x 260: 260 + 216 + 24 = 500, so Order starts at 160 + 500 = 660;
    // the customer lane at 84 + 120 = 204; the card's offset is (12, 12).
    expect([checkout?.x, checkout?.y, checkout?.health]).toEqual([672, 216, 'off_target']);
  });
});

describe('ranges and overall health', () => {
  it('defaults to the twelve months ending with the latest data', () => {
    expect(resolveReportRange(null, '2026-03-01', FIXTURE_NOW)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(resolveReportRange(null, null, new Date('2026-02-10T00:00:00Z'))).toEqual({ from: '2025-03-01', to: '2026-02-28' });
    const report = buildJourneyReport(fixtureInput(), { ...FIXTURE_OPTIONS, range: null }, FIXTURE_NOW);
    expect(report.range).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('is no data without measured key metrics, on target only when all are, off target from a third off', () => {
    expect(overallHealthOf({ on_target: 0, at_risk: 0, off_target: 0, no_data: 4 })).toBe('no_data');
    expect(overallHealthOf({ on_target: 3, at_risk: 0, off_target: 0, no_data: 1 })).toBe('on_target');
    expect(overallHealthOf({ on_target: 2, at_risk: 0, off_target: 1, no_data: 0 })).toBe('off_target');
    expect(overallHealthOf({ on_target: 3, at_risk: 0, off_target: 1, no_data: 0 })).toBe('at_risk');
  });
});
