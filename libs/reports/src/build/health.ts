import { ANNOTATION_SEVERITIES, METRIC_HEALTHS, type AnnotationSeverity, type MetricHealth } from '@cxmap/domain';
import type { HealthCounts, SeverityCounts } from '../model';

/** How bad a health is: off target worst, no data least (it says nothing). */
const HEALTH_RANK: Record<MetricHealth, number> = { off_target: 3, at_risk: 2, on_target: 1, no_data: 0 };

export function healthRank(health: MetricHealth): number {
  return HEALTH_RANK[health];
}

/** The worst health among `healths` that carry a reading; `no_data` when none does. */
export function worstHealth(healths: readonly MetricHealth[]): MetricHealth {
  return healths.reduce<MetricHealth>((worst, health) => (HEALTH_RANK[health] > HEALTH_RANK[worst] ? health : worst), 'no_data');
}

export function emptyHealthCounts(): HealthCounts {
  return Object.fromEntries(METRIC_HEALTHS.map((health) => [health, 0])) as HealthCounts;
}

export function countHealths(healths: readonly MetricHealth[]): HealthCounts {
  const counts = emptyHealthCounts();
  for (const health of healths) counts[health] += 1;
  return counts;
}

/**
 * One health for a set of key metrics (a journey, a portfolio row): no data when none is measured;
 * off target when at least a third of the measured ones are; at risk when any is at risk or off
 * target; on target when every measured one is.
 */
export function overallHealthOf(counts: HealthCounts): MetricHealth {
  const measured = counts.on_target + counts.at_risk + counts.off_target;
  if (measured === 0) return 'no_data';
  if (counts.off_target * 3 >= measured) return 'off_target';
  if (counts.off_target + counts.at_risk > 0) return 'at_risk';
  return 'on_target';
}

export function emptySeverityCounts(): SeverityCounts {
  return Object.fromEntries(ANNOTATION_SEVERITIES.map((severity) => [severity, 0])) as SeverityCounts;
}

/** Critical first. */
export function severityRank(severity: AnnotationSeverity | null): number {
  return severity === null ? -1 : ANNOTATION_SEVERITIES.indexOf(severity);
}

export function totalOf(counts: SeverityCounts): number {
  return ANNOTATION_SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);
}
