import { LIMITS, type ImportJourneyResponse, type ImportPreviewResponse, type Problem } from '@cxmap/domain';
import { DOCUMENT_LIMITS, type DocumentMeasurement, type JourneyDocument } from '@cxmap/journey-format';
import { sampleJourneyDocument } from '@cxmap/journey-format/testing';
import { DataSource } from 'typeorm';
import { ReportSourceRepository } from '../src/modules/exports/report-source.repository';
import { connectToTestDatabase } from './support/database-admin';
import { useTestApp } from './support/test-app-context';

/** Attached metrics in the document at the cap, each with `MEASURED_WEEKS` weekly measurements. */
const SERIES = 250;
const MEASURED_WEEKS = LIMITS.measurementsPerJourneyMax / SERIES;
const FIRST_MONDAY = Date.UTC(2022, 0, 3);
const week = (w: number): string => new Date(FIRST_MONDAY + w * 7 * 86_400_000).toISOString().slice(0, 10);

/** A document holding exactly LIMITS.measurementsPerJourneyMax measurements (NPS, weekly) on SERIES touchpoints. */
function documentAtMeasurementCap(): JourneyDocument {
  const sample = sampleJourneyDocument();
  const touchpoints = Array.from({ length: SERIES }, (_, i) => ({
    id: `t${i}`,
    stageId: 's1',
    title: `Touchpoint ${i + 1}`,
    description: 'Generated at the cap.',
    channel: 'web' as const,
    interaction: 'digital' as const,
    ownerTeam: null,
    layer: 'customer' as const,
    emotion: null,
    position: { x: 24 + (i % 4) * 240, y: 24 + Math.floor(i / 4) * 120 },
    reviewBy: null,
  }));
  const measurements = (i: number): DocumentMeasurement[] =>
    Array.from({ length: MEASURED_WEEKS }, (_, w) => ({
      period: 'week',
      periodStart: week(w),
      dimension: '',
      source: 'api',
      promoters: 20 + ((i + w) % 60),
      passives: (i * 7 + w) % 30,
      detractors: (i + w * 3) % 30,
    }));
  return {
    ...sample,
    journey: { ...sample.journey, name: 'At the measurement cap' },
    stages: [sample.stages[0]!],
    touchpoints,
    links: [{ id: 'l1', sourceId: 't0', targetId: 't1', type: 'leads_to', label: null }],
    metricDefinitions: [],
    metrics: touchpoints.map((touchpoint, i) => ({ metric: 'nps', on: { kind: 'touchpoint', id: touchpoint.id }, target: 40, warning: 20, isKey: false, measurements: measurements(i) })),
    annotations: [
      { ...sample.annotations[0]!, on: { kind: 'touchpoint', id: 't3' } },
      { ...sample.annotations[1]!, on: { kind: 'stage', id: 's1' } },
    ],
  };
}

const measurementCount = (doc: JourneyDocument): number => doc.metrics.reduce((sum, metric) => sum + metric.measurements.length, 0);

