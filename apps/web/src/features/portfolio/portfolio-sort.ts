import type { MetricHealth, MetricTrend } from '@cxmap/domain';
import type { PortfolioJourney } from '@cxmap/reports';

export const PORTFOLIO_SORT_KEYS = ['name', 'status', 'touchpoints', 'health', 'critical', 'trend'] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface PortfolioSort {
  key: PortfolioSortKey;
  direction: SortDirection;
}

/** Worst first when sorted ascending: what an executive looks at first. */
const HEALTH_RANK: Record<MetricHealth, number> = { off_target: 0, at_risk: 1, on_target: 2, no_data: 3 };
const TREND_RANK: Record<MetricTrend, number> = { worsening: 0, steady: 1, improving: 2 };
const STATUS_RANK = { published: 0, draft: 1, archived: 2 } as const;

/** Share of measured key metrics on target, so a journey with 3 of 4 sorts above one with 1 of 4. */
function onTargetShare(journey: PortfolioJourney): number {
  const { on_target, at_risk, off_target } = journey.health;
  const measured = on_target + at_risk + off_target;
  return measured === 0 ? -1 : on_target / measured;
}

function compare(key: PortfolioSortKey, a: PortfolioJourney, b: PortfolioJourney): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name);
    case 'status':
      return STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.state.localeCompare(b.state);
    case 'touchpoints':
      return a.touchpointCount - b.touchpointCount;
    case 'health':
      return HEALTH_RANK[a.overallHealth] - HEALTH_RANK[b.overallHealth] || onTargetShare(a) - onTargetShare(b);
    case 'critical':
      return a.openPains.critical - b.openPains.critical || a.openPains.high - b.openPains.high;
    case 'trend':
      return (a.trend === null ? 3 : TREND_RANK[a.trend]) - (b.trend === null ? 3 : TREND_RANK[b.trend]);
  }
}

/** A sorted copy; ties keep name order, whatever the direction. */
export function sortPortfolio(journeys: readonly PortfolioJourney[], sort: PortfolioSort): PortfolioJourney[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...journeys].sort((a, b) => sign * compare(sort.key, a, b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Clicking a column: the same one flips direction; another starts with its natural first direction. */
export function nextSort(current: PortfolioSort, key: PortfolioSortKey): PortfolioSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  // Counts read biggest first; names, health (worst first) and trend (worsening first) ascending.
  return { key, direction: key === 'touchpoints' || key === 'critical' ? 'desc' : 'asc' };
}
