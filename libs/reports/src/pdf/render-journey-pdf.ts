import { formatDate } from '../format';
import type { JourneyReport, ReportRenderer, ReportSection } from '../model';
import { REPORT_SECTIONS } from '../model';
import { createDocument, finish, numberPages, type Doc } from './pdf-document';
import { drawComments } from './pages/comments';
import { drawCover } from './pages/cover';
import { drawEmotion } from './pages/emotion';
import { drawHandoffs } from './pages/handoffs';
import { drawMap } from './pages/map';
import { drawPains } from './pages/pains';
import { drawStages } from './pages/stages';
import { drawSummary } from './pages/summary';
import { drawTrends } from './pages/trends';

const PAGES: Record<ReportSection, (doc: Doc, report: JourneyReport) => void> = {
  summary: drawSummary,
  emotion: drawEmotion,
  map: drawMap,
  stages: drawStages,
  pains: drawPains,
  handoffs: drawHandoffs,
  trends: drawTrends,
  comments: drawComments,
};

/**
 * The journey report as a PDF (pdfkit, standard fonts, no browser): the cover, then the chosen
 * sections in REPORT_SECTIONS order (comments only when the options include them), every page
 * numbered "Page n of N". Text stays text (selectable, searchable) and is drawn top to bottom.
 */
export const renderJourneyPdf: ReportRenderer<JourneyReport> = async (report, onProgress) => {
  const doc = createDocument(`${report.journey.name} – journey report`);
  const chosen = REPORT_SECTIONS.filter(
    (section) => report.options.sections.includes(section) && (section !== 'comments' || report.options.includeComments),
  );
  drawCover(doc, report);
  onProgress?.(1 / (chosen.length + 2));
  chosen.forEach((section, i) => {
    PAGES[section](doc, report);
    onProgress?.((i + 2) / (chosen.length + 2));
  });
  numberPages(doc, `${report.journey.name} · ${report.workspace.name} · ${formatDate(report.generatedAt)}`);
  const bytes = await finish(doc);
  onProgress?.(1);
  return bytes;
};
