import { METRIC_LIMITS, type MeasurementDto, type MetricAttachmentDto, type Problem } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';

describe('measurements', () => {
  const ctx = useTestApp({ owner: true });

  /** A journey with one touchpoint and `metric` attached to it. */
  async function attached(metric: string, target: number, warning: number): Promise<{ journeyId: string; attachment: MetricAttachmentDto }> {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const attachment = await ctx.given.attach(ctx.owner, journey.id, { metric, touchpointId: touchpoints[0]?.id ?? '', target, warning });
    return { journeyId: journey.id, attachment };
  }

  async function measurementsOf(journeyId: string, attachmentId: string, query = ''): Promise<MeasurementDto[]> {
    const response = await ctx.given.http().get(`/api/journeys/${journeyId}/metrics/${attachmentId}/measurements${query}`).set('Cookie', ctx.owner.cookie).expect(200);
    return response.body as MeasurementDto[];
  }

  async function latestOf(journeyId: string, attachmentId: string): Promise<MetricAttachmentDto | undefined> {
    const response = await ctx.given.http().get(`/api/journeys/${journeyId}/metrics`).set('Cookie', ctx.owner.cookie).expect(200);
    return (response.body as MetricAttachmentDto[]).find((m) => m.id === attachmentId);
  }

  it.each([
    // NPS: (60 − 15) ÷ 100 × 100 = 45; n = 100
    ['nps', 40, 20, { promoters: 60, passives: 25, detractors: 15 }, 45, 100, 'on_target'],
    // CSAT: (40 + 40) ÷ 100 = 80 %; n = 100; target 85, warning 80 → at risk
    ['csat', 85, 80, { ratings: [5, 5, 10, 40, 40] }, 80, 100, 'at_risk'],
    // AHT: mean 420 s over 25 calls; lower is better, target 300, warning 360 → off target; n = 25 < 30
    ['aht', 300, 360, { mean: 420, count: 25 }, 420, 25, 'off_target'],
    // FCR: 70 of 100 → 70 %
    ['fcr', 75, 65, { numerator: 70, denominator: 100 }, 70, 100, 'at_risk'],
    // cost to serve: 8 000 ÷ 100 000 = 0.08, n as sent
    ['cost_to_serve', 0.1, 0.15, { numerator: 8000, denominator: 100000, sampleSize: 1200 }, 0.08, 1200, 'on_target'],
    // incident volume: a value, no sample size
    ['incident_volume', 500, 800, { value: 640 }, 640, null, 'at_risk'],
  ] as const)('stores a %s measurement raw and reads its score, sample size and health', async (metric, target, warning, figures, score, n, health) => {
    const { journeyId, attachment } = await attached(metric, target, warning);
    const response = await ctx.given
      .measurements(ctx.owner, journeyId, [{ attachmentId: attachment.id, period: 'month', periodStart: '2025-03-01', source: 'csv', ...figures }])
      .expect(200);
    expect(response.body).toEqual({ inserted: 1, updated: 0 });
    const [row] = await measurementsOf(journeyId, attachment.id);
    expect(row).toMatchObject({ ...figures, attachmentId: attachment.id, period: 'month', periodStart: '2025-03-01', dimension: '', source: 'csv' });
    expect(row?.score).toBeCloseTo(score, 10);
    expect(row?.sampleSize).toBe(n);
    expect(row?.smallSample).toBe(n !== null && n < 30);
    const latest = await latestOf(journeyId, attachment.id);
    expect(latest?.health).toBe(health);
    expect(latest?.latest).toMatchObject({ period: 'month', periodStart: '2025-03-01', sampleSize: n, previousScore: null, trend: null });
    expect(latest?.latest?.score).toBeCloseTo(score, 10);
  });

  it('is idempotent: a re-sent batch updates the stored rows instead of adding to them', async () => {
    const { journeyId, attachment } = await attached('nps', 40, 20);
    const rows = [
      { attachmentId: attachment.id, period: 'month', periodStart: '2025-01-01', promoters: 50, passives: 30, detractors: 20 },
      { attachmentId: attachment.id, period: 'month', periodStart: '2025-02-01', promoters: 40, passives: 40, detractors: 20 },
      { attachmentId: attachment.id, period: 'month', periodStart: '2025-02-01', dimension: 'region=north', promoters: 5, passives: 0, detractors: 5 },
    ];
    expect((await ctx.given.measurements(ctx.owner, journeyId, rows).expect(200)).body).toEqual({ inserted: 3, updated: 0 });
    expect((await ctx.given.measurements(ctx.owner, journeyId, rows).expect(200)).body).toEqual({ inserted: 0, updated: 3 });
    const corrected = { ...rows[1], promoters: 70, passives: 10, detractors: 20 };
    expect((await ctx.given.measurements(ctx.owner, journeyId, [corrected]).expect(200)).body).toEqual({ inserted: 0, updated: 1 });
    const stored = await measurementsOf(journeyId, attachment.id);
    expect(stored.map((m) => [m.periodStart, m.dimension, m.promoters])).toEqual([
      ['2025-01-01', '', 50],
      ['2025-02-01', '', 70],
      ['2025-02-01', 'region=north', 5],
    ]);
    // latest = February, both dimensions pooled: promoters 75, detractors 25, n 110 → 50 ÷ 110 × 100 = 45.45…
    // previous = January: (50 − 20) ÷ 100 = 30 → improving
    const latest = await latestOf(journeyId, attachment.id);
    expect(latest?.latest?.score).toBeCloseTo(5000 / 110, 10);
    expect(latest?.latest).toMatchObject({ periodStart: '2025-02-01', sampleSize: 110, previousScore: 30, trend: 'improving' });
    expect(latest?.health).toBe('on_target');
    expect((await measurementsOf(journeyId, attachment.id, '?from=2025-02-01&to=2025-02-28')).length).toBe(2);
  });

  it('refuses a batch with a bad row with the path of each failing field, and writes nothing', async () => {
    const { journeyId, attachment } = await attached('nps', 40, 20);
    const good = { attachmentId: attachment.id, period: 'month', periodStart: '2025-01-01', promoters: 1, passives: 1, detractors: 1 };
    const response = await ctx.given
      .measurements(ctx.owner, journeyId, [
        good,
        { ...good, periodStart: '2025-02-01', promoters: -3 },
        { ...good, periodStart: '2025-03-15' },
        { ...good, periodStart: '2025-04-01', mean: 4 },
        { ...good, periodStart: '2025-05-01', detractors: undefined },
        good,
      ])
      .expect(400);
    const problem = response.body as Problem;
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      { path: 'rows.1.promoters', message: 'must be an integer from 0 to 1000000000' },
      { path: 'rows.2.periodStart', message: 'a month starts on the 1st' },
      { path: 'rows.3.mean', message: 'not used by nps (a nps metric)' },
      { path: 'rows.4.detractors', message: 'required for nps (a nps metric)' },
      { path: 'rows.5', message: 'same target, metric, period and dimension as rows.0' },
    ]);
    const typed = await ctx.given.measurements(ctx.owner, journeyId, [{ ...good, promoters: '12' }, 'row']).expect(400);
    expect((typed.body as Problem).errors?.map((e) => e.path)).toEqual(['rows.1']);
    const wrongType = await ctx.given.measurements(ctx.owner, journeyId, [{ ...good, promoters: '12', period: 'year' }]).expect(400);
    expect((wrongType.body as Problem).errors?.map((e) => e.path).sort()).toEqual(['rows.0.period', 'rows.0.promoters']);
    expect(await measurementsOf(journeyId, attachment.id)).toEqual([]);
  });

  it('checks every kind’s figures against its metric', async () => {
    const csat = await attached('csat', 85, 80);
    const bad = await ctx.given
      .measurements(ctx.owner, csat.journeyId, [
        { attachmentId: csat.attachment.id, period: 'week', periodStart: '2025-03-12', ratings: [1, 2, 3] },
        { attachmentId: csat.attachment.id, period: 'day', periodStart: '2025-02-30', ratings: [0, 0, 0, 0, 0] },
      ])
      .expect(400);
    expect((bad.body as Problem).errors?.map((e) => e.path)).toEqual(['rows.0.periodStart', 'rows.0.ratings', 'rows.1.periodStart', 'rows.1.ratings']);
    const fcr = await attached('fcr', 75, 65);
    const share = await ctx.given
      .measurements(ctx.owner, fcr.journeyId, [{ attachmentId: fcr.attachment.id, period: 'day', periodStart: '2025-03-12', numerator: 11, denominator: 10 }])
      .expect(400);
    expect((share.body as Problem).errors).toEqual([{ path: 'rows.0.numerator', message: 'a share cannot exceed its denominator' }]);
    const ces = await attached('ces', 5.5, 5);
    const scale = await ctx.given
      .measurements(ctx.owner, ces.journeyId, [{ attachmentId: ces.attachment.id, period: 'week', periodStart: '2025-03-10', mean: 9, count: 40 }])
      .expect(400);
    expect((scale.body as Problem).errors).toEqual([{ path: 'rows.0.mean', message: 'must lie on the scale 1 to 7' }]);
  });

  it('answers 404 naming the rows whose attachment is not in this journey', async () => {
    const first = await attached('nps', 40, 20);
    const second = await attached('nps', 40, 20);
    const row = { period: 'month', periodStart: '2025-01-01', promoters: 1, passives: 1, detractors: 1 };
    const response = await ctx.given
      .measurements(ctx.owner, first.journeyId, [
        { ...row, attachmentId: first.attachment.id },
        { ...row, attachmentId: second.attachment.id },
      ])
      .expect(404);
    expect((response.body as Problem).errors).toEqual([{ path: 'rows.1.attachmentId', message: 'no such metric attachment in this journey' }]);
    expect(await measurementsOf(first.journeyId, first.attachment.id)).toEqual([]);
  });

  it('never answers 500 to odd bodies, and writes nothing', async () => {
    const { journeyId, attachment } = await attached('csat', 85, 80);
    const base = { attachmentId: attachment.id, period: 'month', periodStart: '2025-01-01' };
    const bodies: unknown[] = [
      {},
      { rows: 'all' },
      { rows: { 0: base } },
      { rows: [null, 1, []] },
      { rows: [{ ...base, ratings: [[1], 0, 0, 0, 0] }] },
      { rows: [{ ...base, ratings: 'five' }] },
      { rows: [{ ...base, ratings: [1, 1, 1, 1, 1, 1] }] },
      { rows: [{ ...base, ratings: [1e20, 0, 0, 0, 0] }] },
      { rows: [{ ...base, ratings: [1, 1, 1, 1, 1], dimension: 'x'.repeat(10_000) }] },
      { rows: [{ ...base, ratings: [1, 1, 1, 1, 1], dimension: 'a\u0000b' }] },
      { rows: [{ ...base, ratings: [1, 1, 1, 1, 1], periodStart: '0000-01-01' }] },
      { rows: [{ ...base, ratings: [1, 1, 1, 1, 1], attachmentId: 'x' }] },
      { rows: [{ ...base, ratings: [1, 1, 1, 1, 1], source: 'fax' }] },
      { rows: [{ ...base, ratings: [1, 1, 1, 1, 1] }], extra: true },
      [],
    ];
    for (const body of bodies) {
      const response = await ctx.given
        .http()
        .post(`/api/journeys/${journeyId}/measurements`)
        .set('Cookie', ctx.owner.cookie)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expect([JSON.stringify(body).slice(0, 80), response.status]).toEqual([JSON.stringify(body).slice(0, 80), 400]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await measurementsOf(journeyId, attachment.id)).toEqual([]);
  });

  it(`refuses more than ${METRIC_LIMITS.measurementsPerBatchMax} rows with 413, and takes exactly that many`, async () => {
    const { journeyId, attachment } = await attached('incident_volume', 10, 20);
    const rows = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        attachmentId: attachment.id,
        period: 'day',
        periodStart: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
        value: i,
      }));
    const tooMany = await ctx.given.measurements(ctx.owner, journeyId, rows(METRIC_LIMITS.measurementsPerBatchMax + 1)).expect(413);
    expect((tooMany.body as Problem).code).toBe('BATCH_TOO_LARGE');
    const full = await ctx.given.measurements(ctx.owner, journeyId, rows(METRIC_LIMITS.measurementsPerBatchMax)).expect(200);
    expect(full.body).toEqual({ inserted: METRIC_LIMITS.measurementsPerBatchMax, updated: 0 });
  });
  it('takes measurements from an API key with the ingest scope, and refuses a read-only key', async () => {
    const { journeyId, attachment } = await attached('fcr', 75, 65);
    const row = { attachmentId: attachment.id, period: 'month', periodStart: '2025-04-01', source: 'api', numerator: 30, denominator: 40 };
    const ingestKey = await ctx.given.apiKey(ctx.owner, ['ingest']);
    const readKey = await ctx.given.apiKey(ctx.owner, ['read']);
    const send = (secret: string) =>
      ctx.given.http().post(`/api/journeys/${journeyId}/measurements`).set('Authorization', `Bearer ${secret}`).send({ rows: [row] });

    const refused = await send(readKey.secret).expect(403);
    expect((refused.body as Problem).code).toBe('FORBIDDEN');
    expect(await measurementsOf(journeyId, attachment.id)).toEqual([]);

    expect((await send(ingestKey.secret).expect(200)).body).toEqual({ inserted: 1, updated: 0 });
    expect((await send(ingestKey.secret).expect(200)).body).toEqual({ inserted: 0, updated: 1 });
    const [stored] = await measurementsOf(journeyId, attachment.id);
    expect(stored).toMatchObject({ numerator: 30, denominator: 40, source: 'api' });

    const stranger = await ctx.given.user();
    const foreign = await ctx.given.apiKey(stranger, ['ingest']);
    expect(((await send(foreign.secret).expect(404)).body as Problem).code).toBe('JOURNEY_NOT_FOUND');
  });
});
