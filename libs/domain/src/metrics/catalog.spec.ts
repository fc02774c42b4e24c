import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRICS, builtInMetric } from './catalog';
import { describeComputation, METRIC_KEY_PATTERN } from './definitions';
import { checkFigures } from './figures';

describe('built-in metric catalog', () => {
  it('holds the quality, operational, financial and hand-off metrics of the issue, once each', () => {
    const byFamily = (family: string): string[] => BUILT_IN_METRICS.filter((m) => m.family === family).map((m) => m.key);
    expect(byFamily('quality')).toEqual(['csat', 'nps', 'ces', 'agent_friendliness', 'product_knowledge']);
    expect(byFamily('operational')).toEqual(['fcr', 'aht', 'response_time', 'incident_volume', 'peak_staff', 'transfer_rate', 'drop_off_rate']);
    expect(byFamily('financial')).toEqual(['cost_to_serve', 'clv', 'churn_rate', 'repeat_purchase_rate']);
    expect(new Set(BUILT_IN_METRICS.map((m) => m.key)).size).toBe(BUILT_IN_METRICS.length);
  });

  it('is consistent: keys a custom metric could use, pooling only for values, hand-off metrics on links', () => {
    for (const metric of BUILT_IN_METRICS) {
      expect([metric.key, METRIC_KEY_PATTERN.test(metric.key)]).toEqual([metric.key, true]);
      expect([metric.key, metric.valuePooling !== null]).toEqual([metric.key, metric.kind === 'value']);
      expect(metric.builtIn).toBe(true);
      expect(metric.computation.length).toBeGreaterThan(10);
    }
    expect(BUILT_IN_METRICS.filter((m) => m.appliesTo.includes('link')).map((m) => m.key)).toEqual(['transfer_rate', 'drop_off_rate']);
    expect(builtInMetric('aht')).toMatchObject({ unit: 'seconds', direction: 'lower', kind: 'mean' });
    expect(builtInMetric('nope')).toBeUndefined();
  });

  it('describes how a custom metric is computed from its kind', () => {
    expect(describeComputation({ kind: 'ratio', unit: 'percent', valuePooling: null })).toContain('× 100');
    expect(describeComputation({ kind: 'value', unit: 'count', valuePooling: 'mean' })).toBe('Average of the reported values.');
  });
});

describe('checking a row’s figures against its metric', () => {
  const metric = (key: string) => {
    const found = builtInMetric(key);
    if (!found) throw new Error(key);
    return found;
  };

  it('accepts the fields of the metric’s kind', () => {
    expect(checkFigures(metric('nps'), { promoters: 1, passives: 0, detractors: 0 })).toEqual([]);
    expect(checkFigures(metric('csat'), { ratings: [0, 0, 0, 0, 1] })).toEqual([]);
    expect(checkFigures(metric('ces'), { mean: 7, count: 3 })).toEqual([]);
    expect(checkFigures(metric('fcr'), { numerator: 5, denominator: 5 })).toEqual([]);
    expect(checkFigures(metric('cost_to_serve'), { numerator: 150.5, denominator: 100, sampleSize: 40 })).toEqual([]);
    expect(checkFigures(metric('incident_volume'), { value: 0 })).toEqual([]);
  });

  it('names missing and foreign fields', () => {
    expect(checkFigures(metric('nps'), { promoters: 1, passives: 2, mean: 3 })).toEqual([
      { path: 'detractors', message: 'required for nps (a nps metric)' },
      { path: 'mean', message: 'not used by nps (a nps metric)' },
    ]);
    // the sample size of a share is its denominator: not sent separately
    expect(checkFigures(metric('fcr'), { numerator: 1, denominator: 2, sampleSize: 2 }).map((e) => e.path)).toEqual(['sampleSize']);
  });

  it('refuses figures nothing can be computed from, or that cannot be true', () => {
    const paths = (key: string, figures: object): string[] => checkFigures(metric(key), figures).map((e) => e.path);
    expect(paths('nps', { promoters: 0, passives: 0, detractors: 0 })).toEqual(['promoters']);
    expect(paths('nps', { promoters: -1, passives: 1.5, detractors: 0 })).toEqual(['promoters', 'passives']);
    expect(paths('csat', { ratings: [1, 2, 3] })).toEqual(['ratings']);
    expect(paths('csat', { ratings: [0, 0, -1, 0, 0] })).toEqual(['ratings.2']);
    expect(paths('csat', { ratings: [0, 0, 0, 0, 0] })).toEqual(['ratings']);
    expect(paths('ces', { mean: 8, count: 10 })).toEqual(['mean']);
    expect(paths('aht', { mean: 300, count: 0 })).toEqual(['count']);
    expect(paths('fcr', { numerator: 6, denominator: 5 })).toEqual(['numerator']);
    expect(paths('fcr', { numerator: 0, denominator: 0 })).toEqual(['denominator']);
    expect(paths('incident_volume', { value: Number.POSITIVE_INFINITY })).toEqual(['value']);
  });
});
