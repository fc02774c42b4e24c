import { formatDate, HEALTH_LABELS } from '../../format';
import type { JourneyReport } from '../../model';
import { COLORS, CONTENT_WIDTH, PAGE, type Doc } from '../pdf-document';
import { facts, paragraph } from '../pdf-draw';

const STATE_LABELS = { current: 'Current state', future: 'Future state' } as const;

/** Page 1: what the report is about, for whom, as of when. */
export function drawCover(doc: Doc, report: JourneyReport): void {
  doc.y = 180;
  paragraph(doc, 'Journey report', { size: 12, color: COLORS.accent, bold: true });
  paragraph(doc, report.journey.name, { size: 28, bold: true, gap: 10 });
  if (report.journey.description) paragraph(doc, report.journey.description, { size: 12, color: COLORS.muted, gap: 24 });
  doc.moveTo(PAGE.margin, doc.y).lineTo(PAGE.margin + CONTENT_WIDTH, doc.y).lineWidth(1).strokeColor(COLORS.rule).stroke();
  doc.y += 16;
  facts(doc, [
    ['Workspace', report.workspace.name],
    ['Persona', report.persona ? report.persona.name : 'No persona'],
    ['State', `${STATE_LABELS[report.journey.state]} · ${report.journey.status}`],
    ['Metrics period', `${formatDate(report.range.from)} – ${formatDate(report.range.to)}`],
    ['Overall health', HEALTH_LABELS[report.summary.overallHealth]],
    ['Generated', `${formatDate(report.generatedAt)} ${report.generatedAt.slice(11, 16)} UTC`],
  ]);
  if (report.persona) {
    doc.y += 12;
    const { description, goals, frustrations } = report.persona;
    if (description) paragraph(doc, description, { size: 10, color: COLORS.muted });
    if (goals) paragraph(doc, `Goals: ${goals}`, { size: 10, color: COLORS.muted });
    if (frustrations) paragraph(doc, `Frustrations: ${frustrations}`, { size: 10, color: COLORS.muted });
  }
}
