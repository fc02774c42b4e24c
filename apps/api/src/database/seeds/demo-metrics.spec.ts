import { builtInMetric, checkFigures, poolFigures, scoreOf, thresholdsAreOrdered } from '@cxmap/domain';
import { DEMO_JOURNEY } from './demo-journey';
import { linkKey } from './demo-ops';
import { DEMO_METRICS, demoMeasurements, demoMetricKey } from './demo-metrics';

describe('demo metrics', () => {
  const rows = demoMeasurements(new Date(Date.UTC(2026, 10, 23)));

  it('attach built-in metrics to touchpoints and links of the demo journey, thresholds the right way round', () => {
    const keys = new Set([...DEMO_JOURNEY.touchpoints.map((t) => t.key), ...DEMO_JOURNEY.links.map((l) => linkKey(l.sourceKey, l.targetKey))]);
    for (const metric of DEMO_METRICS) {
      const definition = builtInMetric(metric.metric);
      expect([metric.metric, definition !== undefined]).toEqual([metric.metric, true]);
      expect([demoMetricKey(metric), keys.has(demoMetricKey(metric))]).toEqual([demoMetricKey(metric), true]);
      if (definition) expect(thresholdsAreOrdered(definition.direction, metric)).toBe(true);
    }
  });

  it('hold a year of monthly figures that pass the ingest checks', () => {
    expect(rows).toHaveLength(DEMO_METRICS.length * 12);
    expect(rows[0]?.periodStart).toBe('2025-11-01');
    expect(rows[11]?.periodStart).toBe('2026-10-01');
    for (const row of rows) {
      const definition = builtInMetric(row.metric.metric);
      if (!definition) throw new Error(row.metric.metric);
      expect([row.metric.metric, row.periodStart, checkFigures(definition, row.figures)]).toEqual([row.metric.metric, row.periodStart, []]);
    }
  });

  it('rate live chat above voice above email every month (seed 000)', () => {
    const csat = builtInMetric('csat');
    if (!csat) throw new Error('csat');
    const monthly = (touchpoint: string): number[] =>
      rows
        .filter((r) => r.metric.metric === 'csat' && 'touchpoint' in r.metric.on && r.metric.on.touchpoint === touchpoint)
        .map((r) => scoreOf(csat, poolFigures(csat, [r.figures])) ?? 0);
    const [chat, voice, email] = [monthly('chat-agent'), monthly('phone-agent'), monthly('replacement')];
    expect(chat).toHaveLength(12);
    chat.forEach((score, m) => {
      expect(score).toBeGreaterThan(voice[m] ?? 100);
      expect(voice[m]).toBeGreaterThan(email[m] ?? 100);
    });
  });
});
