import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotationPage, ImportJourneyResponse, Problem, Role } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import type { TestUser } from './support/given';

const FIXTURES = join(__dirname, '../../../libs/journey-format/fixtures/interop');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
/** Mermaid fixtures start with a `%% source:` line added when they were collected. */
const mermaidFixture = (file: string): string => fixture(`mermaid/${file}`).split('\n').slice(1).join('\n');

describe('journey import', () => {
  const ctx = useTestApp({ owner: true });

  const importAs = (user: TestUser, body: object, workspaceId = user.workspaceId) =>
    ctx.given.http().post(`/api/workspaces/${workspaceId}/journeys/import`).set('Cookie', user.cookie).send(body);

  async function rowCounts(): Promise<Record<string, number>> {
    const db = ctx.app.get(DataSource);
    const counts: Record<string, number> = {};
    for (const table of ['journeys', 'stages', 'touchpoints', 'links']) {
      const [row] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>;
      counts[table] = row.n;
    }
    return counts;
  }

  it('imports a Mermaid journey: stages, touchpoints with emotion and actors, in order', async () => {
    const response = await importAs(ctx.owner, { format: 'mermaid', content: mermaidFixture('001.mmd') }).expect(201);
    const created = response.body as ImportJourneyResponse;
    expect(created).toMatchObject({ workspaceId: ctx.owner.workspaceId, name: 'My working day', revision: 1, warnings: [] });
    const graph = await ctx.given.graph(ctx.owner, created.id);
    expect(graph.stages.map((s) => [s.name, s.order])).toEqual([
      ['Go to work', 0],
      ['Go home', 1],
    ]);
    const work = graph.touchpoints.filter((t) => t.stageId === graph.stages[0].id).sort((a, b) => a.position.y - b.position.y);
    expect(work.map((t) => [t.title, t.emotion, t.layer, t.description])).toEqual([
      ['Make tea', 2, 'customer', 'Actors: Me'],
      ['Go upstairs', 0, 'customer', 'Actors: Me'],
      ['Do work', -2, 'customer', 'Actors: Me, Cat'],
    ]);
    expect(graph.touchpoints).toHaveLength(5);
    expect(graph.links).toHaveLength(0);
  });

  it('imports with warnings by line, and takes the name given', async () => {
    const response = await importAs(ctx.owner, { format: 'mermaid', content: mermaidFixture('009.mmd'), name: '  Scores off the scale  ' }).expect(201);
    const created = response.body as ImportJourneyResponse;
    expect(created.name).toBe('Scores off the scale');
    expect(created.warnings).toEqual([{ line: 4, message: expect.stringContaining('Score "23" is not a whole number from 1 to 5') }]);
    const graph = await ctx.given.graph(ctx.owner, created.id);
    const tea = graph.touchpoints.find((t) => t.title === 'Make tea');
    expect(tea).toMatchObject({ emotion: null, description: 'Actors: Me\nMermaid score: 23' });
  });

  it('imports an OpenJourney blueprint: layers, blueprint steps linked to their node', async () => {
    const response = await importAs(ctx.owner, { format: 'ojf', content: fixture('ojf/hotel-check-in-blueprint.ojf') }).expect(201);
    const created = response.body as ImportJourneyResponse;
    expect(created.name).toBe('Hotel Arrival & Check-in');
    expect(created.description).toContain('Persona: Business Traveler');
    const graph = await ctx.given.graph(ctx.owner, created.id);
    expect(graph.stages.map((s) => s.name)).toEqual(['Arrival', 'Check-in', 'Room Entry']);
    expect(graph.touchpoints).toHaveLength(14);
    const byLayer = (layer: string) => graph.touchpoints.filter((t) => t.layer === layer).length;
    expect([byLayer('customer'), byLayer('frontstage'), byLayer('backstage'), byLayer('support')]).toEqual([4, 3, 3, 4]);
    expect(graph.links).toHaveLength(10);
    expect(graph.links.every((l) => l.type === 'depends_on')).toBe(true);
    const arrive = graph.touchpoints.find((t) => t.title === 'Arrive at Entrance');
    expect(arrive?.emotion).toBe(1);
    expect(graph.links.filter((l) => l.sourceId === arrive?.id)).toHaveLength(3);
  });

  it('makes the pain points of an OpenJourney file open pain-point annotations on their touchpoints', async () => {
    const response = await importAs(ctx.owner, { format: 'ojf', content: fixture('ojf/ecommerce-return.ojf') }).expect(201);
    const created = response.body as ImportJourneyResponse;
    expect(created.warnings.filter((w) => /^\d+ pain points? will be imported/.test(w.message))).toEqual([]);
    const graph = await ctx.given.graph(ctx.owner, created.id);
    expect(graph.touchpoints).toHaveLength(9);
    const fee = graph.touchpoints.find((t) => t.title === 'Restocking Fee');
    expect(fee?.description).not.toContain('Pain point (high severity)');
    const page = (await ctx.given.http().get(`/api/journeys/${created.id}/annotations`).set('Cookie', ctx.owner.cookie).expect(200)).body as AnnotationPage;
    expect(page.items.filter((a) => a.target.id === fee?.id).map((a) => [a.kind, a.severity, a.status, a.title])).toEqual([
      ['pain_point', 'high', 'open', 'Restocking Fee'],
    ]);
  });

  it.each([
    ['mermaid', mermaidFixture('026.mmd'), [3, 9, 14, 19]],
    ['mermaid', mermaidFixture('004.mmd'), [2]],
    ['ojf', '{\n  "stages": [{ "id": "s1", "name": "A" }],\n  "nodes": [\n    { "stageId": "s1", "title": "T", "score": 9 }\n  ]\n}', [4]],
    ['ojf', '{ not json', [1]],
  ])('refuses a bad %s file with 422, every problem by line, and writes nothing', async (format, content, lines) => {
    const before = await rowCounts();
    const response = await importAs(ctx.owner, { format, content }).expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.body as Problem;
    expect(problem).toMatchObject({ status: 422, code: 'IMPORT_INVALID', detail: expect.stringContaining('nothing was imported') });
    expect(problem.errors?.map((e) => e.line)).toEqual(lines);
    expect(problem.errors?.every((e) => e.path === 'content' && e.message.length > 0)).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a file past the journey limits without writing anything', async () => {
    const before = await rowCounts();
    const content = `journey\n${Array.from({ length: 51 }, (_, i) => `section S${i}\n  T: 3`).join('\n')}`;
    const response = await importAs(ctx.owner, { format: 'mermaid', content }).expect(422);
    expect((response.body as Problem).errors?.[0].message).toMatch(/at most 50/);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['an unknown format', { format: 'docx', content: 'x' }, 'format'],
    ['empty content', { format: 'mermaid', content: '' }, 'content'],
    ['no content', { format: 'mermaid' }, 'content'],
    ['a blank name', { format: 'mermaid', content: 'journey', name: '   ' }, 'name'],
    ['content over LIMITS.importContentMax', { format: 'mermaid', content: 'x'.repeat(1_000_001) }, 'content'],
  ])('validates the body: %s → 400 on %s', async (_label, body, field) => {
    const response = await importAs(ctx.owner, body).expect(400);
    expect((response.body as Problem).errors?.map((e) => e.path)).toContain(field);
  });

  it.each<[Role, number]>([
    ['owner', 201],
    ['editor', 201],
    ['commenter', 403],
    ['viewer', 403],
  ])('%s → %i', async (role, status) => {
    const member = role === 'owner' ? ctx.owner : await ctx.given.memberOf(ctx.owner, role);
    const before = await rowCounts();
    await importAs(member, { format: 'mermaid', content: 'journey\nsection A\n  T: 3' }, ctx.owner.workspaceId).expect(status);
    if (status === 403) expect(await rowCounts()).toEqual(before);
  });

  it('answers 404 for another workspace, exactly like a missing one', async () => {
    const stranger = await ctx.given.user();
    const foreign = await importAs(stranger, { format: 'mermaid', content: 'journey' }, ctx.owner.workspaceId).expect(404);
    const missing = await importAs(stranger, { format: 'mermaid', content: 'journey' }, '00000000-0000-4000-8000-000000000000').expect(404);
    expect(foreign.body).toEqual(missing.body);
  });
});
