import { describe, expect, it } from 'vitest';
import { definitionOf } from './given-metrics';
import { buildMeasurementRow, figureInputs } from './measurement-row';

describe('figureInputs', () => {
  it('follows the metric kind', () => {
    const names = (key: string) => figureInputs(definitionOf(key)).map((i) => i.name);
    expect(names('nps')).toEqual(['promoters', 'passives', 'detractors']);
    expect(names('csat')).toEqual(['ratings.0', 'ratings.1', 'ratings.2', 'ratings.3', 'ratings.4']);
    expect(names('ces')).toEqual(['mean', 'count']);
    expect(names('fcr')).toEqual(['numerator', 'denominator']);
    expect(names('cost_to_serve')).toEqual(['numerator', 'denominator', 'sampleSize']);
    expect(names('incident_volume')).toEqual(['value', 'sampleSize']);
  });
});

describe('buildMeasurementRow', () => {
  it('builds a csat row from five rating counts', () => {
    const built = buildMeasurementRow(definitionOf('csat'), 'att', 'month', '2025-06-01', {
      'ratings.0': 1,
      'ratings.1': 0,
      'ratings.2': '',
      'ratings.3': 10,
      'ratings.4': '30',
    });
    expect(built.ok).toBe(false);
    const fixed = buildMeasurementRow(definitionOf('csat'), 'att', 'month', '2025-06-01', {
      'ratings.0': 1,
      'ratings.1': 0,
      'ratings.2': 0,
      'ratings.3': 10,
      'ratings.4': '30',
    });
    expect(fixed).toEqual({ ok: true, row: { attachmentId: 'att', period: 'month', periodStart: '2025-06-01', source: 'manual', ratings: [1, 0, 0, 10, 30] } });
  });

  it('reports missing fields, a wrong period start and the domain checks beside their fields', () => {
    expect(buildMeasurementRow(definitionOf('nps'), 'att', 'month', '2025-06-03', { promoters: 3 })).toEqual({
      ok: false,
      errors: { passives: 'Required', detractors: 'Required', periodStart: 'a month starts on the 1st' },
    });
    expect(buildMeasurementRow(definitionOf('fcr'), 'att', 'week', '2025-06-02', { numerator: 9, denominator: 5 })).toEqual({
      ok: false,
      errors: { numerator: 'A share cannot exceed its denominator' },
    });
    expect(buildMeasurementRow(definitionOf('csat'), 'att', 'day', '2025-06-03', { 'ratings.0': 0, 'ratings.1': 0, 'ratings.2': 0, 'ratings.3': 0, 'ratings.4': 0 })).toEqual({
      ok: false,
      errors: { 'ratings.0': 'At least one answer is needed' },
    });
  });

  it('leaves an optional sample size out when empty', () => {
    expect(buildMeasurementRow(definitionOf('incident_volume'), 'att', 'month', '2025-06-01', { value: 42, sampleSize: '' })).toEqual({
      ok: true,
      row: { attachmentId: 'att', period: 'month', periodStart: '2025-06-01', source: 'manual', value: 42 },
    });
  });
});
