import type { CsvRecord } from '@cxmap/journey-format';
import { Workbook } from 'exceljs';
import { checkZipBudget, UNZIPPED_BYTES_MAX } from './zip-budget';

/** Cells read from one sheet at most (a journey holds 5,000 touchpoints; a few spare columns). */
const ROWS_MAX = 5_001;
const COLUMNS_MAX = 30;

export type WorkbookRead = { ok: true; records: CsvRecord[] } | { ok: false; message: string };

/**
 * The first worksheet of an XLSX workbook (sent as base64) as records of cell texts, each with its
 * row number: what a user sees in the cells (formula results, formatted dates), trimmed.
 */
export async function readWorkbook(base64: string): Promise<WorkbookRead> {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    return { ok: false, message: 'An XLSX file travels as base64: this content is not base64.' };
  }
  const file = Buffer.from(compact, 'base64');
  const budget = checkZipBudget(file);
  if (!budget.ok && budget.reason === 'too-large') {
    return { ok: false, message: `This workbook unpacks to more than ${UNZIPPED_BYTES_MAX / 1024 / 1024} MB; a journey's touchpoints take far less. Remove other sheets, images or unused cells.` };
  }
  if (!budget.ok) return { ok: false, message: 'This is not an XLSX workbook (Excel 2007 or later), or it is damaged.' };
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: 'This is not an XLSX workbook (Excel 2007 or later), or it is damaged.' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: 'The workbook has no worksheet.' };
  if (sheet.actualRowCount > ROWS_MAX) return { ok: false, message: `The first sheet has ${sheet.actualRowCount} rows; a journey holds at most ${ROWS_MAX - 1} touchpoints.` };
  const records: CsvRecord[] = [];
  const columns = Math.min(sheet.columnCount, COLUMNS_MAX);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = Array.from({ length: columns }, (_, index) => textOf(row.getCell(index + 1).text));
    if (cells.some((cell) => cell !== '')) records.push({ line: rowNumber, cells });
  });
  return { ok: true, records };
}

function textOf(text: unknown): string {
  return typeof text === 'string' ? text.trim() : '';
}
