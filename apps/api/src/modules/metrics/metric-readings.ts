import {
  healthOf,
  isSmallSample,
  scoreOf,
  trendOf,
  type MetricAttachmentDto,
  type MetricDefinition,
  type MetricReading,
} from '@cxmap/domain';
import type { AttachmentRow } from './metric-rows';
import { toTotals } from './metric-rows';
import type { PeriodTotalsRow } from './metrics.repository';

/** Groups latestPeriods() rows by attachment: its latest period and the one before it. */
export function indexPeriods(rows: readonly PeriodTotalsRow[]): Map<string, { latest?: PeriodTotalsRow; previous?: PeriodTotalsRow }> {
  const index = new Map<string, { latest?: PeriodTotalsRow; previous?: PeriodTotalsRow }>();
  for (const row of rows) {
    const entry = index.get(row.attachment_id) ?? {};
    if (row.latest) entry.latest = row;
    else entry.previous = row;
    index.set(row.attachment_id, entry);
  }
  return index;
}

export function toReading(
  definition: MetricDefinition,
  periods: { latest?: PeriodTotalsRow; previous?: PeriodTotalsRow } | undefined,
): MetricReading | null {
  const latest = periods?.latest;
  if (!latest) return null;
  const totals = toTotals(latest);
  const score = scoreOf(definition, totals);
  const previousScore = periods.previous ? scoreOf(definition, toTotals(periods.previous)) : null;
  return {
    period: latest.period_kind,
    periodStart: latest.period_start,
    score,
    sampleSize: totals.sampleSize,
    smallSample: isSmallSample(totals.sampleSize),
    previousScore,
    trend: trendOf(definition.direction, score, previousScore),
  };
}

export function toAttachmentDto(row: AttachmentRow, definition: MetricDefinition, latest: MetricReading | null): MetricAttachmentDto {
  return {
    id: row.id,
    journeyId: row.journey_id,
    metric: row.metric_key,
    touchpointId: row.touchpoint_id,
    linkId: row.link_id,
    target: row.target,
    warning: row.warning,
    isKey: row.is_key,
    version: row.version,
    health: healthOf(definition.direction, row, latest?.score ?? null),
    latest,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
