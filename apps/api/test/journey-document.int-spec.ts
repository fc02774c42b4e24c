import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AnnotationPage, ImportJourneyResponse, ImportPreviewResponse, Problem } from '@cxmap/domain';
import {
  JOURNEY_DOCUMENT_SCHEMA,
  documentToImportPlan,
  parseJourneyDocument,
  toJourneyDocument,
  type JourneyDocument,
} from '@cxmap/journey-format';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { journeyDocumentArbitrary, planToSnapshot, sampleJourneyDocument } from '@cxmap/journey-format/testing';
import { DEMO_ANNOTATIONS } from '../src/database/seeds/demo-annotations';
import { DEMO_JOURNEY } from '../src/database/seeds/demo-journey';
import { DEMO_METRICS } from '../src/database/seeds/demo-metrics';
import { startSeededDemo, type SeededDemo } from './support/seeded-demo';
import { Given, type TestUser } from './support/given';

const ROOT = join(__dirname, '../../..');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JOURNEY_DOCUMENT_SCHEMA);
const TABLES = [
  'journeys',
  'personas',
  'stages',
  'touchpoints',
  'links',
  'metric_definitions',
  'metric_attachments',
  'metric_measurements',
  'annotations',
  'annotation_replies',
  'audit_events',
];

/** A document as compared across exports: everything but the moment it was written. */
const content = (doc: JourneyDocument): Omit<JourneyDocument, 'exportedAt'> => {
  const { exportedAt, ...rest } = doc;
  void exportedAt;
  return rest;
};

/**
 * The demo journey is seeded into a database of this spec's own (the seed spec expects the run's
 * database to hold no demo yet), on the same PostgreSQL server.
 */
