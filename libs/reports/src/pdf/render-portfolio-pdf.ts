import { ANNOTATION_SEVERITIES } from '@cxmap/domain';
import { formatDate, HEALTH_LABELS, TREND_LABELS } from '../format';
import type { PortfolioReport, ReportRenderer } from '../model';
import { COLORS, type Doc } from './pdf-document';
import { createDocument, finish, numberPages } from './pdf-document';
import { drawTable, facts, healthCell, healthColor, paragraph } from './pdf-draw';

function drawPortfolioCover(doc: Doc, report: PortfolioReport): void {
  doc.y = 180;
  paragraph(doc, 'Portfolio report', { size: 12, color: COLORS.accent, bold: true });
  paragraph(doc, report.workspace.name, { size: 28, bold: true, gap: 24 });
  const openPains = ANNOTATION_SEVERITIES.reduce((sum, severity) => sum + report.totals.openPains[severity], 0);
  facts(doc, [
    ['Journeys', String(report.totals.journeys)],
    ['Touchpoints', String(report.totals.touchpoints)],
    ['Key metrics on target', `${report.totals.health.on_target} of ${report.totals.health.on_target + report.totals.health.at_risk + report.totals.health.off_target} measured`],
    ['Open pain points', `${openPains} (${report.totals.openPains.critical} critical)`],
    ['Metrics period', `${formatDate(report.range.from)} – ${formatDate(report.range.to)}`],
    ['Generated', `${formatDate(report.generatedAt)} ${report.generatedAt.slice(11, 16)} UTC`],
  ]);
}

/** The workspace's journeys side by side: a cover with totals, then one table row per journey. */
export const renderPortfolioPdf: ReportRenderer<PortfolioReport> = async (report, onProgress) => {
  const doc = createDocument(`${report.workspace.name} – portfolio report`);
  drawPortfolioCover(doc, report);
  onProgress?.(0.3);
  drawTable(doc, {
    title: 'Journeys',
    empty: 'No journeys in this workspace.',
    columns: [
      { header: 'Journey', width: 5 },
      { header: 'State', width: 2 },
      { header: 'Health', width: 2 },
      { header: 'Touchpoints', width: 2, align: 'right' },
      { header: 'Open critical pains', width: 2, align: 'right' },
      { header: 'Trend', width: 2 },
    ],
    rows: report.journeys.map((journey) => [
      journey.name,
      `${journey.state} · ${journey.status}`,
      healthCell(journey.overallHealth),
      String(journey.touchpointCount),
      { text: String(journey.openPains.critical), color: journey.openPains.critical > 0 ? healthColor('off_target') : undefined, bold: journey.openPains.critical > 0 },
      journey.trend ? TREND_LABELS[journey.trend] : '–',
    ]),
  });
  paragraph(doc, `Health is that of each journey's key metrics (${Object.values(HEALTH_LABELS).join(', ')}).`, { size: 9, color: COLORS.muted });
  numberPages(doc, `${report.workspace.name} · portfolio · ${formatDate(report.generatedAt)}`);
  const bytes = await finish(doc);
  onProgress?.(1);
  return bytes;
};