describe('a CXMap document of a journey at its caps imports again', () => {
  const ctx = useTestApp({ owner: true });

  // This spec fills journeys to their caps (50,000 measurements, 5,000 annotations, more than once) in the
  // run's shared database; specs after it that read the whole database (mass-assignment's checksums) would
  // pay for them. Its workspace's journeys go when it ends, on a connection of its own (the app may be closed).
  afterAll(async () => {
    const client = await connectToTestDatabase();
    try {
      await client.query('DELETE FROM journeys WHERE workspace_id = $1', [ctx.owner.workspaceId]);
    } finally {
      await client.end();
    }
  });

  /** Copies of annotation `id` in its journey until it holds `total`, written directly: the route would take minutes. */
  async function copyAnnotation(id: string, total: number): Promise<void> {
    const db = ctx.app.get(DataSource);
    const columns = ((await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'annotations' AND column_name <> 'id'`,
    )) as Array<{ column_name: string }>).map((c) => `"${c.column_name}"`).join(', ');
    await db.query(`INSERT INTO annotations (${columns}) SELECT ${columns} FROM annotations, generate_series(2, $2) WHERE id = $1`, [id, total]);
  }

  const importDocument = (text: string, dryRun = false) =>
    ctx.given
      .http()
      .post(`/api/workspaces/${ctx.owner.workspaceId}/journeys/import${dryRun ? '?dryRun=true' : ''}`)
      .set('Cookie', ctx.owner.cookie)
      .send({ format: 'cxmap', content: text });
  const exportText = async (journeyId: string): Promise<string> =>
    (await ctx.given.http().get(`/api/journeys/${journeyId}/document`).set('Cookie', ctx.owner.cookie).buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    }).expect(200)).body as string;
  const rowsOf = async (table: string, journeyId: string): Promise<number> => {
    const [row] = (await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table} WHERE journey_id = $1`, [journeyId])) as Array<{ n: number }>;
    return row?.n ?? -1;
  };

  /** The journey of `documentAtMeasurementCap` with its measurements written directly (the route's figure is in bench/findings.md). */
  async function journeyAtMeasurementCap(): Promise<string> {
    const doc = documentAtMeasurementCap();
    const seeded = await importDocument(JSON.stringify({ ...doc, metrics: doc.metrics.map((metric) => ({ ...metric, measurements: [] })) }));
    expect(seeded.status).toBe(201);
    const journeyId = (seeded.body as ImportJourneyResponse).id;
    await ctx.app.get(DataSource).query(
      `INSERT INTO metric_measurements (workspace_id, journey_id, attachment_id, kind, period_kind, period_start, dimension, source,
              promoters, passives, detractors, sample_size)
       SELECT a.workspace_id, a.journey_id, a.id, a.kind, 'week', $2::date + 7 * w, '', 'api', 40 + w % 20, 30, 30 - w % 20, 100
         FROM metric_attachments a, generate_series(0, $3 - 1) AS w
        WHERE a.journey_id = $1`,
      [journeyId, week(0), MEASURED_WEEKS],
    );
    expect(await rowsOf('metric_measurements', journeyId)).toBe(LIMITS.measurementsPerJourneyMax);
    return journeyId;
  }

  let atCapId = '';

  it('exports a journey holding LIMITS.measurementsPerJourneyMax measurements as a document that imports again, dry run and real', async () => {
    atCapId = await journeyAtMeasurementCap();
    const text = await exportText(atCapId);
    const exported = JSON.parse(text) as JourneyDocument;
    expect(measurementCount(exported)).toBe(LIMITS.measurementsPerJourneyMax);
    // Over the old 1,000,000-character limit and over the 5 MB every other route takes: the route's own body limit carries it.
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(text.length).toBeLessThanOrEqual(DOCUMENT_LIMITS.contentMax);

    const preview = await importDocument(text, true);
    expect(preview.status).toBe(200);
    expect(preview.body as ImportPreviewResponse).toMatchObject({ ok: true, errors: [], links: 1, stages: [{ touchpoints: SERIES }] });

    const again = await importDocument(text);
    expect(again.status).toBe(201);
    const copyId = (again.body as ImportJourneyResponse).id;
    expect(await rowsOf('metric_measurements', copyId)).toBe(LIMITS.measurementsPerJourneyMax);
    expect(await rowsOf('annotations', copyId)).toBe(2);
    const copied = JSON.parse(await exportText(copyId)) as JourneyDocument;
    expect(copied.metrics.map((metric) => metric.measurements)).toEqual(exported.metrics.map((metric) => metric.measurements));
  }, 60_000);

  it('reads a report’s measurements of a journey at the cap: every row once, each series in period order, within the range', async () => {
    expect(atCapId).not.toBe('');
    const source = ctx.app.get(ReportSourceRepository, { strict: false });
    const read = await source.measurements(ctx.owner.workspaceId, atCapId, week(0), week(MEASURED_WEEKS));
    expect(read.size).toBe(SERIES);
    const weeks = Array.from({ length: MEASURED_WEEKS }, (_, w) => week(w));
    expect(new Set([...read.values()].map((rows) => rows.map((row) => row.periodStart).join()))).toEqual(new Set([weeks.join()]));
    // The range's end applies: without the last week, one row less per series.
    const shorter = await source.measurements(ctx.owner.workspaceId, atCapId, week(0), week(MEASURED_WEEKS - 2));
    expect([...shorter.values()].reduce((sum, rows) => sum + rows.length, 0)).toBe(SERIES * (MEASURED_WEEKS - 1));
  }, 60_000);

  it('refuses a measurement past the journey’s cap with 422 TOO_MANY_MEASUREMENTS and stores nothing; a period measured again still replaces its figures', async () => {
    const journeyId = atCapId || (await journeyAtMeasurementCap());
    const [attachment] = (await ctx.app.get(DataSource).query(`SELECT id FROM metric_attachments WHERE journey_id = $1 LIMIT 1`, [journeyId])) as Array<{ id: string }>;
    const row = (w: number) => ({ attachmentId: attachment!.id, period: 'week', periodStart: week(w), promoters: 50, passives: 25, detractors: 25 });

    const over = await ctx.given.measurements(ctx.owner, journeyId, [row(MEASURED_WEEKS)]);
    expect(over.status).toBe(422);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.body as Problem).toMatchObject({ code: 'TOO_MANY_MEASUREMENTS', detail: expect.stringContaining(LIMITS.measurementsPerJourneyMax.toLocaleString('en')) });
    expect(await rowsOf('metric_measurements', journeyId)).toBe(LIMITS.measurementsPerJourneyMax);

    const replaced = await ctx.given.measurements(ctx.owner, journeyId, [row(0)]);
    expect(replaced.status).toBe(200);
    expect(await rowsOf('metric_measurements', journeyId)).toBe(LIMITS.measurementsPerJourneyMax);

    // A CSV preview says so before the apply: a new week is over the cap, a week measured again is not.
    const csv = (w: number) =>
      `touchpoint,link,metric,period,period_start,promoters,passives,detractors\nTouchpoint 1,,nps,week,${week(w)},50,25,25\n`;
    const preview = async (w: number) =>
      (await ctx.given.http().post(`/api/journeys/${journeyId}/measurements/csv?dryRun=true`).set('Cookie', ctx.owner.cookie).send({ csv: csv(w) }).expect(200))
        .body as { fileErrors: string[]; ok: number };
    expect((await preview(MEASURED_WEEKS)).fileErrors).toEqual([
      `the journey would hold ${(LIMITS.measurementsPerJourneyMax + 1).toLocaleString('en')} measurements; it holds at most ${LIMITS.measurementsPerJourneyMax.toLocaleString('en')}.`,
    ]);
    expect(await preview(0)).toMatchObject({ fileErrors: [], ok: 1 });
    const applied = await ctx.given.http().post(`/api/journeys/${journeyId}/measurements/csv?dryRun=false`).set('Cookie', ctx.owner.cookie).send({ csv: csv(MEASURED_WEEKS) });
    expect(applied.status).toBe(422);
    expect(await rowsOf('metric_measurements', journeyId)).toBe(LIMITS.measurementsPerJourneyMax);
  }, 60_000);

  it('refuses an annotation past the journey’s cap with 422 TOO_MANY_ANNOTATIONS', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const annotate = () =>
      ctx.given.http().post(`/api/journeys/${journey.id}/annotations`).set('Cookie', ctx.owner.cookie).send({ touchpointId: touchpoints[0]!.id, kind: 'comment', title: 'Seen' });
    const first = await annotate();
    expect(first.status).toBe(201);
    // Copies of the first up to the cap, written directly: the route would take minutes.
    await copyAnnotation((first.body as { id: string }).id, LIMITS.annotationsPerJourneyMax);
    expect(await rowsOf('annotations', journey.id)).toBe(LIMITS.annotationsPerJourneyMax);

    const over = await annotate();
    expect(over.status).toBe(422);
    expect(over.body as Problem).toMatchObject({ code: 'TOO_MANY_ANNOTATIONS' });
    expect(await rowsOf('annotations', journey.id)).toBe(LIMITS.annotationsPerJourneyMax);
  }, 60_000);

  it('refuses a metric attachment past the journey’s cap with 422 TOO_MANY_METRIC_ATTACHMENTS, after its own checks', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 2);
    const [first, second] = touchpoints;
    const attach = (touchpointId: string | undefined, metric = 'nps') =>
      ctx.given.http().post(`/api/journeys/${journey.id}/metrics`).set('Cookie', ctx.owner.cookie).send({ metric, touchpointId, target: 40, warning: 20 });
    expect((await attach(first?.id)).status).toBe(201);
    // Fillers up to the cap on the first touchpoint, written directly (reaching it through the route needs 5,000 targets).
    await ctx.app.get(DataSource).query(
      `INSERT INTO metric_attachments (workspace_id, journey_id, touchpoint_id, metric_key, kind, target, warning)
       SELECT workspace_id, journey_id, touchpoint_id, 'filler-' || n, kind, target, warning
         FROM metric_attachments, generate_series(2, $2) AS n WHERE journey_id = $1`,
      [journey.id, LIMITS.metricsPerJourneyMax],
    );
    expect(await rowsOf('metric_attachments', journey.id)).toBe(LIMITS.metricsPerJourneyMax);

    const over = await attach(second?.id);
    expect(over.status).toBe(422);
    expect(over.body as Problem).toMatchObject({ code: 'TOO_MANY_METRIC_ATTACHMENTS', detail: expect.stringContaining(LIMITS.metricsPerJourneyMax.toLocaleString('en')) });
    // The route's own checks answer first: the same metric on the same touchpoint is still a 409.
    expect(((await attach(first?.id)).body as Problem).code).toBe('METRIC_ALREADY_ATTACHED');
    expect(await rowsOf('metric_attachments', journey.id)).toBe(LIMITS.metricsPerJourneyMax);

    await ctx.app.get(DataSource).query(`DELETE FROM metric_attachments WHERE journey_id = $1 AND metric_key = 'filler-2'`, [journey.id]);
    expect((await attach(second?.id)).status).toBe(201);
    expect(await rowsOf('metric_attachments', journey.id)).toBe(LIMITS.metricsPerJourneyMax);
  }, 60_000);

  it('answers a content longer than its format allows with 400 naming content: 1,000,000 characters for Mermaid, journeyDocumentContentMax for a CXMap document', async () => {
    const mermaid = await ctx.given
      .http()
      .post(`/api/workspaces/${ctx.owner.workspaceId}/journeys/import`)
      .set('Cookie', ctx.owner.cookie)
      .send({ format: 'mermaid', content: 'x'.repeat(LIMITS.importContentMax + 1) });
    expect(mermaid.status).toBe(400);
    expect((mermaid.body as Problem).errors?.map((e) => e.path)).toEqual(['content']);

    const document = await importDocument(' '.repeat(LIMITS.journeyDocumentContentMax + 1), true);
    expect(document.status).toBe(400);
    expect((document.body as Problem).errors?.map((e) => e.path)).toEqual(['content']);
  }, 60_000);

  it('keeps the 5 MB body limit on every other route', async () => {
    const { journey } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const big = await ctx.given
      .http()
      .patch(`/api/journeys/${journey.id}`)
      .set('Cookie', ctx.owner.cookie)
      .send({ description: 'x'.repeat(6 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body as Problem).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('takes the import route’s large body only with a live session: without one the 5 MB limit answers first', async () => {
    const body = { format: 'cxmap', content: ' '.repeat(6 * 1024 * 1024) };
    const path = `/api/workspaces/${ctx.owner.workspaceId}/journeys/import`;
    const anonymous = await ctx.given.http().post(path).send(body);
    expect(anonymous.status).toBe(413);
    expect(anonymous.body as Problem).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const forged = await ctx.given.http().post(path).set('Cookie', 'cxmap_session=not-a-session').send(body);
    expect(forged.status).toBe(413);
    // With the session the body is read, and the document is judged on its content.
    const member = await ctx.given.http().post(path).set('Cookie', ctx.owner.cookie).send(body);
    expect(member.status).toBe(422);
  }, 60_000);

  it('counts a cap under the journey row’s lock: a write waits for it, and two writes at the cap’s last place cannot both pass', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const annotate = (title: string) =>
      ctx.given.http().post(`/api/journeys/${journey.id}/annotations`).set('Cookie', ctx.owner.cookie).send({ touchpointId: touchpoints[0]!.id, kind: 'comment', title });

    // Held by another transaction, the journey row keeps an annotation from being counted and written.
    const holder = await connectToTestDatabase();
    let answered = false;
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM journeys WHERE id = $1 FOR NO KEY UPDATE', [journey.id]);
      const waiting = annotate('Waits').then((response) => {
        answered = true;
        return response;
      });
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(answered).toBe(false);
      await holder.query('COMMIT');
      expect((await waiting).status).toBe(201);
    } finally {
      await holder.end();
    }

    // One place left under the cap, two annotations at once: one is written, the other refused.
    const [first] = (await ctx.app.get(DataSource).query(`SELECT id FROM annotations WHERE journey_id = $1`, [journey.id])) as Array<{ id: string }>;
    await copyAnnotation(first!.id, LIMITS.annotationsPerJourneyMax - 1);
    const both = await Promise.all([annotate('One'), annotate('Two')]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(await rowsOf('annotations', journey.id)).toBe(LIMITS.annotationsPerJourneyMax);
  }, 60_000);
});
