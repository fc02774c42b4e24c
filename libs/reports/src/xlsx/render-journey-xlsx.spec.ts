import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleJourneyReport, sampleMetricCount } from '../testing/sample-journey-report';
import { JOURNEY_XLSX_SHEETS, renderJourneyXlsx } from './render-journey-xlsx';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function headers(ws: ExcelJS.Worksheet): unknown[] {
  return (ws.getRow(1).values as unknown[]).slice(1);
}

function rowWhere(ws: ExcelJS.Worksheet, column: number, value: string): ExcelJS.Row {
  for (let index = 2; index <= ws.rowCount; index += 1) if (ws.getRow(index).getCell(column).value === value) return ws.getRow(index);
  throw new Error(`no row with ${value}`);
}

describe('renderJourneyXlsx', () => {
  it('writes one sheet per table with bold, frozen, filtered headers', async () => {
    const workbook = await load(await renderJourneyXlsx(sampleJourneyReport()));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([...JOURNEY_XLSX_SHEETS]);
    for (const ws of workbook.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      for (const column of ws.columns) expect(column.width).toBeGreaterThanOrEqual(8);
    }
    expect(headers(sheet(workbook, 'Touchpoints')).slice(0, 3)).toEqual(['Stage', 'Touchpoint', 'Description']);
    expect(headers(sheet(workbook, 'Metrics'))).toEqual([
      'Metric', 'Key metric', 'Stage', 'Where', 'Unit', 'Better when', 'Target', 'Warning', 'Latest score', 'Latest period',
      'Sample size', 'Small sample', 'Health', 'Previous score', 'Trend',
    ]);
  });

  it('lists stages, touchpoints and links with numbers as numbers', async () => {
    const workbook = await load(await renderJourneyXlsx(sampleJourneyReport()));
    expect(sheet(workbook, 'Stages').rowCount).toBe(1 + 3);
    expect(sheet(workbook, 'Touchpoints').rowCount).toBe(1 + 8);
    expect(sheet(workbook, 'Links').rowCount).toBe(1 + 4);
    const hotline = rowWhere(sheet(workbook, 'Touchpoints'), 2, 'Support hotline');
    expect(hotline.getCell(8).value).toBe(-2);
    expect(hotline.getCell(8).type).toBe(ExcelJS.ValueType.Number);
    expect(hotline.getCell(10).value).toBe(480);
    expect(hotline.getCell(12).value).toBe('Off target');
    expect(hotline.getCell(13).value).toBe(1);
    const handoff = rowWhere(sheet(workbook, 'Links'), 1, 'Hand-off');
    expect(handoff.getCell(3).value).toBe('Support hotline');
    expect(handoff.getCell(7).value).toBe('Yes');
  });

  it('has one metric row per attachment, hand-off metrics included, and raw figures per period', async () => {
    const report = sampleJourneyReport();
    const workbook = await load(await renderJourneyXlsx(report));
    const metrics = sheet(workbook, 'Metrics');
    expect(metrics.rowCount).toBe(1 + sampleMetricCount(report));
    const transfer = rowWhere(metrics, 1, 'Transfer rate');
    expect(transfer.getCell(4).value).toBe('Support hotline → Live chat');
    expect(transfer.getCell(7).value).toBe(10);
    expect(transfer.getCell(9).value).toBe(26);
    expect(transfer.getCell(10).value).toEqual(new Date('2026-03-01T00:00:00.000Z'));
    expect(transfer.getCell(10).type).toBe(ExcelJS.ValueType.Date);
    expect(transfer.getCell(13).value).toBe('Off target');
    expect(transfer.getCell(15).value).toBe('Worsening');

    const measurements = sheet(workbook, 'Measurements');
    expect(measurements.rowCount).toBe(1 + 5 * 3);
    const header = headers(measurements);
    const column = (name: string) => header.indexOf(name) + 1;
    const csatJanuary = rowWhere(measurements, 1, 'Customer satisfaction (CSAT)');
    expect(csatJanuary.getCell(column('Period start')).value).toEqual(new Date('2026-01-01T00:00:00.000Z'));
    expect([1, 2, 3, 4, 5].map((r) => csatJanuary.getCell(column(`Rating ${r}`)).value)).toEqual([4, 6, 12, 50, 48]);
    expect(csatJanuary.getCell(column('Promoters')).value).toBeNull();
    expect(csatJanuary.getCell(column('Source')).value).toBe('csv');
    const nps = rowWhere(measurements, 1, 'Net Promoter Score');
    expect([column('Promoters'), column('Passives'), column('Detractors'), column('Score')].map((c) => nps.getCell(c).value)).toEqual([90, 70, 40, 25]);
  });

  it('lists pain points always and comments with their replies when the report has them', async () => {
    const report = sampleJourneyReport();
    const workbook = await load(await renderJourneyXlsx(report));
    const annotations = sheet(workbook, 'Annotations');
    expect(annotations.rowCount).toBe(1 + 4 + 1);
    const comment = rowWhere(annotations, 1, 'Comment');
    expect(comment.getCell(13).value).toBe(1);
    expect(comment.getCell(11).value).toEqual(new Date('2026-03-12T14:30:00.000Z'));
    expect(sheet(workbook, 'Replies').getRow(2).getCell(4).value).toBe('Yes, let us pilot it in April.');

    const painsOnly = await load(await renderJourneyXlsx({ ...report, comments: [] }));
    expect(sheet(painsOnly, 'Annotations').rowCount).toBe(1 + 4);
    expect(sheet(painsOnly, 'Replies').rowCount).toBe(1);
  });

  it('reports progress in increasing fractions ending at 1', async () => {
    const fractions: number[] = [];
    await renderJourneyXlsx(sampleJourneyReport(), (f) => fractions.push(f));
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.every((f, i) => i === 0 || f > fractions[i - 1])).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });
});
