import { renderJourneyCsv } from './csv/render-journey-csv';
import type { JourneyReport, ReportFormat, ReportRenderer } from './model';
import { renderJourneyPdf } from './pdf';
import { renderJourneyPptx } from './pptx/render-journey-pptx';
import { renderJourneyXlsx } from './xlsx/render-journey-xlsx';

/** Renderers of a journey report by format: every format draws the same report model. */
export const JOURNEY_RENDERERS: Record<ReportFormat, ReportRenderer<JourneyReport>> = {
  pdf: renderJourneyPdf,
  pptx: renderJourneyPptx,
  xlsx: renderJourneyXlsx,
  csv: renderJourneyCsv,
};
