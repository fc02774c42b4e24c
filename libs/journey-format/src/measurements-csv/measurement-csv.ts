import {
  CSAT_RATINGS,
  METRIC_LIMITS,
  PERIOD_KINDS,
  checkMeasurementRows,
  isOneOf,
  type CheckedMeasurementRow,
  type MeasurementCsvLineDto,
  type MeasurementRowRequest,
  type MeasurementTargets,
  type MetricDefinition,
  type PeriodKind,
} from '@cxmap/domain';
import { headerKey, readCsv } from '../csv/read-csv';

/**
 * The columns of a measurement CSV. A line names its target by `touchpoint` (title) or `link`
 * (`Source title -> Target title`) plus `metric`, or by `attachment_id`; then the period and the
 * raw figures of the metric's kind (nps: promoters, passives, detractors; csat: rating_1 … rating_5;
 * mean: mean, count; ratio: numerator, denominator; value: value; sample_size for values and plain ratios).
 */
export const MEASUREMENT_CSV_COLUMNS = [
  'touchpoint',
  'link',
  'attachment_id',
  'metric',
  'period',
  'period_start',
  'dimension',
  'promoters',
  'passives',
  'detractors',
  'rating_1',
  'rating_2',
  'rating_3',
  'rating_4',
  'rating_5',
  'mean',
  'count',
  'numerator',
  'denominator',
  'value',
  'sample_size',
] as const;
export type MeasurementCsvColumn = (typeof MEASUREMENT_CSV_COLUMNS)[number];

const ALIASES: Record<string, MeasurementCsvColumn> = {
  touchpoint_title: 'touchpoint',
  title: 'touchpoint',
  attachment: 'attachment_id',
  attachmentid: 'attachment_id',
  metric_key: 'metric',
  periodstart: 'period_start',
  start: 'period_start',
  samplesize: 'sample_size',
};

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface CsvFieldError {
  field: string;
  message: string;
}

/** A data line as read, before it is checked against the journey. */
export interface MeasurementCsvLine {
  line: number;
  /** The period cell as written (the row holds a valid one). */
  period: string;
  row: MeasurementRowRequest;
  errors: CsvFieldError[];
}

export interface ParsedMeasurementCsv {
  lines: MeasurementCsvLine[];
  /** Problems of the whole file; when there are any, no line is read. */
  fileErrors: string[];
  /** More data lines than one batch holds (METRIC_LIMITS.measurementsPerBatchMax). */
  tooManyLines: boolean;
}

/** Reads a measurement CSV into rows of the JSON batch format, each with the problems of its cells. */
export function parseMeasurementCsv(text: string): ParsedMeasurementCsv {
  if (text.length > METRIC_LIMITS.measurementCsvMax) {
    return { lines: [], fileErrors: [`The file is longer than ${METRIC_LIMITS.measurementCsvMax.toLocaleString('en')} characters.`], tooManyLines: true };
  }
  const { records, problems } = readCsv(text);
  const [header, ...data] = records;
  if (!header) return { lines: [], fileErrors: ['The file is empty: it needs a header line and one line per measurement.'], tooManyLines: false };
  const fileErrors: string[] = problems.map((problem) => (problem.line === null ? problem.message : `Line ${problem.line}: ${problem.message}`));
  const columns = header.cells.map((cell) => {
    const key = headerKey(cell);
    return isOneOf(MEASUREMENT_CSV_COLUMNS, key) ? key : (ALIASES[key] ?? null);
  });
  header.cells.forEach((cell, index) => {
    if (cell !== '' && columns[index] === null) fileErrors.push(`Unknown column '${cell}'. Columns: ${MEASUREMENT_CSV_COLUMNS.join(', ')}.`);
  });
  const twice = columns.filter((column, index) => column !== null && columns.indexOf(column) !== index);
  for (const column of new Set(twice)) fileErrors.push(`The column ${column} appears twice.`);
  for (const required of ['metric', 'period', 'period_start'] as const) {
    if (!columns.includes(required) && !(required === 'metric' && columns.includes('attachment_id'))) fileErrors.push(`The column ${required} is missing.`);
  }
  if (!columns.some((column) => column === 'touchpoint' || column === 'link' || column === 'attachment_id')) {
    fileErrors.push('Name the targets in a column touchpoint, link or attachment_id.');
  }
  if (data.length > METRIC_LIMITS.measurementsPerBatchMax) {
    fileErrors.push(`The file has ${data.length} data lines; one import holds at most ${METRIC_LIMITS.measurementsPerBatchMax}: split it.`);
    return { lines: [], fileErrors, tooManyLines: true };
  }
  if (fileErrors.length > 0) return { lines: [], fileErrors, tooManyLines: false };

  const lines = data.map((record): MeasurementCsvLine => {
    const cells = new Map<MeasurementCsvColumn, string>();
    columns.forEach((column, index) => {
      const cell = record.cells[index] ?? '';
      if (column !== null && cell !== '') cells.set(column, cell);
    });
    const errors: CsvFieldError[] = [];
    if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((cell) => cell !== '')) {
      errors.push({ field: 'line', message: `has ${record.cells.length} cells; the header has ${header.cells.length}` });
    }
    const number = (column: MeasurementCsvColumn): number | undefined => {
      const cell = cells.get(column);
      if (cell === undefined) return undefined;
      if (!NUMBER.test(cell)) {
        errors.push({ field: column, message: `'${cell}' is not a number (write 1234.5, without thousands separators)` });
        return undefined;
      }
      return Number(cell);
    };
    const period = cells.get('period')?.toLowerCase() ?? '';
    if (!isOneOf(PERIOD_KINDS, period)) errors.push({ field: 'period', message: period === '' ? 'required: day, week or month' : `'${period}' is not day, week or month` });
    const dimension = cells.get('dimension') ?? '';
    if (dimension.length > METRIC_LIMITS.dimensionMax) errors.push({ field: 'dimension', message: `longer than ${METRIC_LIMITS.dimensionMax} characters` });
    const row: MeasurementRowRequest = {
      period: (isOneOf(PERIOD_KINDS, period) ? period : 'month') satisfies PeriodKind,
      periodStart: cells.get('period_start') ?? '',
      dimension,
      source: 'csv',
    };
    const text = (column: 'touchpoint' | 'link' | 'attachment_id' | 'metric'): string | undefined => cells.get(column);
    const target = { touchpoint: text('touchpoint'), link: text('link'), attachmentId: text('attachment_id'), metric: text('metric')?.toLowerCase() };
    for (const [key, value] of Object.entries(target)) if (value !== undefined) Object.assign(row, { [key]: value });
    const figures = {
      promoters: number('promoters'),
      passives: number('passives'),
      detractors: number('detractors'),
      mean: number('mean'),
      count: number('count'),
      numerator: number('numerator'),
      denominator: number('denominator'),
      value: number('value'),
      sampleSize: number('sample_size'),
    };
    for (const [key, value] of Object.entries(figures)) if (value !== undefined) Object.assign(row, { [key]: value });
    const ratingColumns = Array.from({ length: CSAT_RATINGS }, (_, index) => `rating_${index + 1}` as MeasurementCsvColumn);
    if (ratingColumns.some((column) => cells.has(column))) {
      // A survey export leaves a rating nobody gave empty: an empty rating cell counts 0.
      row.ratings = ratingColumns.map((column) => number(column) ?? 0);
    }
    return { line: record.line, period, row, errors };
  });
  return { lines, fileErrors: [], tooManyLines: false };
}

