import { SMALL_SAMPLE_THRESHOLD, type MetricDirection } from './definitions';

export const METRIC_HEALTHS = ['on_target', 'at_risk', 'off_target', 'no_data'] as const;
export type MetricHealth = (typeof METRIC_HEALTHS)[number];

export const METRIC_TRENDS = ['improving', 'steady', 'worsening'] as const;
export type MetricTrend = (typeof METRIC_TRENDS)[number];

export interface Thresholds {
  target: number;
  /** The edge of "at risk": between target and warning the metric is at risk, beyond it off target. */
  warning: number;
}

/** Whether `a` is at least as good as `b` for a metric of this direction. */
function atLeastAsGood(direction: MetricDirection, a: number, b: number): boolean {
  return direction === 'higher' ? a >= b : a <= b;
}

/**
 * Health of a score against its thresholds. Higher is better: score ≥ target is on target,
 * warning ≤ score < target at risk, below warning off target (mirrored when lower is better).
 * Computed on read from the latest period; never stored.
 */
export function healthOf(direction: MetricDirection, thresholds: Thresholds, score: number | null): MetricHealth {
  if (score === null) return 'no_data';
  if (atLeastAsGood(direction, score, thresholds.target)) return 'on_target';
  if (atLeastAsGood(direction, score, thresholds.warning)) return 'at_risk';
  return 'off_target';
}

/** The warning threshold must not be better than the target (it would leave no "at risk" band the right way round). */
export function thresholdsAreOrdered(direction: MetricDirection, thresholds: Thresholds): boolean {
  return atLeastAsGood(direction, thresholds.target, thresholds.warning);
}

/** Change of score against the previous period, read in the metric's direction; null when either side has no data. */
export function trendOf(direction: MetricDirection, current: number | null, previous: number | null): MetricTrend | null {
  if (current === null || previous === null) return null;
  // Scores are computed from floats: differences below this are noise, not movement.
  if (Math.abs(current - previous) < 1e-9) return 'steady';
  return atLeastAsGood(direction, current, previous) ? 'improving' : 'worsening';
}

/** Too few observations to trust the score (n < 30); an unknown sample size is not flagged. */
export function isSmallSample(sampleSize: number | null): boolean {
  return sampleSize !== null && sampleSize < SMALL_SAMPLE_THRESHOLD;
}
