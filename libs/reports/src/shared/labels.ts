import type { AnnotationKind, AnnotationSeverity, AnnotationStatus, JourneyState, JourneyStatus, MetricHealth, MetricTrend, MetricUnit } from '@cxmap/domain';
import type { ReportMetric, ReportTouchpoint, SeverityCounts } from '../model';

/** Words for the values the office renderers print; one place so the three formats agree. */

export const HEALTH_LABELS: Record<MetricHealth, string> = {
  on_target: 'On target',
  at_risk: 'At risk',
  off_target: 'Off target',
  no_data: 'No data',
};

export const TREND_LABELS: Record<MetricTrend, string> = {
  improving: 'Improving',
  steady: 'Steady',
  worsening: 'Worsening',
};

export const SEVERITY_LABELS: Record<AnnotationSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const STATUS_LABELS: Record<AnnotationStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  wont_fix: "Won't fix",
};

export const KIND_LABELS: Record<AnnotationKind, string> = {
  pain_point: 'Pain point',
  opportunity: 'Opportunity',
  idea: 'Idea',
  comment: 'Comment',
};

export const STATE_LABELS: Record<JourneyState, string> = { current: 'Current state', future: 'Future state' };

export const JOURNEY_STATUS_LABELS: Record<JourneyStatus, string> = { draft: 'Draft', published: 'Published', archived: 'Archived' };

/** The touchpoint's key metric; null when none of its metrics is marked key. */
export function keyMetricOf(touchpoint: ReportTouchpoint): ReportMetric | null {
  return touchpoint.metrics.find((metric) => metric.isKey) ?? null;
}

export function openPainTotal(counts: SeverityCounts): number {
  return counts.low + counts.medium + counts.high + counts.critical;
}

/** A score as people read it: percentages and scores with at most one decimal, seconds whole. */
export function formatScore(score: number | null, unit: MetricUnit): string {
  if (score === null) return '—';
  switch (unit) {
    case 'percent':
      return `${round(score, 1)} %`;
    case 'seconds':
      return `${Math.round(score)} s`;
    case 'ratio':
      return String(round(score, 2));
    default:
      return String(round(score, 1));
  }
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Spreadsheet number format for a metric's unit. */
export function excelFormatOf(unit: MetricUnit): string {
  switch (unit) {
    case 'count':
    case 'seconds':
      return '#,##0';
    case 'ratio':
      return '0.00';
    default:
      return '0.0';
  }
}
