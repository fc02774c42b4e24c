import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportJourneyResponse, ImportPreviewResponse, Problem } from '@cxmap/domain';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import type { TestUser } from './support/given';

const EXAMPLE_CSV = readFileSync(join(__dirname, '../../../docs/examples/touchpoints.csv'), 'utf8');

/** A workbook whose first sheet holds `rows` (the header first), as the base64 the import takes. */
async function workbook(rows: (string | number | null)[][]): Promise<string> {
  const book = new Workbook();
  const sheet = book.addWorksheet('Touchpoints');
  for (const row of rows) sheet.addRow(row);
  book.addWorksheet('Notes').addRow(['ignored']);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('journey import from a grid of touchpoints (CSV, XLSX)', () => {
  const ctx = useTestApp({ owner: true });

  const importAs = (user: TestUser, body: object, query = '') =>
    ctx.given.http().post(`/api/workspaces/${user.workspaceId}/journeys/import${query}`).set('Cookie', user.cookie).send(body);

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of ['journeys', 'stages', 'touchpoints', 'audit_events']) {
      const [row] = (await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
      counts[table] = row?.n ?? 0;
    }
    return counts;
  }

  it('creates the journey of docs/examples/touchpoints.csv: stages in order, every field, cards stacked per cell', async () => {
    const created = (await importAs(ctx.owner, { format: 'csv', content: EXAMPLE_CSV, name: 'Kitchen scales' }).expect(201)).body as ImportJourneyResponse;
    expect(created).toMatchObject({ name: 'Kitchen scales', warnings: [] });
    const graph = await ctx.given.graph(ctx.owner, created.id);
    expect(graph.stages.map((stage) => [stage.name, stage.phase, stage.order])).toEqual([
      ['Discovery', 'discovery', 0],
      ['Purchase', 'purchase', 1],
      ['Use', 'use', 2],
    ]);
    const byTitle = new Map(graph.touchpoints.map((t) => [t.title, t]));
    expect(byTitle.get('Card declined, pays again')).toMatchObject({ channel: 'web', interaction: 'digital', layer: 'frontstage', ownerTeam: 'Payments', emotion: -2 });
    expect(byTitle.get('Calls support about the damage')).toMatchObject({ channel: 'phone', interaction: 'personnel', ownerTeam: 'Customer service', emotion: -2 });
    expect(byTitle.get('Claims team approves a replacement')).toMatchObject({ layer: 'backstage', emotion: null });
    expect(byTitle.get('Product page with reviews')?.description).toBe('Photos, specs and reviews');
    expect(graph.touchpoints).toHaveLength(6);
  });

  it('creates the journey of an XLSX workbook (its first sheet), numbers and all', async () => {
    const content = await workbook([
      ['Stage', 'Title', 'Channel', 'Layer', 'Emotion', 'Owner team'],
      ['Awareness', 'Sees an ad', 'Social media', 'customer', 1, 'Marketing'],
      ['Awareness', 'Hears from a friend', 'in person', 'customer', null, null],
      ['Use', 'Unboxes', 'product', 'customer', 2, 'Product'],
    ]);
    const preview = (await importAs(ctx.owner, { format: 'xlsx', content }, '?dryRun=true').expect(200)).body as ImportPreviewResponse;
    expect(preview).toMatchObject({ ok: true, stages: [{ name: 'Awareness', touchpoints: 2 }, { name: 'Use', touchpoints: 1 }], errors: [] });
    expect(preview.rows.map((row) => [row.row, row.title, row.channel, row.emotion])).toEqual([
      [2, 'Sees an ad', 'social', 1],
      [3, 'Hears from a friend', 'in_person', null],
      [4, 'Unboxes', 'product', 2],
    ]);
    const created = (await importAs(ctx.owner, { format: 'xlsx', content, name: 'From Excel' }).expect(201)).body as ImportJourneyResponse;
    const graph = await ctx.given.graph(ctx.owner, created.id);
    expect(graph.touchpoints.map((t) => [t.title, t.channel, t.emotion, t.ownerTeam]).sort()).toEqual([
      ['Hears from a friend', 'in_person', null, null],
      ['Sees an ad', 'social', 1, 'Marketing'],
      ['Unboxes', 'product', 2, 'Product'],
    ]);
  });

  it('refuses a file with a bad row, naming row and column, and writes nothing (CSV and XLSX alike)', async () => {
    const before = await rowCounts();
    const csv = 'stage,title,channel,emotion\nA,Fine,web,1\nA,Fax us,fax,0\nB,,web,5\n';
    const refused = await importAs(ctx.owner, { format: 'csv', content: csv }).expect(422);
    const problem = refused.body as Problem;
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(problem.errors).toEqual([
      { path: 'content', line: 3, message: expect.stringMatching(/^channel: 'fax' is not a channel/) as unknown },
      { path: 'content', line: 4, message: 'title: is empty: every touchpoint needs a title' },
      { path: 'content', line: 4, message: "emotion: '5' is not a whole number from -2 to +2" },
    ]);
    const xlsx = await workbook([
      ['stage', 'title', 'layer'],
      ['A', 'Fine', 'customer'],
      ['A', 'Odd', 'attic'],
    ]);
    const refusedXlsx = await importAs(ctx.owner, { format: 'xlsx', content: xlsx }).expect(422);
    expect((refusedXlsx.body as Problem).errors).toEqual([{ path: 'content', line: 3, message: expect.stringMatching(/^layer: 'attic' is not a layer/) as unknown }]);
    // A dry run of the bad file answers 200 with the same errors, per row.
    const preview = (await importAs(ctx.owner, { format: 'csv', content: csv }, '?dryRun=true').expect(200)).body as ImportPreviewResponse;
    expect(preview.ok).toBe(false);
    expect(preview.rows.map((row) => [row.row, row.errors.map((error) => error.column)])).toEqual([
      [2, []],
      [3, ['channel']],
      [4, ['title', 'emotion']],
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('answers 422 for what is not a workbook, 400 for a bad dryRun, and 403 to a viewer', async () => {
    const viewer = await ctx.given.memberOf(ctx.owner, 'viewer');
    const before = await rowCounts();
    const notBase64 = await importAs(ctx.owner, { format: 'xlsx', content: 'stage,title\nA,B' }).expect(422);
    expect((notBase64.body as Problem).errors?.[0]?.message).toMatch(/not base64/);
    const notXlsx = await importAs(ctx.owner, { format: 'xlsx', content: Buffer.from('hello, world').toString('base64') }).expect(422);
    expect((notXlsx.body as Problem).errors?.[0]?.message).toMatch(/not an XLSX workbook/);
    await importAs(ctx.owner, { format: 'csv', content: EXAMPLE_CSV }, '?dryRun=yes').expect(400);
    await ctx.given.http().post(`/api/workspaces/${ctx.owner.workspaceId}/journeys/import?dryRun=true`).set('Cookie', viewer.cookie).send({ format: 'csv', content: EXAMPLE_CSV }).expect(403);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a small workbook that unpacks to far more than a journey (a zip bomb) without unpacking it, 422 and nothing written', async () => {
    const before = await rowCounts();
    const bomb = await workbook([['stage', 'title'], ['Awareness', 'x'.repeat(20 * 1024 * 1024)]]);
    expect(bomb.length).toBeLessThan(1_000_000);
    const preview = (await importAs(ctx.owner, { format: 'xlsx', content: bomb }, '?dryRun=true').expect(200)).body as ImportPreviewResponse;
    expect(preview.ok).toBe(false);
    expect(preview.errors[0]?.message).toMatch(/unpacks to more than 16 MB/);
    const refused = await importAs(ctx.owner, { format: 'xlsx', content: bomb }).expect(422);
    expect((refused.body as Problem).errors?.[0]?.message).toMatch(/unpacks to more than 16 MB/);
    expect(await rowCounts()).toEqual(before);
  });
});
