import type { JourneyReport, ReportFormat, ReportRenderer } from './model';
import { renderJourneyPdf } from './pdf';

/** Renderers of a journey report by format; a format without one here cannot be exported yet. */
export const JOURNEY_RENDERERS: Partial<Record<ReportFormat, ReportRenderer<JourneyReport>>> = {
  pdf: renderJourneyPdf,
};
