import { ANNOTATION_SEVERITIES, type AnnotationSeverity, type MetricHealth, type StageDto, type TouchpointDto } from '@cxmap/domain';
import type { PainMarkers } from '../annotations/pain-marker';
import type { MetricBadge } from './metric-badges';

/** Worst first: the order in which healths colour a stage and rank touchpoints. */
const SEVERITY: Record<MetricHealth, number> = { off_target: 0, at_risk: 1, on_target: 2, no_data: 3 };

export interface StageHealth {
  stageId: string;
  name: string;
  /** The worst health among the stage's touchpoints with data; `no_data` when none has any. */
  health: MetricHealth;
  /** Touchpoints per health of their key metric (touchpoints without a metric are not counted). */
  counts: Record<MetricHealth, number>;
  /** Touchpoints in the stage, with or without metrics. */
  touchpoints: number;
}

/**
 * Why the strip counts badges instead of calling the stage rollup (`GET …/metrics/rollup?by=stage`):
 * a rollup pools ONE metric over the stage's attachments into one score, and carries no target, so
 * it has no health; targets live on each attachment. The health in each badge is already computed
 * by the API from the summed raw figures of the attachment's latest period (one SQL query for the
 * whole journey, `MetricsRepository.latestPeriods`), so nothing here re-derives a score: the strip
 * only counts those healths per stage. Pooling a stage's CSAT is the rollup's job; "how many key
 * metrics miss their targets here" is this one's.
 *
 * The journey's stage health strip, from each touchpoint's key metric (the badge on its card):
 * per stage, how many key metrics are on target, at risk, off target or without data, coloured by
 * the worst of them. Key metrics of different kinds (CSAT here, AHT there) cannot be pooled into
 * one score, so the strip counts healths rather than averaging values.
 */
export function stageHealthStrip(
  stages: readonly StageDto[],
  touchpoints: readonly TouchpointDto[],
  badges: ReadonlyMap<string, MetricBadge>,
): StageHealth[] {
  const byStage = new Map<string, StageHealth>(
    stages.map((stage) => [
      stage.id,
      { stageId: stage.id, name: stage.name, health: 'no_data', counts: { on_target: 0, at_risk: 0, off_target: 0, no_data: 0 }, touchpoints: 0 },
    ]),
  );
  for (const tp of touchpoints) {
    const stage = byStage.get(tp.stageId);
    if (!stage) continue;
    stage.touchpoints += 1;
    const badge = badges.get(tp.id);
    if (!badge) continue;
    stage.counts[badge.health] += 1;
    if (badge.health !== 'no_data' && (stage.health === 'no_data' || SEVERITY[badge.health] < SEVERITY[stage.health])) {
      stage.health = badge.health;
    }
  }
  return stages.flatMap((stage) => byStage.get(stage.id) ?? []);
}

export interface RankedTouchpoint {
  touchpoint: TouchpointDto;
  stageName: string;
  badge: MetricBadge;
}

/**
 * The touchpoints whose key metric misses its target, worst first: off target before at risk,
 * then by shortfall (distance from target as a share of the metric's scale), then by title.
 */
export function worstTouchpoints(
  touchpoints: readonly TouchpointDto[],
  stages: readonly StageDto[],
  badges: ReadonlyMap<string, MetricBadge>,
  limit = 5,
): RankedTouchpoint[] {
  const stageNames = new Map(stages.map((s) => [s.id, s.name]));
  const ranked: RankedTouchpoint[] = [];
  for (const tp of touchpoints) {
    const badge = badges.get(tp.id);
    if (!badge || (badge.health !== 'off_target' && badge.health !== 'at_risk')) continue;
    ranked.push({ touchpoint: tp, stageName: stageNames.get(tp.stageId) ?? '', badge });
  }
  ranked.sort(
    (a, b) =>
      SEVERITY[a.badge.health] - SEVERITY[b.badge.health] ||
      (b.badge.shortfall ?? 0) - (a.badge.shortfall ?? 0) ||
      a.touchpoint.title.localeCompare(b.touchpoint.title),
  );
  return ranked.slice(0, limit);
}

/** Unresolved pain points of the whole journey (touchpoints, stages and links) per severity, worst first. */
export function openPainBySeverity(pain: PainMarkers): Array<{ severity: AnnotationSeverity; count: number }> {
  const counts: Record<AnnotationSeverity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const marker of pain.values()) {
    for (const entry of marker.breakdown) counts[entry.severity] += entry.count;
  }
  return [...ANNOTATION_SEVERITIES].reverse().map((severity) => ({ severity, count: counts[severity] }));
}
