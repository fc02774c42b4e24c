import type { MessagePort } from 'node:worker_threads';
import { buildJourneyReport, JOURNEY_RENDERERS, type JourneyReportInput, type ReportFormat, type ReportOptions } from '@cxmap/reports';

/** What the request thread hands a worker: plain data only (structured clone), and a port for progress. */
export interface RenderTask {
  input: JourneyReportInput;
  options: ReportOptions;
  /** ISO timestamp: the report's "generated at" and default range. */
  now: string;
  format: ReportFormat;
  /** Receives the fraction done (0…1) as pages are drawn. */
  progress: MessagePort;
}

/**
 * Runs in a worker thread (piscina): builds the report and renders the file there, so a large
 * report never blocks the API's event loop.
 */
export default async function renderReport(task: RenderTask): Promise<Uint8Array> {
  try {
    const renderer = JOURNEY_RENDERERS[task.format];
    const report = buildJourneyReport(task.input, task.options, new Date(task.now));
    return await renderer(report, (fraction) => task.progress.postMessage(fraction));
  } finally {
    task.progress.close();
  }
}
