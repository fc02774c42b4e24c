import {
  healthOf,
  scoreOf,
  trendOf,
  type DateRange,
  type JourneyState,
  type JourneyStatus,
  type MeasurementTotals,
  type MetricDefinition,
  type MetricHealth,
  type MetricTrend,
} from '@cxmap/domain';
import { countHealths, emptyHealthCounts, emptySeverityCounts, overallHealthOf } from '../build/health';
import type { HealthCounts, PortfolioJourney, PortfolioReport, SeverityCounts } from '../model';

/** A key metric attachment of a journey, with its figures pooled over its latest period in each range. */
export interface PortfolioKeyMetricInput {
  attachmentId: string;
  definition: Pick<MetricDefinition, 'kind' | 'unit' | 'valuePooling' | 'direction'>;
  target: number;
  warning: number;
  /** Summed raw figures of the latest period inside the range; null without a measurement there. */
  current: MeasurementTotals | null;
  /** The same for the range of equal length just before it (`previousRange`). */
  previous: MeasurementTotals | null;
}

export interface PortfolioJourneyInput {
  id: string;
  name: string;
  state: JourneyState;
  status: JourneyStatus;
  stageCount: number;
  touchpointCount: number;
  updatedAt: string;
  openPains: SeverityCounts;
  keyMetrics: PortfolioKeyMetricInput[];
}

export interface PortfolioInput {
  workspace: { id: string; name: string };
  journeys: PortfolioJourneyInput[];
}

/** Share (0…1) of the key metrics with a reading that are on target; null when none has a reading. */
export function onTargetShare(counts: HealthCounts): number | null {
  const measured = counts.on_target + counts.at_risk + counts.off_target;
  return measured === 0 ? null : counts.on_target / measured;
}


function addCounts<K extends string>(a: Record<K, number>, b: Record<K, number>): Record<K, number> {
  const sum = { ...a };
  for (const key of Object.keys(b) as K[]) sum[key] = (sum[key] ?? 0) + b[key];
  return sum;
}

function journeyOf(input: PortfolioJourneyInput): PortfolioJourney {
  const healthIn = (side: 'current' | 'previous'): MetricHealth[] =>
    input.keyMetrics.map((metric) => {
      const totals = metric[side];
      const score = totals ? scoreOf(metric.definition, totals) : null;
      return healthOf(metric.definition.direction, metric, score);
    });
  const health = countHealths(healthIn('current'));
  const previousHealth = countHealths(healthIn('previous'));
  // A larger share on target is better, whatever each metric's own direction.
  const trend: MetricTrend | null = trendOf('higher', onTargetShare(health), onTargetShare(previousHealth));
  return {
    id: input.id,
    name: input.name,
    state: input.state,
    status: input.status,
    stageCount: input.stageCount,
    touchpointCount: input.touchpointCount,
    health,
    overallHealth: overallHealthOf(health),
    openPains: { ...input.openPains },
    trend,
    updatedAt: input.updatedAt,
  };
}

/**
 * The executive portfolio: every journey of the workspace with its key metrics' health in the
 * range (each from its latest period there), open pain points by severity, and the trend of the
 * share of key metrics on target against the range before. Journeys sorted by name.
 */
export function buildPortfolioReport(input: PortfolioInput, range: DateRange, now: Date): PortfolioReport {
  const journeys = input.journeys.map(journeyOf).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    generatedAt: now.toISOString(),
    range: { ...range },
    workspace: { ...input.workspace },
    journeys,
    totals: {
      journeys: journeys.length,
      touchpoints: journeys.reduce((sum, j) => sum + j.touchpointCount, 0),
      health: journeys.reduce((sum, j) => addCounts(sum, j.health), emptyHealthCounts()),
      openPains: journeys.reduce((sum, j) => addCounts(sum, j.openPains), emptySeverityCounts()),
    },
  };
}
