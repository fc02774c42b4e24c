import type { MetricHealth, StageDto, TouchpointDto } from '@cxmap/domain';
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
