import { ANNOTATION_SEVERITIES } from '@cxmap/domain';
import { formatDate, HEALTH_LABELS } from '../../format';
import type { JourneyReport, ReportAnnotation, SeverityCounts } from '../../model';
import { COLORS, CONTENT_WIDTH, PAGE, type Doc } from '../pdf-document';
import { ensureRoom, paragraph, sectionPage } from '../pdf-draw';

const STATUS_LABELS = { open: 'Open', in_progress: 'In progress', resolved: 'Resolved', wont_fix: 'Won’t fix' } as const;
const SEVERITY_COLORS = { critical: COLORS.off_target, high: COLORS.at_risk, medium: COLORS.text, low: COLORS.muted } as const;

/** "1 critical, 2 high" or "–". */
export function openPainsText(counts: SeverityCounts): string {
  const parts = [...ANNOTATION_SEVERITIES]
    .reverse()
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`);
  return parts.length > 0 ? parts.join(', ') : '–';
}

const BODY_MAX = 600;
const clip = (text: string): string => (text.length > BODY_MAX ? `${text.slice(0, BODY_MAX - 1)}…` : text);

/** One annotation as a block: title line, where and who, body, evidence, replies. */
export function drawAnnotation(doc: Doc, annotation: ReportAnnotation, prefix: string): void {
  ensureRoom(doc, 70);
  const severity = annotation.severity ? `[${annotation.severity.toUpperCase()}] ` : '';
  paragraph(doc, `${prefix}${severity}${annotation.title}`, {
    size: 11,
    bold: true,
    color: annotation.severity ? SEVERITY_COLORS[annotation.severity] : COLORS.text,
    gap: 2,
  });
  const where = annotation.target.stageName && annotation.target.kind !== 'stage' ? `${annotation.target.label} (${annotation.target.stageName})` : annotation.target.label;
  const meta = [
    where,
    STATUS_LABELS[annotation.status],
    annotation.ownerTeam ? `owner: ${annotation.ownerTeam}` : 'no owner team',
    annotation.target.kind === 'stage' ? null : `metrics: ${HEALTH_LABELS[annotation.targetHealth]}`,
    `${annotation.author}, ${formatDate(annotation.createdAt)}`,
  ].filter((part): part is string => part !== null);
  paragraph(doc, meta.join(' · '), { size: 9, color: COLORS.muted, gap: 2 });
  if (annotation.body) paragraph(doc, clip(annotation.body), { size: 10, gap: 2 });
  for (const item of annotation.evidence) {
    paragraph(doc, `Evidence (${item.kind}): ${item.text}${item.url ? ` – ${item.url}` : ''}`, { size: 9, color: COLORS.muted, gap: 2 });
  }
  for (const reply of annotation.replies) {
    paragraph(doc, `${reply.author}, ${formatDate(reply.createdAt)}: ${clip(reply.body)}`, { size: 9, color: COLORS.muted, gap: 2 });
  }
  doc.y += 6;
  doc.moveTo(PAGE.margin, doc.y).lineTo(PAGE.margin + CONTENT_WIDTH, doc.y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  doc.y += 8;
}

/** Pain points ranked: open first, by severity, then by how their target's metrics are doing. */
export function drawPains(doc: Doc, report: JourneyReport): void {
  sectionPage(doc, 'Top pain points');
  if (report.pains.length === 0) {
    paragraph(doc, 'No pain points recorded on this journey.', { size: 10, color: COLORS.muted });
    return;
  }
  paragraph(doc, 'Open pain points first, by severity, then by the health of the metrics where they occur.', { size: 10, color: COLORS.muted, gap: 10 });
  report.pains.forEach((pain, i) => drawAnnotation(doc, pain, `${i + 1}. `));
}
