import PptxGenJS from 'pptxgenjs';
import type { JourneyReport, ReportRenderer, ReportSection } from '../model';
import { progressSteps } from '../shared/progress';
import {
  commentsSlide,
  emotionSlide,
  handoffsSlide,
  painsSlide,
  stageSlide,
  summarySlide,
  titleSlide,
  touchpointsByStageSlide,
  trendsSlides,
} from './journey-slides';
import { defineMaster } from './theme';

/**
 * The journey as a slide deck telling the PDF's story, one idea per slide: title, executive
 * summary, touchpoints per stage (native bar chart), emotion curve (native line chart), one slide per
 * stage, top pain points, hand-off hot spots, trends (native line charts), comments. Every text is an
 * editable text box or table cell, every chart a native chart with its data; the map section is the
 * canvas image and is left to the PDF.
 */
export const renderJourneyPptx: ReportRenderer<JourneyReport> = async (report, onProgress) => {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = report.journey.name;
  pptx.company = report.workspace.name;
  pptx.author = 'CXMap';
  defineMaster(pptx, `${report.workspace.name} · ${report.journey.name}`);

  const wanted = new Set<ReportSection>(report.options.sections);
  const draws: (() => void)[] = [() => titleSlide(pptx, report)];
  if (wanted.has('summary')) draws.push(() => summarySlide(pptx, report), () => touchpointsByStageSlide(pptx, report));
  if (wanted.has('emotion')) draws.push(() => emotionSlide(pptx, report));
  if (wanted.has('stages')) draws.push(...report.stages.map((stage) => () => stageSlide(pptx, stage)));
  if (wanted.has('pains')) draws.push(() => painsSlide(pptx, report));
  if (wanted.has('handoffs')) draws.push(() => handoffsSlide(pptx, report));
  if (wanted.has('trends')) draws.push(() => trendsSlides(pptx, report));
  if (wanted.has('comments') && report.options.includeComments) draws.push(() => commentsSlide(pptx, report));

  const progress = progressSteps(draws.length + 1, onProgress);
  for (const draw of draws) {
    draw();
    progress.step();
  }
  // `write({ outputType })` ignores `compression` (pptxgenjs 4.0.1 passes only the type to JSZip);
  // `stream()` compresses (DEFLATE) and returns a Node Buffer, which is a Uint8Array.
  const file = (await pptx.stream({ compression: true })) as Uint8Array;
  progress.done();
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
};
