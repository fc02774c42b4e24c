import type { ReportInputMeasurement } from '@cxmap/reports';
import { ReportSourceRepository } from '../src/modules/exports/report-source.repository';
import { useTestApp } from './support/test-app-context';

describe('a report’s measurement read', () => {
  const ctx = useTestApp({ owner: true });
  const source = () => ctx.app.get(ReportSourceRepository, { strict: false });

  /** A journey with one touchpoint and `metrics` attached to it (thresholds in each metric's direction); their ids. */
  async function journeyWith<K extends string>(metrics: Record<K, { metric: string; target: number; warning: number }>): Promise<{ journeyId: string; ids: Record<K, string> }> {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const ids = {} as Record<K, string>;
    for (const [name, body] of Object.entries(metrics) as [K, object][]) {
      const attached = await ctx.given.http().post(`/api/journeys/${journey.id}/metrics`).set('Cookie', ctx.owner.cookie).send({ ...body, touchpointId: touchpoints[0]?.id }).expect(201);
      ids[name] = (attached.body as { id: string }).id;
    }
    return { journeyId: journey.id, ids };
  }

  async function store(journeyId: string, rows: object[]): Promise<void> {
    const stored = await ctx.given.http().post(`/api/journeys/${journeyId}/measurements`).set('Cookie', ctx.owner.cookie).send({ rows });
    expect([stored.status, stored.body]).toEqual([200, { inserted: rows.length, updated: 0 }]);
  }

  it('gives every kind its own figures only, each series in period order (start, period, dimension), within the range', async () => {
    const { journeyId, ids } = await journeyWith({
      nps: { metric: 'nps', target: 40, warning: 20 },
      csat: { metric: 'csat', target: 80, warning: 70 },
      fcr: { metric: 'fcr', target: 80, warning: 70 },
      aht: { metric: 'aht', target: 300, warning: 400 },
      peak: { metric: 'peak_staff', target: 10, warning: 20 },
      incidents: { metric: 'incident_volume', target: 10, warning: 20 },
    });
    type Name = keyof typeof ids;
    const figures: Record<Name, object> = {
      nps: { promoters: 5, passives: 3, detractors: 2 },
      csat: { ratings: [1, 0, 2, 3, 4] },
      fcr: { numerator: 7, denominator: 9 },
      aht: { mean: 312.25, count: 40 },
      peak: { value: 0.1 + 0.2, sampleSize: 12 },
      incidents: { value: 3 },
    };
    // 2026-06-01 is a Monday: a month and a week start there, and the month has two dimensions.
    const periods = [
      { period: 'month', periodStart: '2026-06-01', dimension: 'region=north', source: 'csv' },
      { period: 'week', periodStart: '2026-06-01', dimension: '', source: 'api' },
      { period: 'month', periodStart: '2026-03-01', dimension: '', source: 'api' },
      { period: 'month', periodStart: '2026-06-01', dimension: '', source: 'api' },
      { period: 'week', periodStart: '2026-01-05', dimension: '', source: 'api' },
      { period: 'month', periodStart: '2025-06-01', dimension: '', source: 'api' },
    ];
    await store(
      journeyId,
      (Object.entries(ids) as [Name, string][]).flatMap(([name, attachmentId]) => periods.map((period) => ({ attachmentId, ...period, ...figures[name] }))),
    );

    const read = await source().measurements(ctx.owner.workspaceId, journeyId, '2026-01-01', '2026-06-30');
    // A share ratio (first-contact resolution) stores its denominator as its sample size; a value keeps the one it was given.
    const readBack: Record<Name, object> = { ...figures, fcr: { ...figures.fcr, sampleSize: 9 } };
    const inOrder = [periods[4], periods[2], periods[3], periods[0], periods[1]];
    const expected = (name: Name): ReportInputMeasurement[] => inOrder.map((period) => ({ ...period, ...readBack[name] }) as ReportInputMeasurement);
    expect(Object.fromEntries((Object.entries(ids) as [Name, string][]).map(([name, id]) => [name, read.get(id)]))).toEqual({
      nps: expected('nps'),
      csat: expected('csat'),
      fcr: expected('fcr'),
      aht: expected('aht'),
      peak: expected('peak'),
      incidents: expected('incidents'),
    });
    expect(read.size).toBe(6);
  });

  it('reads nothing of a journey in another workspace', async () => {
    const { journeyId, ids } = await journeyWith({ nps: { metric: 'nps', target: 40, warning: 20 } });
    await store(journeyId, [{ attachmentId: ids.nps, period: 'month', periodStart: '2026-03-01', promoters: 1, passives: 0, detractors: 0 }]);
    const other = await ctx.given.user();
    expect([...(await source().measurements(ctx.owner.workspaceId, journeyId, '2026-01-01', '2026-12-31')).keys()]).toEqual([ids.nps]);
    expect((await source().measurements(other.workspaceId, journeyId, '2026-01-01', '2026-12-31')).size).toBe(0);
  });
});