/** The CSV column of a row field that a check names (`periodStart` → `period_start`, `ratings.2` → `rating_3`). */
export function csvColumnOf(path: string): string {
  if (path === '') return 'line';
  const rating = /^ratings\.(\d)$/.exec(path);
  if (rating) return `rating_${Number(rating[1]) + 1}`;
  const names: Record<string, string> = { attachmentId: 'attachment_id', periodStart: 'period_start', sampleSize: 'sample_size', ratings: 'rating_1' };
  return names[path] ?? path;
}

/** A checked line: its preview, and (when it has no errors) the row to store. */
export interface CheckedMeasurementCsvLine {
  preview: MeasurementCsvLineDto;
  row: MeasurementRowRequest;
  checked: CheckedMeasurementRow;
}

/**
 * Checks every line of a parsed CSV against the journey (targets, metrics, figures, repeated keys):
 * a cell that could not be read reports only that problem, not what follows from it.
 */
export function checkMeasurementCsv(
  parsed: ParsedMeasurementCsv,
  targets: MeasurementTargets,
  definitions: ReadonlyMap<string, MetricDefinition>,
): CheckedMeasurementCsvLine[] {
  const checked = checkMeasurementRows(
    parsed.lines.map((line) => line.row),
    targets,
    definitions,
    {
      rowName: (index) => `line ${parsed.lines[index]?.line ?? index + 2}`,
      keyless: (index) => parsed.lines[index]?.errors.some((error) => error.field === 'period') ?? false,
    },
  );
  return parsed.lines.map((line, index) => {
    const result = checked[index] as CheckedMeasurementRow;
    const unread = new Set(line.errors.map((error) => error.field));
    const errors = [
      ...line.errors,
      ...result.errors.map((error) => ({ field: csvColumnOf(error.path), message: error.message })).filter((error) => !unread.has(error.field) && !(unread.has('period') && error.field === 'period_start')),
    ];
    const ok = errors.length === 0;
    return {
      row: line.row,
      checked: result,
      preview: {
        line: line.line,
        status: ok ? 'ok' : 'error',
        errors,
        target: result.target?.label ?? null,
        on: result.target?.on ?? null,
        attachmentId: result.target?.attachmentId ?? null,
        metric: result.target?.metric ?? line.row.metric ?? null,
        period: line.period,
        periodStart: line.row.periodStart,
        dimension: line.row.dimension ?? '',
        score: ok ? result.score : null,
        sampleSize: ok ? result.sampleSize : null,
        smallSample: ok && result.smallSample,
        replaces: false,
      },
    };
  });
}
