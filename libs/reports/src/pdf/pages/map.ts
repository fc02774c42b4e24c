import { LAYER_LABELS, type LinkType } from '@cxmap/domain';
import { EMOTION_HEIGHT, HEADER_HEIGHT, LABEL_WIDTH } from '@cxmap/journey-format';
import { EMOTION_MAX, EMOTION_MIN } from '@cxmap/domain';
import { HEALTH_LABELS } from '../../format';
import type { JourneyReport } from '../../model';
import { COLORS, PAGE, type Doc } from '../pdf-document';
import { healthColor, paragraph, textAt } from '../pdf-draw';

const EDGE_COLORS: Record<LinkType, string> = {
  leads_to: '#868e96',
  hand_off: '#1c7ed6',
  escalation: '#c92a2a',
  depends_on: '#7048e8',
  feedback_loop: '#2b8a3e',
};

/**
 * An image of the map drawn with vector shapes on a landscape page, scaled to fit: the canvas's
 * columns and lanes (same geometry), touchpoint cards outlined in their health's colour, links.
 */
export function drawMap(doc: Doc, report: JourneyReport): void {
  doc.addPage({ size: 'A4', layout: 'landscape', margin: PAGE.margin });
  const pageWidth = doc.page.width;
  const pageHeight = doc.page.height;
  doc.y = PAGE.margin;
  paragraph(doc, 'Map', { size: 18, bold: true, width: pageWidth - 2 * PAGE.margin, gap: 2 });
  const legend = Object.entries(HEALTH_LABELS).map(([, label]) => label);
  paragraph(doc, `Cards are outlined by the health of their metrics (${legend.join(', ')}). Blue links are hand-offs, red ones escalations.`, {
    size: 9,
    color: COLORS.muted,
    width: pageWidth - 2 * PAGE.margin,
    gap: 8,
  });

  const { map } = report;
  const top = doc.y;
  const availableWidth = pageWidth - 2 * PAGE.margin;
  const availableHeight = pageHeight - PAGE.margin - 20 - top;
  const scale = Math.min(availableWidth / map.width, availableHeight / map.height, 1);
  const left = PAGE.margin;
  const X = (x: number): number => left + x * scale;
  const Y = (y: number): number => top + y * scale;
  const font = (size: number): number => Math.max(4, size * scale);

  // Lanes (alternating bands) with their labels, then the stage headers.
  map.lanes.forEach((lane, i) => {
    if (i % 2 === 0) doc.rect(X(0), Y(lane.y), map.width * scale, lane.height * scale).fill(COLORS.band);
    textAt(doc, LAYER_LABELS[lane.layer], X(8), Y(lane.y + 8), (LABEL_WIDTH - 16) * scale, { size: font(13), bold: true, color: COLORS.muted });
  });
  for (const column of map.columns) {
    doc.moveTo(X(column.x), Y(0)).lineTo(X(column.x), Y(map.height)).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    textAt(doc, column.name, X(column.x + 10), Y(HEADER_HEIGHT / 2 - 10), (column.width - 20) * scale, {
      size: font(16),
      bold: true,
      align: 'center',
      maxHeight: (HEADER_HEIGHT - 10) * scale,
    });
  }

  drawEmotionBand(doc, report, X, Y, font);

  const nodes = new Map(map.nodes.map((node) => [node.id, node]));
  for (const edge of map.edges) {
    const source = nodes.get(edge.sourceId);
    const target = nodes.get(edge.targetId);
    if (!source || !target) continue;
    const forward = target.x >= source.x + source.width;
    const from = { x: X(forward ? source.x + source.width : source.x + source.width / 2), y: Y(forward ? source.y + source.height / 2 : source.y + source.height) };
    const to = { x: X(forward ? target.x : target.x + target.width / 2), y: Y(forward ? target.y + target.height / 2 : target.y) };
    const bend = forward ? { dx: (to.x - from.x) / 2, dy: 0 } : { dx: 0, dy: (to.y - from.y) / 2 };
    doc
      .moveTo(from.x, from.y)
      .bezierCurveTo(from.x + bend.dx, from.y + bend.dy, to.x - bend.dx, to.y - bend.dy, to.x, to.y)
      .lineWidth(Math.max(0.6, 2 * scale))
      .strokeColor(EDGE_COLORS[edge.type]);
    if (edge.type === 'depends_on' || edge.type === 'feedback_loop') doc.dash(3, { space: 2 });
    doc.stroke().undash();
    const head = Math.max(2.5, 8 * scale);
    const angle = forward ? 0 : Math.PI / 2;
    doc
      .polygon(
        [to.x, to.y],
        [to.x - head * Math.cos(angle) + (head / 2) * Math.sin(angle), to.y - head * Math.sin(angle) - (head / 2) * Math.cos(angle)],
        [to.x - head * Math.cos(angle) - (head / 2) * Math.sin(angle), to.y - head * Math.sin(angle) + (head / 2) * Math.cos(angle)],
      )
      .fill(EDGE_COLORS[edge.type]);
  }

  for (const node of map.nodes) {
    const color = healthColor(node.health);
    doc.lineWidth(Math.max(0.8, 2.5 * scale));
    doc.roundedRect(X(node.x), Y(node.y), node.width * scale, node.height * scale, 6 * scale).fillAndStroke('#ffffff', color);
    doc.rect(X(node.x), Y(node.y), 6 * scale, node.height * scale).fill(color);
    textAt(doc, node.title, X(node.x + 14), Y(node.y + 10), (node.width - 24) * scale, {
      size: font(14),
      bold: true,
      maxHeight: (node.height - 16) * scale,
    });
  }
  doc.y = Y(map.height) + 8;
}

/** The emotion curve in its band under the stage headers, as on the canvas. */
function drawEmotionBand(doc: Doc, report: JourneyReport, X: (x: number) => number, Y: (y: number) => number, font: (size: number) => number): void {
  const { map } = report;
  const inset = 18;
  const y = (value: number): number => HEADER_HEIGHT + inset + ((EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)) * (EMOTION_HEIGHT - 2 * inset);
  textAt(doc, 'Emotion', X(8), Y(HEADER_HEIGHT + 8), X(LABEL_WIDTH - 8) - X(8), { size: font(13), bold: true, color: COLORS.muted });
  doc.moveTo(X(LABEL_WIDTH), Y(y(0))).lineTo(X(map.width), Y(y(0))).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  const emotions = new Map(report.stages.map((stage) => [stage.id, stage.emotion]));
  const points = map.columns
    .map((column) => ({ x: column.x + column.width / 2, value: emotions.get(column.stageId) ?? null }))
    .filter((point): point is { x: number; value: number } => point.value !== null);
  points.forEach((point, i) => (i === 0 ? doc.moveTo(X(point.x), Y(y(point.value))) : doc.lineTo(X(point.x), Y(y(point.value)))));
  if (points.length > 1) doc.lineWidth(1.5).strokeColor(COLORS.accent).stroke();
  for (const point of points) doc.circle(X(point.x), Y(y(point.value)), 2.5).fill(COLORS.accent);
}
