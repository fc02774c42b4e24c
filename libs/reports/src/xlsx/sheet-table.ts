import type { Workbook } from 'exceljs';

export type CellValue = string | number | boolean | Date | null;

export interface TableColumn {
  header: string;
  /** Excel number format for numbers and dates of this column. */
  numFmt?: string;
  /** Long text: wrapped, and the column no wider than `maxWidth`. */
  wrap?: boolean;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DATE_WIDTH = 12;

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** `YYYY-MM-DD` or an ISO timestamp as a Date the spreadsheet shows as a date (UTC). */
export function toDate(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
}

/**
 * A sheet holding one table: bold header row, frozen below the header, an auto-filter over every
 * column, widths from the longest value (within bounds), numbers and dates as typed cells.
 */
export function addTableSheet(workbook: Workbook, name: string, columns: readonly TableColumn[], rows: readonly CellValue[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    width: widthOf(column, rows.map((row) => row[index] ?? null)),
    style: {
      ...(column.numFmt ? { numFmt: column.numFmt } : {}),
      ...(column.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : { alignment: { vertical: 'top' as const } }),
    },
  }));
  sheet.addRows(rows.map((row) => [...row]));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function widthOf(column: TableColumn, values: readonly CellValue[]): number {
  let longest = column.header.length;
  for (const value of values) {
    if (value instanceof Date) longest = Math.max(longest, DATE_WIDTH);
    else if (value !== null) longest = Math.max(longest, ...String(value).split('\n').map((line) => line.length));
  }
  // Room for the auto-filter button next to the header text.
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 3));
}
