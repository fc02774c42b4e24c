import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { MeasurementCsvResponse, MetricAttachmentDto, Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { Given, type TestUser } from './support/given';
import { startSeededDemo, type SeededDemo } from './support/seeded-demo';

const EXAMPLES = join(__dirname, '../../../docs/examples');
const DEMO_PASSWORD = 'csv demo password';

describe('measurement files (CSV and the JSON batch) on the demo journey', () => {
  let app: NestExpressApplication;
  let given: Given;
  let demo: TestUser;
  let journeyId: string;
  let seeded: SeededDemo;

  beforeAll(async () => {
    seeded = await startSeededDemo('csv', DEMO_PASSWORD);
    ({ app, given, demo, journeyId } = seeded);
  });

  afterAll(async () => {
    await seeded?.close();
  });

  const csvUrl = (dryRun: boolean) => `/api/journeys/${journeyId}/measurements/csv?dryRun=${dryRun}`;
  const count = async (): Promise<number> => {
    const [row] = (await app.get(DataSource).query(`SELECT count(*)::int AS n FROM metric_measurements WHERE journey_id = $1`, [journeyId])) as { n: number }[];
    return row?.n ?? 0;
  };

  it('ingests docs/examples/measurements.csv: a preview first, then all of it, and a re-send replaces', async () => {
    const csv = readFileSync(join(EXAMPLES, 'measurements.csv'), 'utf8');
    const key = await given.apiKey(demo, ['ingest'], 'Survey tool');
    const auth = `Bearer ${key.secret}`;
    const before = await count();

    const preview = (await given.http().post(csvUrl(true)).set('Authorization', auth).send({ csv }).expect(200)).body as MeasurementCsvResponse;
    expect(preview.lines.filter((line) => line.status === 'error')).toEqual([]);
    expect(preview).toMatchObject({ dryRun: true, fileErrors: [], ok: 12, failed: 0, inserted: 12, updated: 0 });
    expect(preview.lines[0]).toMatchObject({ line: 2, target: 'Live-chat agent takes over', on: 'touchpoint', metric: 'csat', period: 'week', periodStart: '2026-03-02' });
    // CSAT: (38 + 53) ÷ 100 answers
    expect(preview.lines[0]?.score).toBeCloseTo(91, 10);
    expect(preview.lines[10]).toMatchObject({ on: 'link', target: 'Chatbot answers a delivery question -> Live-chat agent takes over', score: 34.4 });
    expect(await count()).toBe(before);

    const applied = (await given.http().post(csvUrl(false)).set('Authorization', auth).send({ csv }).expect(200)).body as MeasurementCsvResponse;
    expect(applied).toMatchObject({ dryRun: false, ok: 12, inserted: 12, updated: 0 });
    expect(await count()).toBe(before + 12);
    const again = (await given.http().post(csvUrl(false)).set('Cookie', demo.cookie).send({ csv }).expect(200)).body as MeasurementCsvResponse;
    expect(again).toMatchObject({ inserted: 0, updated: 12 });
    expect(again.lines.every((line) => line.replaces)).toBe(true);
    expect(await count()).toBe(before + 12);

    const sources = (await app.get(DataSource).query(`SELECT DISTINCT source FROM metric_measurements WHERE journey_id = $1 AND period_kind = 'week' AND period_start = '2026-03-02'`, [journeyId])) as { source: string }[];
    expect(sources).toEqual([{ source: 'csv' }]);
    const audit = (await app.get(DataSource).query(
      `SELECT actor_kind, summary FROM audit_events WHERE journey_id = $1 AND action = 'measurements.recorded' ORDER BY id DESC LIMIT 2`,
      [journeyId],
    )) as { actor_kind: string; summary: string }[];
    expect(audit.map((event) => event.actor_kind)).toEqual(['user', 'api_key']);
    expect(audit[1]?.summary).toContain('12 new');
  });

  it('ingests docs/examples/measurements.json through the JSON route, by titles and links', async () => {
    const body = JSON.parse(readFileSync(join(EXAMPLES, 'measurements.json'), 'utf8')) as { rows: unknown[] };
    const key = await given.apiKey(demo, ['ingest'], 'Contact centre');
    const first = await given.http().post(`/api/journeys/${journeyId}/measurements`).set('Authorization', `Bearer ${key.secret}`).send(body).expect(200);
    expect(first.body).toEqual({ inserted: body.rows.length, updated: 0 });
    const second = await given.http().post(`/api/journeys/${journeyId}/measurements`).set('Authorization', `Bearer ${key.secret}`).send(body).expect(200);
    expect(second.body).toEqual({ inserted: 0, updated: body.rows.length });
  });

  it('previews every bad line, and applying it writes nothing and answers 422 listing each', async () => {
    const csv = [
      'touchpoint,metric,period,period_start,promoters,passives,detractors',
      'Post-service satisfaction survey,nps,week,2026-04-06,10,5,2',
      'Post-service satisfaction survey,nps,week,2026-04-07,10,5,2',
      'Nobody,nps,week,2026-04-13,10,5,2',
      'Checkout,nps,week,2026-04-13,10,5,2',
    ].join('\n');
    const before = await count();
    const preview = (await given.http().post(csvUrl(true)).set('Cookie', demo.cookie).send({ csv }).expect(200)).body as MeasurementCsvResponse;
    expect(preview).toMatchObject({ ok: 1, failed: 3, inserted: 1, updated: 0 });
    expect(preview.lines.map((line) => [line.line, line.status, line.errors.map((error) => `${error.field}: ${error.message}`)])).toEqual([
      [2, 'ok', []],
      [3, 'error', ['period_start: a week starts on a Monday']],
      [4, 'error', ["touchpoint: no touchpoint is called 'Nobody'"]],
      [5, 'error', ["metric: nps is not attached to 'Checkout'; attach it on the canvas first"]],
    ]);
    const refused = await given.http().post(csvUrl(false)).set('Cookie', demo.cookie).send({ csv }).expect(422);
    const problem = refused.body as Problem;
    expect(problem.code).toBe('MEASUREMENTS_INVALID');
    expect(problem.errors?.map((error) => [error.line, error.path])).toEqual([
      [3, 'csv.period_start'],
      [4, 'csv.touchpoint'],
      [5, 'csv.metric'],
    ]);
    expect(await count()).toBe(before);
  });

  it('says what is wrong with the file itself, refuses too many lines with 413, and lets only ingesters in', async () => {
    const headerless = (await given.http().post(csvUrl(true)).set('Cookie', demo.cookie).send({ csv: 'Checkout;csat\n' }).expect(200)).body as MeasurementCsvResponse;
    expect(headerless.fileErrors).toContain('The column period is missing.');
    await given.http().post(csvUrl(false)).set('Cookie', demo.cookie).send({ csv: 'Checkout;csat\n' }).expect(422);

    const long = ['touchpoint,metric,period,period_start,value', ...Array.from({ length: 1001 }, () => 'Checkout,x,day,2026-01-01,1')].join('\n');
    await given.http().post(csvUrl(true)).set('Cookie', demo.cookie).send({ csv: long }).expect(413);
    await given.http().post(csvUrl(true)).set('Cookie', demo.cookie).send({ csv: '' }).expect(400);
    await given.http().post(`/api/journeys/${journeyId}/measurements/csv?dryRun=maybe`).set('Cookie', demo.cookie).send({ csv: 'a' }).expect(400);

    const viewer = await given.memberOf(demo, 'viewer');
    await given.http().post(csvUrl(true)).set('Cookie', viewer.cookie).send({ csv: 'a' }).expect(403);
    const reader = await given.apiKey(demo, ['read'], 'Dashboard');
    await given.http().post(csvUrl(true)).set('Authorization', `Bearer ${reader.secret}`).send({ csv: 'a' }).expect(403);
    const stranger = await given.user();
    await given.http().post(csvUrl(true)).set('Cookie', stranger.cookie).send({ csv: 'a' }).expect(404);
  });

  it('changes the badge of the touchpoint whose key metric it records', async () => {
    const metricsOf = async () => (await given.http().get(`/api/journeys/${journeyId}/metrics`).set('Cookie', demo.cookie).expect(200)).body as MetricAttachmentDto[];
    const survey = (await metricsOf()).find((m) => m.metric === 'nps' && m.isKey);
    // A month after every seeded one, with a score far from the seeded 30s: the latest reading follows it.
    const csv = `touchpoint,metric,period,period_start,promoters,passives,detractors\nPost-service satisfaction survey,nps,month,2027-01-01,10,0,90\n`;
    await given.http().post(csvUrl(false)).set('Cookie', demo.cookie).send({ csv }).expect(200);
    const after = (await metricsOf()).find((m) => m.id === survey?.id);
    expect(after?.latest).toMatchObject({ periodStart: '2027-01-01', score: -80 });
    expect(after?.health).toBe('off_target');
  });
});