describe('CXMap journey document (export, import, schema) and Mermaid export', () => {
  let app: NestExpressApplication;
  let given: Given;
  let seeded: SeededDemo;
  let demo: { cookie: string; workspaceId: string; journeyId: string };

  beforeAll(async () => {
    seeded = await startSeededDemo('documents', 'demo password for documents');
    ({ app, given } = seeded);
    demo = { cookie: seeded.demo.cookie, workspaceId: seeded.demo.workspaceId, journeyId: seeded.journeyId };
  }, 60_000);

  afterAll(async () => {
    await seeded?.close();
  });

  const exportDocument = async (cookie: string, journeyId: string): Promise<JourneyDocument> =>
    (await given.http().get(`/api/journeys/${journeyId}/document`).set('Cookie', cookie).expect(200)).body as JourneyDocument;
  const importDocument = (user: { cookie: string; workspaceId: string }, doc: unknown) =>
    given
      .http()
      .post(`/api/workspaces/${user.workspaceId}/journeys/import`)
      .set('Cookie', user.cookie)
      .send({ format: 'cxmap', content: typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2) });

  async function rowCounts(): Promise<Record<string, number>> {
    const db = app.get(DataSource);
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>;
      counts[table] = row?.n ?? -1;
    }
    return counts;
  }

  it('serves the JSON Schema to anyone, cacheable', async () => {
    const response = await given.http().get('/api/schemas/journey-document.json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    expect(response.body).toEqual(JOURNEY_DOCUMENT_SCHEMA);
  });

  it('exports the demo journey as a document that validates against the schema and holds everything', async () => {
    const response = await given.http().get(`/api/journeys/${demo.journeyId}/document`).set('Cookie', demo.cookie).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${slugOf(DEMO_JOURNEY.name)}.cxmap.json"`);
    const doc = response.body as JourneyDocument;
    expect([validate(doc), validate.errors ?? null]).toEqual([true, null]);
    expect(parseJourneyDocument(JSON.stringify(doc))).toMatchObject({ ok: true });
    expect(doc.journey.name).toBe(DEMO_JOURNEY.name);
    expect(doc.persona?.name).toBe(DEMO_JOURNEY.persona.name);
    expect([doc.stages.length, doc.touchpoints.length, doc.links.length]).toEqual([
      DEMO_JOURNEY.stages.length,
      DEMO_JOURNEY.touchpoints.length,
      DEMO_JOURNEY.links.length,
    ]);
    expect(doc.metrics).toHaveLength(DEMO_METRICS.length);
    expect(doc.metrics.every((metric) => metric.measurements.length > 0)).toBe(true);
    expect(doc.annotations).toHaveLength(DEMO_ANNOTATIONS.length);
    expect(doc.annotations.some((annotation) => annotation.replies.length > 0)).toBe(true);
    expect(doc.touchpoints.some((touchpoint) => touchpoint.reviewBy !== null)).toBe(true);
  });

  it('imports the exported demo into a new journey that exports the same document', async () => {
    const before = await exportDocument(demo.cookie, demo.journeyId);
    const response = await importDocument(demo, before).expect(201);
    const created = response.body as ImportJourneyResponse;
    expect(created).toMatchObject({ name: DEMO_JOURNEY.name, warnings: [] });
    expect(created.id).not.toBe(demo.journeyId);
    expect(content(await exportDocument(demo.cookie, created.id))).toEqual(content(before));

    // Fresh ids everywhere: the original journey's rows are untouched and none is shared.
    const db = app.get(DataSource);
    const shared = (await db.query(
      `SELECT count(*)::int AS n FROM touchpoints a JOIN touchpoints b ON a.id = b.id WHERE a.journey_id = $1 AND b.journey_id = $2`,
      [demo.journeyId, created.id],
    )) as Array<{ n: number }>;
    expect(shared[0]?.n).toBe(0);
    const events = (await db.query(`SELECT action, summary FROM audit_events WHERE journey_id = $1 ORDER BY id`, [created.id])) as Array<{
      action: string;
      summary: string;
    }>;
    // One event for the whole import, content included.
    expect(events.map((e) => e.action)).toEqual(['journey.imported']);
    const [event] = events;
    expect(event?.summary).toMatch(/from a CXMap journey document: .*; with \d+ metrics, \d+ measurements, \d+ annotations, \d+ replies$/);
  });

  it('round-trips generated journeys through the API as the pure converters predict', async () => {
    const docs = fc.sample(journeyDocumentArbitrary, { numRuns: 6, seed: 20260501 });
    for (const doc of docs) {
      // A workspace each: generated custom metric keys repeat between documents.
      const user = await given.user({ name: 'Importer' });
      const created = (await importDocument(user, doc).expect(201)).body as ImportJourneyResponse;
      const exported = await exportDocument(user.cookie, created.id);
      expect([validate(exported), validate.errors ?? null]).toEqual([true, null]);
      const parsed = parseJourneyDocument(JSON.stringify(doc));
      if (!parsed.ok) throw new Error('generated document refused');
      let next = 0;
      const expected = toJourneyDocument(planToSnapshot(documentToImportPlan(parsed.document, () => `id-${(next += 1)}`), { name: 'Importer', now: '' }), new Date());
      expect(content(exported)).toEqual(content(expected));
      // And once more through the API: export → import → export is stable.
      const again = (await importDocument(user, exported).expect(201)).body as ImportJourneyResponse;
      expect(content(await exportDocument(user.cookie, again.id))).toEqual(content(exported));
    }
  }, 60_000);

  it('keeps authors who are not the importer as names without an account, and links the importer’s own', async () => {
    const user = await given.user({ name: 'Lee' });
    const created = (await importDocument(user, sampleJourneyDocument()).expect(201)).body as ImportJourneyResponse;
    const page = (await given.http().get(`/api/journeys/${created.id}/annotations`).set('Cookie', user.cookie).expect(200)).body as AnnotationPage;
    const byTitle = new Map(page.items.map((item) => [item.title, item]));
    expect(byTitle.get('Transferred between departments')?.author).toEqual({ id: null, name: 'Dana Former-Colleague' });
    expect(byTitle.get('Transferred between departments')).toMatchObject({ createdAt: '2026-02-10T09:00:00.000Z', resolvedAt: '2026-03-01T10:00:00.000Z' });
    expect(byTitle.get('Explain the first bill')?.author).toEqual({ id: user.me.user.id, name: 'Lee' });
  });

  describe('a bad document is refused with the JSON path, and writes nothing', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await given.user();
      // The workspace already measures install_wait_days, as a different kind of metric.
      await given
        .http()
        .post(`/api/workspaces/${user.workspaceId}/metric-definitions`)
        .set('Cookie', user.cookie)
        .send({ key: 'install_wait_days', name: 'Install wait', family: 'operational', unit: 'count', scale: null, direction: 'lower', kind: 'mean', appliesTo: ['touchpoint'] })
        .expect(201);
    });

    it.each<[string, (doc: JourneyDocument) => void, string, RegExp]>([
      ['a blank stage name (schema)', (doc) => void (doc.stages[2] && (doc.stages[2].name = '  ')), 'stages[2].name', /must not be blank/],
      ['a touchpoint in no stage (reference)', (doc) => void (doc.touchpoints[1] && (doc.touchpoints[1].stageId = 'nowhere')), 'touchpoints[1].stageId', /no stage has the id "nowhere"/],
      ['a bad figure', (doc) => void (doc.metrics[0]?.measurements[0] && (doc.metrics[0].measurements[0].ratings = [0, 0, 0, 0, 0])), 'metrics[0].measurements[0].ratings', /at least one answer/],
      // Found only while writing, after the journey row and its graph are in: the transaction rolls back.
      ['a metric key the workspace uses for another measure', () => undefined, 'metricDefinitions[0]', /already has a metric install_wait_days with another measurement kind/],
    ])('%s', async (_name, change, jsonPath, message) => {
      const doc = sampleJourneyDocument();
      change(doc);
      const before = await rowCounts();
      const response = await importDocument(user, doc).expect(422);
      const problem = response.body as Problem;
      expect(problem.code).toBe('IMPORT_INVALID');
      expect(problem.errors).toContainEqual(expect.objectContaining({ path: 'content', jsonPath, message: expect.stringMatching(message) }));
      expect(await rowCounts()).toEqual(before);
    });

    it('names the line of a JSON syntax error', async () => {
      const response = await importDocument(user, '{\n  "format": "cxmap.journey",\n  oops\n}').expect(422);
      expect((response.body as Problem).errors).toEqual([{ path: 'content', line: 3, message: expect.any(String) }]);
    });

    it('previews with dryRun what the import would create, or the problems it would refuse, writing nothing', async () => {
      const previewAs = (who: TestUser, content: string) =>
        given.http().post(`/api/workspaces/${who.workspaceId}/journeys/import?dryRun=true`).set('Cookie', who.cookie).send({ format: 'cxmap', content });
      const preview = (content: string) => previewAs(user, content);
      const fresh = await given.user();
      const doc = sampleJourneyDocument();
      const before = await rowCounts();
      const good = (await previewAs(fresh, JSON.stringify(doc)).expect(200)).body as ImportPreviewResponse;
      expect(good).toMatchObject({ ok: true, name: doc.journey.name, links: doc.links.length, errors: [] });
      expect(good.stages).toHaveLength(doc.stages.length);
      expect(good.stages.reduce((sum, stage) => sum + stage.touchpoints, 0)).toBe(doc.touchpoints.length);

      const blank = sampleJourneyDocument();
      if (blank.stages[2]) blank.stages[2].name = '  ';
      for (const bad of [JSON.stringify(blank, null, 2), '{\n  "format": "cxmap.journey",\n  oops\n}']) {
        const refused = ((await importDocument(user, bad).expect(422)).body as Problem).errors ?? [];
        const previewed = (await preview(bad).expect(200)).body as ImportPreviewResponse;
        expect(refused.length).toBeGreaterThan(0);
        expect(previewed).toMatchObject({ ok: false, stages: [], links: 0 });
        expect(previewed.errors).toEqual(refused.map((error) => ({ line: error.line ?? null, message: error.message })));
      }
      // Only found while writing (the workspace measures install_wait_days otherwise): the dry run writes and rolls back, so it finds it too.
      const conflicting = JSON.stringify(doc);
      const refused = ((await importDocument(user, doc).expect(422)).body as Problem).errors ?? [];
      const previewed = (await preview(conflicting).expect(200)).body as ImportPreviewResponse;
      expect(refused).toContainEqual(expect.objectContaining({ jsonPath: 'metricDefinitions[0]' }));
      expect(previewed.ok).toBe(false);
      expect(previewed.stages).toHaveLength(doc.stages.length);
      expect(previewed.errors).toEqual(refused.map((error) => ({ line: error.line ?? null, message: error.message })));
      expect(await rowCounts()).toEqual(before);
    });
  });

  it('answers 404 for another workspace’s journey, exactly like a missing one', async () => {
    const stranger = await given.user();
    for (const route of ['document', 'mermaid']) {
      await given.http().get(`/api/journeys/${demo.journeyId}/${route}`).set('Cookie', stranger.cookie).expect(404);
    }
  });

  it('exports Mermaid text that Mermaid’s own parser reads, with every stage and touchpoint', async () => {
    const response = await given.http().get(`/api/journeys/${demo.journeyId}/mermaid`).set('Cookie', demo.cookie).expect(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${slugOf(DEMO_JOURNEY.name)}.mmd"`);
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', MERMAID_VIEW], { input: response.text, cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const view = JSON.parse(output) as { title: string; sections: string[]; tasks: unknown[] };
    expect(view.title).toBe(DEMO_JOURNEY.name);
    expect(view.sections).toEqual(DEMO_JOURNEY.stages.map((stage) => stage.name));
    expect(view.tasks).toHaveLength(DEMO_JOURNEY.touchpoints.length);
  }, 60_000);

  it('turns OpenJourney pain points into pain-point annotations by the importer', async () => {
    const user = await given.user({ name: 'Ojf Importer' });
    const ojf = readFileSync(join(ROOT, 'libs/journey-format/fixtures/interop/ojf/ecommerce-return.ojf'), 'utf8');
    const created = (
      await given.http().post(`/api/workspaces/${user.workspaceId}/journeys/import`).set('Cookie', user.cookie).send({ format: 'ojf', content: ojf }).expect(201)
    ).body as ImportJourneyResponse;
    expect(created.warnings.filter((warning) => /pain point/.test(warning.message) && !warning.message.startsWith('Swimlane'))).toEqual([]);
    const page = (await given.http().get(`/api/journeys/${created.id}/annotations`).set('Cookie', user.cookie).expect(200)).body as AnnotationPage;
    expect(page.items.map((item) => [item.title, item.kind, item.severity, item.status, item.target.kind, item.author.id]).sort()).toEqual(
      [
        ['Radio Silence', 'pain_point', 'low', 'open', 'touchpoint', user.me.user.id],
        ['Restocking Fee', 'pain_point', 'high', 'open', 'touchpoint', user.me.user.id],
        ['Return Portal', 'pain_point', 'high', 'open', 'touchpoint', user.me.user.id],
      ].sort(),
    );
  });
});

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Mermaid needs ESM and a DOM: a child Node process reads the text with Mermaid's own parser. */
const MERMAID_VIEW = `
import { JSDOM } from 'jsdom';
const dom = new JSDOM();
Object.assign(globalThis, { window: dom.window, document: dom.window.document });
const mermaid = (await import('mermaid')).default;
let text = '';
for await (const chunk of process.stdin) text += chunk;
await mermaid.parse(text);
const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
process.stdout.write(JSON.stringify({ title: db.getDiagramTitle(), sections: db.getSections(), tasks: db.getTasks().map((t) => [t.section, t.task, t.score]) }));
`;
