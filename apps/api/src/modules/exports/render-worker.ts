import type { MessagePort } from 'node:worker_threads';
import {
  buildJourneyReport,
  JOURNEY_RENDERERS,
  renderPortfolioPdf,
  type JourneyReportInput,
  type PortfolioReport,
  type ReportFormat,
  type ReportOptions,
} from '@cxmap/reports';

/** A journey's report: built from its rows in the worker, then drawn in `format`. */
export interface JourneyRenderTask {
  kind: 'journey';
  input: JourneyReportInput;
  options: ReportOptions;
  /** ISO timestamp: the report's "generated at" and default range. */
  now: string;
  format: ReportFormat;
}

/** A workspace's portfolio (built from SQL on the request thread), drawn as a PDF. */
export interface PortfolioRenderTask {
  kind: 'portfolio';
  report: PortfolioReport;
}

/** What the request thread hands a worker: plain data only (structured clone), and a port for progress. */
export type RenderTask = (JourneyRenderTask | PortfolioRenderTask) & {
  /** Receives the fraction done (0…1) as pages are drawn. */
  progress: MessagePort;
};

/**
 * Runs in a worker thread (piscina): builds the report and renders the file there, so a large
 * report never blocks the API's event loop.
 */
export default async function renderReport(task: RenderTask): Promise<Uint8Array> {
  const onProgress = (fraction: number): void => task.progress.postMessage(fraction);
  try {
    if (task.kind === 'portfolio') return await renderPortfolioPdf(task.report, onProgress);
    const report = buildJourneyReport(task.input, task.options, new Date(task.now));
    return await JOURNEY_RENDERERS[task.format](report, onProgress);
  } finally {
    task.progress.close();
  }
}
