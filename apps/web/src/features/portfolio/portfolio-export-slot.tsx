import type { PortfolioReport } from '@cxmap/reports';

export interface PortfolioExportSlotProps {
  workspaceId: string;
  /** The range the page shows (null: the API's default, the last twelve months). */
  range: { from: string; to: string } | null;
  /** The report on screen, once loaded. */
  report: PortfolioReport | undefined;
}

/**
 * Where the "Export PDF" button of the portfolio goes. The export jobs (worker, job table, routes,
 * download hook) are built elsewhere; until they are wired here this renders nothing, so the page
 * never shows a button that does nothing.
 */
export function PortfolioExportSlot(_props: PortfolioExportSlotProps) {
  return null;
}
