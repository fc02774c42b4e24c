import type { IsoDate } from './metrics/periods';

/**
 * Report exports (HTTP contract): a job renders the file off the request (in a worker thread) and
 * keeps it for an hour in the database, so any API instance reports its progress and serves it.
 * Formats and sections are @cxmap/reports' REPORT_FORMATS and REPORT_SECTIONS.
 */

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

export const EXPORT_LIMITS = {
  /** Jobs of one workspace that may be queued or running at once; one more is a 429. */
  activePerWorkspaceMax: 3,
  /** Jobs one share link may have queued or running at once; they do not count against the members' cap. */
  activePerShareLinkMax: 1,
  /** How long a job and its file are kept. */
  keepMinutes: 60,
  /** A queued or running job not heard of for this long is reported failed (its instance stopped). */
  staleMinutes: 5,
} as const;

/** `sections` defaults to all of them; `from`/`to` (both or neither) to the latest twelve months with data. */
export interface CreateExportRequest {
  format: string;
  sections?: string[];
  from?: IsoDate;
  to?: IsoDate;
  /** Comments, ideas and opportunities, and replies; default false. */
  includeComments?: boolean;
}

/** The portfolio of a workspace as a PDF, over a metrics range (both dates, or neither for the last twelve months). */
export interface CreatePortfolioExportRequest {
  format: 'pdf';
  from?: IsoDate;
  to?: IsoDate;
}

export interface ExportJobDto {
  id: string;
  journeyId: string | null;
  format: string;
  status: ExportStatus;
  /** 0–100. */
  progress: number;
  /** Why it failed, in words; null unless `failed`. */
  error: string | null;
  /** The download's file name; null until `done`. */
  fileName: string | null;
  createdAt: string;
  expiresAt: string;
}
