import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportJobDto, Problem } from '@cxmap/domain';
import { REPORT_CONTENT_TYPES } from '@cxmap/reports';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { ExportRunner } from '../src/modules/exports/export-runner';
import { createLink, createTouchpoint, type TestUser } from './support/given';

const PDF_TEXT = join(__dirname, 'support/pdf-text.mjs');

/** The text of each page, read back by a PDF parser (pdfjs-dist, ESM: in a child process). */
function pdfPages(bytes: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cxmap-export-'));
  try {
    const file = join(dir, 'export.pdf');
    writeFileSync(file, bytes);
    return JSON.parse(execFileSync(process.execPath, [PDF_TEXT, file], { encoding: 'utf8' })) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The 1-based column of a header cell in the first row of a sheet. */
function headerColumn(book: ExcelJS.Workbook, sheet: string, header: string): number {
  const row = book.getWorksheet(sheet)?.getRow(1);
  let found = 0;
  row?.eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (!found) throw new Error(`${sheet} has no "${header}" column`);
  return found;
}

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('report exports', () => {
  const ctx = useTestApp({ owner: { workspaceName: 'Export workspace' } });
  let db: DataSource;
  let journeyId: string;
  let stageNames: string[];

  /** Polls the job until it is no longer queued or running (each poll is a real request; no clock is asserted). */
  async function settled(path: string, headers: Record<string, string>): Promise<ExportJobDto> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const response = await ctx.given.http().get(path).set(headers).expect(200);
      const job = response.body as ExportJobDto;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`export ${path} did not finish`);
  }

  const member = (user: TestUser): Record<string, string> => ({ Cookie: user.cookie });
  const counts = async (workspaceId: string): Promise<{ jobs: number; audit: number }> => {
    const [row] = (await db.query(
      `SELECT (SELECT count(*)::int FROM export_jobs WHERE workspace_id = $1) AS jobs,
              (SELECT count(*)::int FROM audit_events WHERE workspace_id = $1) AS audit`,
      [workspaceId],
    )) as { jobs: number; audit: number }[];
    return row ?? { jobs: -1, audit: -1 };
  };

  beforeAll(async () => {
    db = ctx.app.get(DataSource);
    const journey = await ctx.given.journey(ctx.owner, { template: 'service-lifecycle', name: 'Online order journey' });
    journeyId = journey.id;
    const graph = await ctx.given.graph(ctx.owner, journeyId);
    stageNames = graph.stages.map((s) => s.name);
    const [first, second] = graph.stages;
    if (!first || !second) throw new Error('template without stages');
    const chat = createTouchpoint(first.id, { title: 'Chat agent', channel: 'live_chat', interaction: 'personnel', emotion: -1 });
    const phone = createTouchpoint(second.id, { title: 'Phone agent', channel: 'phone', interaction: 'personnel', emotion: 1 });
    await ctx.given.applied(ctx.owner, journeyId, [chat, phone, createLink(chat.id, phone.id, { type: 'hand_off' })]);
    const attached = await ctx.given.attach(ctx.owner, journeyId, { metric: 'csat', touchpointId: chat.id, target: 90, warning: 85, isKey: true });
    await ctx.given.measurements(ctx.owner, journeyId, [{ attachmentId: attached.id, period: 'month', periodStart: '2026-02-01', ratings: [1, 1, 2, 6, 10] }]).expect(200);
    await ctx.given
      .http()
      .post(`/api/journeys/${journeyId}/annotations`)
      .set('Cookie', ctx.owner.cookie)
      .send({ touchpointId: chat.id, kind: 'pain_point', severity: 'critical', title: 'Card declined at checkout' })
      .expect(201);
  });

  it('makes a PDF of the journey in a worker: name, stages in order, pain point, numbered pages; served as an attachment', async () => {
    const created = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(ctx.owner)).send({ format: 'pdf' }).expect(202);
    const job = created.body as ExportJobDto;
    expect(job).toMatchObject({ journeyId, format: 'pdf', status: 'queued', progress: 0, fileName: null });
    const done = await settled(`/api/exports/${job.id}`, member(ctx.owner));
    expect(done).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(done.fileName).toMatch(/^online-order-journey-\d{4}-\d{2}-\d{2}\.pdf$/);

    const file = await ctx.given.http().get(`/api/exports/${job.id}/file`).set(member(ctx.owner)).buffer(true).parse(binary).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${done.fileName}"`);
    expect(file.headers['cache-control']).toBe('no-store');
    const bytes = file.body as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdfPages(bytes);
    const text = pages.join('\n');
    expect(pages[0]).toContain('Online order journey');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(text).toContain('Card declined at checkout');
    const headings = stageNames.map((name, i) => text.indexOf(`Stage ${i + 1} of ${stageNames.length}: ${name}`));
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);

    const [audit] = (await db.query(`SELECT action, change FROM audit_events WHERE workspace_id = $1 AND action = 'journey.exported'`, [ctx.owner.workspaceId])) as {
      action: string;
      change: { format: string; sections: string[] };
    }[];
    expect(audit?.change).toEqual({ format: 'pdf', sections: ['summary', 'emotion', 'map', 'stages', 'pains', 'handoffs', 'trends', 'comments'] });
  });

  it('lets a viewer export, and hides jobs from members of other workspaces (404 like a missing id)', async () => {
    const viewer = await ctx.given.memberOf(ctx.owner, 'viewer');
    const created = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(viewer)).send({ format: 'pdf', sections: ['summary'] }).expect(202);
    const job = created.body as ExportJobDto;
    expect((await settled(`/api/exports/${job.id}`, member(viewer))).status).toBe('done');

    const stranger = await ctx.given.user();
    for (const path of [`/api/exports/${job.id}`, `/api/exports/${job.id}/file`]) {
      const foreign = await ctx.given.http().get(path).set(member(stranger)).expect(404);
      const missing = await ctx.given.http().get(path.replace(job.id, '00000000-0000-4000-8000-000000000000')).set(member(stranger)).expect(404);
      expect((foreign.body as Problem).code).toBe('EXPORT_NOT_FOUND');
      expect({ ...(foreign.body as Problem) }).toEqual({ ...(missing.body as Problem) });
    }
    await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(stranger)).send({ format: 'pdf' }).expect(404);
  });

  it('exports through a share link that allows it, and only its own jobs; refuses a link without exports, writing nothing', async () => {
    const link = await ctx.given.shareLink(ctx.owner, journeyId, { allowExport: true });
    const created = await ctx.given.http().post(`/api/share/${link.token}/exports`).send({ format: 'pdf', sections: ['pains'] }).expect(202);
    const job = created.body as ExportJobDto;
    const done = await settled(`/api/share/${link.token}/exports/${job.id}`, {});
    expect(done.status).toBe('done');
    const file = await ctx.given.http().get(`/api/share/${link.token}/exports/${job.id}/file`).buffer(true).parse(binary).expect(200);
    const text = pdfPages(file.body as Buffer).join('\n');
    expect(text).toContain('Card declined at checkout');
    // The link shows no workspace and no people: neither does its report, whatever was asked.
    const withComments = await ctx.given.http().post(`/api/share/${link.token}/exports`).send({ format: 'pdf', includeComments: true }).expect(202);
    await settled(`/api/share/${link.token}/exports/${(withComments.body as ExportJobDto).id}`, {});
    const fullFile = await ctx.given.http().get(`/api/share/${link.token}/exports/${(withComments.body as ExportJobDto).id}/file`).buffer(true).parse(binary).expect(200);
    const fullText = pdfPages(fullFile.body as Buffer).join('\n');
    expect(fullText).toContain('Card declined at checkout');
    expect(fullText).toContain('A team member');
    expect(fullText).not.toContain('Export workspace');
    expect(fullText).not.toContain(ctx.owner.me.user.name);
    // A member's route does not serve a link's job, nor another link's route.
    await ctx.given.http().get(`/api/exports/${job.id}`).set(member(ctx.owner)).expect(404);
    const other = await ctx.given.shareLink(ctx.owner, journeyId, { allowExport: true });
    await ctx.given.http().get(`/api/share/${other.token}/exports/${job.id}`).expect(404);

    const closed = await ctx.given.shareLink(ctx.owner, journeyId, { allowExport: false });
    const before = await counts(ctx.owner.workspaceId);
    const refused = await ctx.given.http().post(`/api/share/${closed.token}/exports`).send({ format: 'pdf' }).expect(403);
    expect((refused.body as Problem).code).toBe('EXPORT_NOT_ALLOWED');
    await ctx.given.http().get(`/api/share/${closed.token}/exports/${job.id}`).expect(403);
    await ctx.given.http().post(`/api/share/not-a-token/exports`).send({ format: 'pdf' }).expect(404);
    expect(await counts(ctx.owner.workspaceId)).toEqual(before);
  });

  it.each([
    [{ format: 'docx' }, ['format']],
    [{ format: 'pdf', sections: ['intro'] }, ['sections']],
    [{ format: 'pdf', sections: 'summary' }, ['sections']],
    [{ format: 'pdf', from: '2026-02-30', to: '2026-03-31' }, ['from']],
    [{ format: 'pdf', from: '2026-01-01' }, ['to']],
    [{ format: 'pdf', from: '2026-03-01', to: '2026-02-01' }, ['to']],
    [{ format: 'pdf', from: '2000-01-01', to: '2026-01-01' }, ['to']],
    [{ format: 'pdf', includeComments: 'yes' }, ['includeComments']],
    [{ format: 'pdf', workspaceId: '00000000-0000-4000-8000-000000000000' }, ['workspaceId']],
  ])('refuses %j with 400 naming %j, and writes nothing', async (body, paths) => {
    const before = await counts(ctx.owner.workspaceId);
    const response = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(ctx.owner)).send(body).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((response.body as Problem).errors?.map((e) => e.path.split('.')[0])).toEqual(paths);
    expect(await counts(ctx.owner.workspaceId)).toEqual(before);
  });

  /** Starts an export as the owner, waits for it and downloads the file. */
  async function exported(format: string): Promise<{ job: ExportJobDto; file: request.Response }> {
    const created = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(ctx.owner)).send({ format, includeComments: true }).expect(202);
    const job = await settled(`/api/exports/${(created.body as ExportJobDto).id}`, member(ctx.owner));
    expect(job).toMatchObject({ status: 'done', progress: 100, error: null });
    const file = await ctx.given.http().get(`/api/exports/${job.id}/file`).set(member(ctx.owner)).buffer(true).parse(binary).expect(200);
    expect(file.headers['content-type']).toBe(REPORT_CONTENT_TYPES[format as keyof typeof REPORT_CONTENT_TYPES]);
    return { job, file };
  }

  it('makes an XLSX with one sheet per kind of row, read back with exceljs', async () => {
    const { job, file } = await exported('xlsx');
    expect(job.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((file.body as Buffer).buffer as ArrayBuffer);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Stages', 'Touchpoints', 'Links', 'Metrics', 'Measurements', 'Annotations']));
    const titles = book.getWorksheet('Touchpoints')?.getColumn(headerColumn(book, 'Touchpoints', 'Touchpoint')).values ?? [];
    expect(titles).toEqual(expect.arrayContaining(['Chat agent', 'Phone agent']));
    const stages = (book.getWorksheet('Stages')?.getColumn(headerColumn(book, 'Stages', 'Stage')).values ?? []).filter((v) => typeof v === 'string');
    expect(stages.slice(1)).toEqual(stageNames);
    const pains = book.getWorksheet('Annotations')?.getColumn(headerColumn(book, 'Annotations', 'Title')).values ?? [];
    expect(pains).toContain('Card declined at checkout');
  });

  it('makes a CSV of the touchpoints, read back with papaparse', async () => {
    const { file } = await exported('csv');
    const text = (file.body as Buffer).toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => Object.values(row).join('|'))).toEqual(
      expect.arrayContaining([expect.stringContaining('Chat agent'), expect.stringContaining('Phone agent')]),
    );
  });

  it('makes a PPTX deck whose slides hold the journey as editable text, read back with jszip', async () => {
    const { file } = await exported('pptx');
    const zip = await JSZip.loadAsync(file.body as Buffer);
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides.length).toBeGreaterThan(4);
    const xml = (await Promise.all(slides.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
    // The words of the deck: every text run, as PowerPoint shows them.
    const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Online order journey');
    expect(text).toContain('Card declined at checkout');
    for (const name of stageNames) expect(text).toContain(name);
  });

  it('makes the portfolio PDF of the workspace (every journey by name), audited as a workspace event', async () => {
    const created = await ctx.given.http().post(`/api/workspaces/${ctx.owner.workspaceId}/exports`).set(member(ctx.owner)).send({ format: 'pdf' }).expect(202);
    const job = await settled(`/api/exports/${(created.body as ExportJobDto).id}`, member(ctx.owner));
    expect(job).toMatchObject({ journeyId: null, status: 'done', progress: 100 });
    expect(job.fileName).toMatch(/^export-workspace-portfolio-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = await ctx.given.http().get(`/api/exports/${job.id}/file`).set(member(ctx.owner)).buffer(true).parse(binary).expect(200);
    const text = pdfPages(file.body as Buffer).join('\n');
    expect(text).toContain('Export workspace');
    expect(text).toContain('Online order journey');
    const [event] = (await db.query(`SELECT action, journey_id FROM audit_events WHERE workspace_id = $1 AND action = 'portfolio.exported'`, [ctx.owner.workspaceId])) as {
      action: string;
      journey_id: string | null;
    }[];
    expect(event).toEqual({ action: 'portfolio.exported', journey_id: null });
  });

  it('refuses a portfolio export in another format, or with half a range, writing nothing', async () => {
    for (const [body, field] of [
      [{ format: 'xlsx' }, 'format'],
      [{ format: 'pdf', from: '2026-01-01' }, 'to'],
    ] as const) {
      const before = await counts(ctx.owner.workspaceId);
      const response = await ctx.given.http().post(`/api/workspaces/${ctx.owner.workspaceId}/exports`).set(member(ctx.owner)).send(body).expect(400);
      expect((response.body as Problem).errors?.map((e) => e.path)).toEqual([field]);
      expect(await counts(ctx.owner.workspaceId)).toEqual(before);
    }
  });

  describe('with job rows set up directly', () => {
    const insert = async (status: string, extra = ''): Promise<string> => {
      const [row] = (await db.query(
        `INSERT INTO export_jobs (workspace_id, journey_id, format, options, status, expires_at${extra ? ', updated_at' : ''})
         VALUES ($1, $2, 'pdf', '{}', $3, now() + interval '1 hour'${extra ? `, ${extra}` : ''}) RETURNING id`,
        [ctx.owner.workspaceId, journeyId, status],
      )) as { id: string }[];
      return row?.id ?? '';
    };

    it('limits a workspace to 3 exports at a time (429, nothing written); a stalled job does not count and reads as failed', async () => {
      const active = [await insert('queued'), await insert('running'), await insert('queued')];
      const before = await counts(ctx.owner.workspaceId);
      const response = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(ctx.owner)).send({ format: 'pdf' }).expect(429);
      expect((response.body as Problem).code).toBe('TOO_MANY_EXPORTS');
      expect(response.headers['retry-after']).toBe('10');
      expect(await counts(ctx.owner.workspaceId)).toEqual(before);

      await db.query(`UPDATE export_jobs SET updated_at = now() - interval '10 minutes' WHERE id = $1`, [active[1]]);
      const stalled = (await ctx.given.http().get(`/api/exports/${active[1]}`).set(member(ctx.owner)).expect(200)).body as ExportJobDto;
      expect([stalled.status, stalled.error]).toEqual(['failed', expect.stringContaining('stopped')]);
      const created = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(ctx.owner)).send({ format: 'pdf', sections: ['summary'] }).expect(202);
      await settled(`/api/exports/${(created.body as ExportJobDto).id}`, member(ctx.owner));
      await db.query(`DELETE FROM export_jobs WHERE id = ANY($1::uuid[])`, [active]);
    });

    it("counts a share link's jobs apart: one at a time per link, and never against the members' three", async () => {
      const link = await ctx.given.shareLink(ctx.owner, journeyId, { allowExport: true });
      const linkId = ((await db.query(`SELECT id FROM share_links WHERE workspace_id = $1 ORDER BY created_at DESC LIMIT 1`, [ctx.owner.workspaceId])) as { id: string }[])[0]?.id;
      const [row] = (await db.query(
        `INSERT INTO export_jobs (workspace_id, journey_id, share_link_id, format, options, status, expires_at)
         VALUES ($1, $2, $3, 'pdf', '{}', 'queued', now() + interval '1 hour') RETURNING id`,
        [ctx.owner.workspaceId, journeyId, linkId],
      )) as { id: string }[];
      const refused = await ctx.given.http().post(`/api/share/${link.token}/exports`).send({ format: 'pdf' }).expect(429);
      expect((refused.body as Problem).detail).toMatch(/share link makes at most 1 export/);
      const other = await ctx.given.shareLink(ctx.owner, journeyId, { allowExport: true });
      const viaOther = await ctx.given.http().post(`/api/share/${other.token}/exports`).send({ format: 'csv' }).expect(202);
      const byMember = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(ctx.owner)).send({ format: 'csv' }).expect(202);
      await settled(`/api/share/${other.token}/exports/${(viaOther.body as ExportJobDto).id}`, {});
      await settled(`/api/exports/${(byMember.body as ExportJobDto).id}`, member(ctx.owner));
      await db.query(`DELETE FROM export_jobs WHERE id = $1`, [row?.id]);
    });

    it('deletes the expired jobs of every workspace on its housekeeping round', async () => {
      const expired = await insert('failed');
      await db.query(`UPDATE export_jobs SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired]);
      expect(await ctx.app.get(ExportRunner).deleteExpired()).toBeGreaterThanOrEqual(1);
      expect(await db.query(`SELECT id FROM export_jobs WHERE id = $1`, [expired])).toEqual([]);
    });

    it('answers 409 for the file of an unfinished job, and 404 for an expired one, which the next export deletes', async () => {
      const queued = await insert('queued');
      const unfinished = await ctx.given.http().get(`/api/exports/${queued}/file`).set(member(ctx.owner)).expect(409);
      expect((unfinished.body as Problem).code).toBe('EXPORT_NOT_READY');
      await db.query(`UPDATE export_jobs SET expires_at = now() - interval '1 second' WHERE id = $1`, [queued]);
      await ctx.given.http().get(`/api/exports/${queued}`).set(member(ctx.owner)).expect(404);
      const created = await ctx.given.http().post(`/api/journeys/${journeyId}/exports`).set(member(ctx.owner)).send({ format: 'pdf', sections: ['summary'] }).expect(202);
      expect(await db.query(`SELECT id FROM export_jobs WHERE id = $1`, [queued])).toEqual([]);
      await settled(`/api/exports/${(created.body as ExportJobDto).id}`, member(ctx.owner));
    });
  });
});
