import type { MeasurementDto } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { definitionOf } from './given-metrics';
import { periodSeries, rawFigures } from './metric-series';

function row(periodStart: string, figures: Partial<MeasurementDto>, dimension = ''): MeasurementDto {
  return {
    id: `${periodStart}-${dimension}`,
    attachmentId: 'a',
    period: 'month',
    periodStart,
    dimension,
    source: 'manual',
    score: null,
    sampleSize: null,
    smallSample: false,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...figures,
  };
}

describe('periodSeries', () => {
  it('pools the slices of one period from their raw figures, oldest period first', () => {
    const nps = definitionOf('nps');
    const series = periodSeries(
      nps,
      [
        row('2025-02-01', { promoters: 50, passives: 30, detractors: 20 }),
        row('2025-01-01', { promoters: 10, passives: 0, detractors: 0 }, 'region=north'),
        row('2025-01-01', { promoters: 0, passives: 0, detractors: 30 }, 'region=south'),
        row('2025-01-01', { promoters: 99, passives: 0, detractors: 0, period: 'week' }),
      ],
      'month',
    );
    expect(series.map((p) => [p.periodStart, p.score])).toEqual([
      ['2025-01-01', -50],
      ['2025-02-01', 30],
    ]);
    expect(rawFigures(nps, series[0]!.totals)).toBe('P 10 · Pa 0 · D 30');
  });

  it('writes the raw figures of every kind', () => {
    const [csat] = periodSeries(definitionOf('csat'), [row('2025-01-01', { ratings: [1, 2, 3, 40, 1200] })], 'month');
    expect(rawFigures(definitionOf('csat'), csat!.totals)).toBe('1★ 1 · 2★ 2 · 3★ 3 · 4★ 40 · 5★ 1,200');
    const [ces] = periodSeries(definitionOf('ces'), [row('2025-01-01', { mean: 3, count: 10 }), row('2025-01-01', { mean: 6, count: 20 }, 'x')], 'month');
    expect([ces!.score, rawFigures(definitionOf('ces'), ces!.totals)]).toEqual([5, 'mean 5 · n 30']);
    const [fcr] = periodSeries(definitionOf('fcr'), [row('2025-01-01', { numerator: 96, denominator: 120 })], 'month');
    expect([fcr!.score, rawFigures(definitionOf('fcr'), fcr!.totals)]).toEqual([80, '96 / 120']);
    const [volume] = periodSeries(definitionOf('incident_volume'), [row('2025-01-01', { value: 40 }), row('2025-01-01', { value: 2 }, 'x')], 'month');
    expect([volume!.score, rawFigures(definitionOf('incident_volume'), volume!.totals)]).toEqual([42, 'value 42 (2 rows, summed)']);
  });
});
