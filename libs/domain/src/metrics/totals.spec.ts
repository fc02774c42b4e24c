import { describe, expect, it } from 'vitest';
import { builtInMetric } from './catalog';
import type { MetricDefinition } from './definitions';
import type { MeasurementFigures } from './figures';
import { poolFigures, scoreOf } from './totals';

function metric(key: string): MetricDefinition {
  const found = builtInMetric(key);
  if (!found) throw new Error(`no built-in ${key}`);
  return found;
}

function score(key: string, rows: MeasurementFigures[]): number | null {
  return scoreOf(metric(key), poolFigures(metric(key), rows));
}

describe('metric scores from raw figures', () => {
  it('NPS: (promoters − detractors) ÷ respondents × 100', () => {
    // 60 promoters, 25 passives, 15 detractors: (60 − 15) ÷ 100 × 100 = 45
    expect(score('nps', [{ promoters: 60, passives: 25, detractors: 15 }])).toBeCloseTo(45, 10);
    // all detractors: (0 − 8) ÷ 8 × 100 = −100
    expect(score('nps', [{ promoters: 0, passives: 0, detractors: 8 }])).toBeCloseTo(-100, 10);
  });

  it('NPS across two channels comes from summed buckets, not the mean of the two scores', () => {
    // chat: 50 / 30 / 20 → NPS (50 − 20) ÷ 100 = 30; phone: 10 / 10 / 30 → (10 − 30) ÷ 50 = −40
    // pooled: promoters 60, detractors 50, respondents 150 → (60 − 50) ÷ 150 × 100 = 6.666…
    // (the plain mean of the two scores would be (30 − 40) ÷ 2 = −5)
    const rows = [
      { promoters: 50, passives: 30, detractors: 20 },
      { promoters: 10, passives: 10, detractors: 30 },
    ];
    expect(score('nps', rows)).toBeCloseTo(20 / 3, 10);
    expect(poolFigures(metric('nps'), rows).sampleSize).toBe(150);
  });

  it('CSAT: share of 4s and 5s among all answers', () => {
    // ratings 1..5: 5, 5, 10, 40, 40 → (40 + 40) ÷ 100 × 100 = 80
    expect(score('csat', [{ ratings: [5, 5, 10, 40, 40] }])).toBeCloseTo(80, 10);
  });

  it('CSAT across channels is weighted by answers', () => {
    // chat: 2, 1, 5, 42, 50 → 92 satisfied of 100 = 92 %
    // email: 6, 3, 6, 25, 20 → 45 satisfied of 60 = 75 %
    // pooled: (92 + 45) ÷ (100 + 60) = 137 ÷ 160 = 85.625 % (the plain mean would be 83.5 %)
    expect(score('csat', [{ ratings: [2, 1, 5, 42, 50] }, { ratings: [6, 3, 6, 25, 20] }])).toBeCloseTo(85.625, 10);
  });

  it('means are weighted by their observations (AHT, CES, CLV)', () => {
    // AHT: 300 s over 100 calls and 420 s over 50 → (30 000 + 21 000) ÷ 150 = 340 s (plain mean 360)
    expect(score('aht', [{ mean: 300, count: 100 }, { mean: 420, count: 50 }])).toBeCloseTo(340, 10);
    // CES: 5.5 from 40 respondents, 6.25 from 20 → (220 + 125) ÷ 60 = 5.75
    expect(score('ces', [{ mean: 5.5, count: 40 }, { mean: 6.25, count: 20 }])).toBeCloseTo(5.75, 10);
    // CLV: 1 200 over 10 customers, 900 over 30 → (12 000 + 27 000) ÷ 40 = 975
    expect(score('clv', [{ mean: 1200, count: 10 }, { mean: 900, count: 30 }])).toBeCloseTo(975, 10);
  });

  it('ratios pool numerators and denominators (FCR, churn, transfer rate)', () => {
    // FCR: 70 of 100 and 30 of 50 → 100 ÷ 150 × 100 = 66.666… % (the mean of 70 % and 60 % would be 65 %)
    expect(score('fcr', [{ numerator: 70, denominator: 100 }, { numerator: 30, denominator: 50 }])).toBeCloseTo(200 / 3, 10);
    // churn: 12 of 400 and 3 of 100 → 15 ÷ 500 × 100 = 3 %
    expect(score('churn_rate', [{ numerator: 12, denominator: 400 }, { numerator: 3, denominator: 100 }])).toBeCloseTo(3, 10);
    // transfer rate on a hand-off: 45 of 300 → 15 %
    expect(score('transfer_rate', [{ numerator: 45, denominator: 300 }])).toBeCloseTo(15, 10);
  });

  it('cost to serve is a plain quotient of summed cost and summed revenue', () => {
    // 8 000 of 100 000 and 2 000 of 50 000 → 10 000 ÷ 150 000 = 0.0666…
    expect(
      score('cost_to_serve', [
        { numerator: 8000, denominator: 100_000 },
        { numerator: 2000, denominator: 50_000 },
      ]),
    ).toBeCloseTo(1 / 15, 12);
  });

  it('values add up for volumes and average for levels', () => {
    // incident volume: 120 + 80 = 200
    expect(score('incident_volume', [{ value: 120 }, { value: 80 }])).toBe(200);
    // peak staff: (12 + 8 + 10) ÷ 3 = 10
    expect(score('peak_staff', [{ value: 12 }, { value: 8 }, { value: 10 }])).toBe(10);
  });

  it('has no score without rows or without anything to divide by', () => {
    expect(score('nps', [])).toBeNull();
    expect(score('incident_volume', [])).toBeNull();
    expect(scoreOf(metric('fcr'), { ...poolFigures(metric('fcr'), []), rows: 1 })).toBeNull();
  });

  it('knows the sample size where the figures say it, and only there', () => {
    expect(poolFigures(metric('csat'), [{ ratings: [1, 2, 3, 4, 5] }]).sampleSize).toBe(15);
    expect(poolFigures(metric('aht'), [{ mean: 10, count: 7 }, { mean: 20, count: 3 }]).sampleSize).toBe(10);
    expect(poolFigures(metric('fcr'), [{ numerator: 1, denominator: 4 }]).sampleSize).toBe(4);
    expect(poolFigures(metric('incident_volume'), [{ value: 5, sampleSize: 5 }, { value: 6, sampleSize: 6 }]).sampleSize).toBe(11);
    // one row without a sample size makes the total unknown
    expect(poolFigures(metric('incident_volume'), [{ value: 5, sampleSize: 5 }, { value: 6 }]).sampleSize).toBeNull();
    expect(poolFigures(metric('cost_to_serve'), [{ numerator: 1, denominator: 10 }]).sampleSize).toBeNull();
  });
});
