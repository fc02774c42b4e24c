import type { DateRange } from '@cxmap/domain';
import type { PortfolioReport } from '@cxmap/reports';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

/** null: the API's default range (the last twelve calendar months). */
export type PortfolioRange = DateRange | null;

export function fetchPortfolio(workspaceId: string, range: PortfolioRange, signal?: AbortSignal): Promise<PortfolioReport> {
  const query = range ? `?${new URLSearchParams({ from: range.from, to: range.to }).toString()}` : '';
  return apiFetch<PortfolioReport>(`/workspaces/${encodeURIComponent(workspaceId)}/portfolio${query}`, { signal });
}

export const portfolioKeys = {
  all: (workspaceId: string) => ['portfolio', workspaceId] as const,
  report: (workspaceId: string, range: PortfolioRange) => ['portfolio', workspaceId, range] as const,
};

export const portfolioQueries = {
  report: (workspaceId: string, range: PortfolioRange) =>
    queryOptions({
      queryKey: portfolioKeys.report(workspaceId, range),
      queryFn: ({ signal }) => fetchPortfolio(workspaceId, range, signal),
      // Figures move with every measurement and annotation: refetch on each visit, keep the last answer meanwhile.
      staleTime: 0,
    }),
};
