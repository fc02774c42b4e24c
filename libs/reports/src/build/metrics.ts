import {
  groupBy,
  healthOf,
  isSmallSample,
  poolFigures,
  scoreOf,
  shiftPeriod,
  trendOf,
  type DateRange,
  type MeasurementFigures,
  type MetricDefinition,
  type PeriodKind,
} from '@cxmap/domain';
import type { ReportMeasurement, ReportMetric, ReportReading } from '../model';
import type { ReportInputMeasurement, ReportInputMetric } from './input';

/** For equal period starts the longest kind wins, as on the canvas (a month over its first week). */
const KIND_LENGTH: Record<PeriodKind, number> = { month: 2, week: 1, day: 0 };

const inRange = (range: DateRange, date: string): boolean => date >= range.from && date <= range.to;

function figuresOf(row: ReportInputMeasurement): MeasurementFigures {
  const { period: _period, periodStart: _start, dimension: _dimension, source: _source, ...figures } = row;
  return figures;
}

/** The score of one period: every row of that period and kind (all dimensions) pooled from raw figures. */
function readingOf(definition: MetricDefinition, period: PeriodKind, periodStart: string, rows: readonly ReportInputMeasurement[]): ReportReading {
  const totals = poolFigures(definition, rows.map(figuresOf));
  return { period, periodStart, score: scoreOf(definition, totals), sampleSize: totals.sampleSize, smallSample: isSmallSample(totals.sampleSize) };
}

/** The period kind the metric is read in: the kind of its latest period in the range. */
function readingKind(rows: readonly ReportInputMeasurement[]): PeriodKind | null {
  let best: ReportInputMeasurement | null = null;
  for (const row of rows) {
    if (!best || row.periodStart > best.periodStart || (row.periodStart === best.periodStart && KIND_LENGTH[row.period] > KIND_LENGTH[best.period])) best = row;
  }
  return best?.period ?? null;
}

/**
 * A metric attachment over the report's range: one reading per period (oldest first), its latest
 * reading and health, and the trend against the period just before the latest one — the same
 * reading the canvas shows, restricted to the range. Scores always come from summed raw figures.
 */
export function buildMetric(input: ReportInputMetric, range: DateRange): ReportMetric {
  const { attachment, definition } = input;
  const rows = input.measurements.filter((row) => inRange(range, row.periodStart));
  const kind = readingKind(rows);
  const byStart = groupBy(
    input.measurements.filter((row) => row.period === kind),
    (row) => row.periodStart,
  );
  const series = [...byStart.entries()]
    .filter(([start]) => inRange(range, start))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, group]) => readingOf(definition, kind ?? 'month', start, group));
  const latest = series.at(-1) ?? null;
  const previousRows = latest && kind ? byStart.get(shiftPeriod(kind, latest.periodStart, -1)) : undefined;
  const previousScore = previousRows && kind ? readingOf(definition, kind, '', previousRows).score : null;
  const measurements: ReportMeasurement[] = [...rows]
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.period.localeCompare(b.period) || a.dimension.localeCompare(b.dimension))
    .map((row) => ({ ...row, score: scoreOf(definition, poolFigures(definition, [figuresOf(row)])) }));
  return {
    attachmentId: attachment.id,
    metricKey: definition.key,
    name: definition.name,
    unit: definition.unit,
    direction: definition.direction,
    target: attachment.target,
    warning: attachment.warning,
    isKey: attachment.isKey,
    health: healthOf(definition.direction, attachment, latest?.score ?? null),
    latest,
    previousScore,
    trend: trendOf(definition.direction, latest?.score ?? null, previousScore),
    series,
    measurements,
  };
}
