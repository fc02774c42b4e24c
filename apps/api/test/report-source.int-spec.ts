import type { ReportInputMeasurement } from '@cxmap/reports';
import { ReportSourceRepository } from '../src/modules/exports/report-source.repository';
import { useTestApp } from './support/test-app-context';

describe('a report’s measurement read', () => {
  const ctx = useTestApp({ owner: true });
  let measuredJourneyId = '';

  it('gives every kind its own figures only, each series in period order, within the range', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const touchpointId = touchpoints[0]?.id;
    const http = () => ctx.given.http();
    // Thresholds in each metric's direction: higher is better for the first three, lower for the last two.
    const attach = async (metric: string, target: number, warning: number): Promise<string> =>
      ((await http().post(`/api/journeys/${journey.id}/metrics`).set('Cookie', ctx.owner.cookie).send({ metric, touchpointId, target, warning }).expect(201)).body as { id: string }).id;
    const ids = {
      nps: await attach('nps', 40, 20),
      csat: await attach('csat', 80, 70),
      fcr: await attach('fcr', 80, 70),
      aht: await attach('aht', 300, 400),
      peak: await attach('peak_staff', 10, 20),
    };
    const figures: Record<keyof typeof ids, object> = {
      nps: { promoters: 5, passives: 3, detractors: 2 },
      csat: { ratings: [1, 0, 2, 3, 4] },
      fcr: { numerator: 7, denominator: 9 },
      aht: { mean: 312.25, count: 40 },
      peak: { value: 0.1 + 0.2 },
    };
    const rows = Object.entries(ids).flatMap(([key, attachmentId]) => [
      { attachmentId, period: 'month', periodStart: '2026-03-01', ...figures[key as keyof typeof ids] },
      { attachmentId, period: 'month', periodStart: '2026-01-01', dimension: 'region=north', source: 'csv', ...figures[key as keyof typeof ids] },
      { attachmentId, period: 'week', periodStart: '2026-01-05', ...figures[key as keyof typeof ids] },
      { attachmentId, period: 'month', periodStart: '2025-06-01', ...figures[key as keyof typeof ids] },
    ]);
    const stored = await http().post(`/api/journeys/${journey.id}/measurements`).set('Cookie', ctx.owner.cookie).send({ rows });
    expect([stored.status, stored.body]).toEqual([200, { inserted: rows.length, updated: 0 }]);

    const read = await ctx.app.get(ReportSourceRepository, { strict: false }).measurements(ctx.owner.workspaceId, journey.id, '2026-01-01', '2026-03-31');
    // A ratio's sample size is stored with it (its denominator); no other kind carries one.
    const readBack = { ...figures, fcr: { ...figures.fcr, sampleSize: 9 } };
    const expected = (key: keyof typeof ids): ReportInputMeasurement[] => [
      { period: 'month', periodStart: '2026-01-01', dimension: 'region=north', source: 'csv', ...readBack[key] },
      { period: 'week', periodStart: '2026-01-05', dimension: '', source: 'api', ...readBack[key] },
      { period: 'month', periodStart: '2026-03-01', dimension: '', source: 'api', ...readBack[key] },
    ];
    expect(Object.fromEntries(Object.entries(ids).map(([key, id]) => [key, read.get(id)]))).toEqual({
      nps: expected('nps'),
      csat: expected('csat'),
      fcr: expected('fcr'),
      aht: expected('aht'),
      peak: expected('peak'),
    });
    expect(read.size).toBe(5);
    measuredJourneyId = journey.id;
  });

  it('reads nothing of a journey in another workspace', async () => {
    const source = ctx.app.get(ReportSourceRepository, { strict: false });
    const other = await ctx.given.user();
    expect((await source.measurements(ctx.owner.workspaceId, measuredJourneyId, '2000-01-01', '2100-01-01')).size).toBe(5);
    expect((await source.measurements(other.workspaceId, measuredJourneyId, '2000-01-01', '2100-01-01')).size).toBe(0);
  });
});
