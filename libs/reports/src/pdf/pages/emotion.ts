import { EMOTION_MAX, EMOTION_MIN } from '@cxmap/domain';
import type { JourneyReport } from '../../model';
import { COLORS, CONTENT_WIDTH, PAGE, type Doc } from '../pdf-document';
import { paragraph, sectionPage, textAt } from '../pdf-draw';

const CHART_HEIGHT = 260;

/** The emotion curve: one point per stage (mean of its judged touchpoints), joined in stage order. */
export function drawEmotion(doc: Doc, report: JourneyReport): void {
  sectionPage(doc, 'Emotion curve');
  paragraph(doc, 'Mean emotion of the judged touchpoints of each stage, from −2 (very negative) to +2 (very positive).', {
    size: 10,
    color: COLORS.muted,
    gap: 12,
  });
  const axisX = PAGE.margin + 30;
  const top = doc.y + 8;
  const width = CONTENT_WIDTH - 30;
  const y = (value: number): number => top + ((EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)) * CHART_HEIGHT;

  for (let value = EMOTION_MIN; value <= EMOTION_MAX; value++) {
    doc.moveTo(axisX, y(value)).lineTo(axisX + width, y(value)).lineWidth(value === 0 ? 1 : 0.5).strokeColor(value === 0 ? COLORS.muted : COLORS.rule).stroke();
    textAt(doc, value > 0 ? `+${value}` : String(value), PAGE.margin, y(value) - 4, 24, { size: 8, color: COLORS.muted, align: 'right' });
  }
  doc.moveTo(axisX, top).lineTo(axisX, top + CHART_HEIGHT).lineWidth(1).strokeColor(COLORS.muted).stroke();

  const stages = report.stages;
  const step = stages.length > 0 ? width / stages.length : width;
  const points = stages.map((stage, i) => ({ x: axisX + step * (i + 0.5), value: stage.emotion }));
  const judged = points.filter((p): p is { x: number; value: number } => p.value !== null);
  judged.forEach((point, i) => {
    if (i === 0) doc.moveTo(point.x, y(point.value));
    else doc.lineTo(point.x, y(point.value));
  });
  if (judged.length > 1) doc.lineWidth(2).strokeColor(COLORS.accent).stroke();
  for (const point of judged) {
    const color = point.value > 0 ? COLORS.on_target : point.value < 0 ? COLORS.off_target : COLORS.muted;
    doc.circle(point.x, y(point.value), 4.5).fill(color);
    textAt(doc, point.value.toFixed(2).replace(/\.?0+$/, '') || '0', point.x - 20, y(point.value) - 16, 40, { size: 8, align: 'center', bold: true });
  }

  const labelsY = top + CHART_HEIGHT + 10;
  let lowest = labelsY;
  points.forEach((point, i) => {
    const label = stages[i]?.emotion === null ? `${stages[i]?.name ?? ''} (no rating)` : (stages[i]?.name ?? '');
    lowest = Math.max(lowest, labelsY + textAt(doc, label, point.x - step / 2 + 2, labelsY, step - 4, { size: 8, align: 'center' }));
  });
  doc.y = lowest + 12;
}
