import { ANNOTATION_SEVERITIES, METRIC_HEALTHS } from '@cxmap/domain';
import { formatShare, HEALTH_LABELS } from '../../format';
import type { JourneyReport } from '../../model';
import { COLORS, type Doc } from '../pdf-document';
import { facts, healthColor, paragraph, sectionPage, subheading, table } from '../pdf-draw';

const SEVERITY_LABELS = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' } as const;

export function drawSummary(doc: Doc, report: JourneyReport): void {
  const { summary } = report;
  sectionPage(doc, 'Executive summary');
  paragraph(doc, `Overall health: ${HEALTH_LABELS[summary.overallHealth]}`, { size: 14, bold: true, color: healthColor(summary.overallHealth), gap: 8 });
  facts(doc, [
    ['Stages', String(summary.stageCount)],
    ['Touchpoints', String(summary.touchpointCount)],
    ['Links', String(summary.linkCount)],
    ['Customer service share', `${formatShare(summary.personnelShare)} (${summary.personnelCount} of ${summary.touchpointCount} touchpoints with people)`],
  ]);

  subheading(doc, 'Key metrics by health');
  table(
    doc,
    METRIC_HEALTHS.map((health) => ({ header: HEALTH_LABELS[health], width: 1, align: 'center' as const })),
    [METRIC_HEALTHS.map((health) => ({ text: String(summary.health[health]), color: healthColor(health), bold: true }))],
  );

  subheading(doc, 'Open pain points by severity');
  const severities = [...ANNOTATION_SEVERITIES].reverse();
  table(
    doc,
    severities.map((severity) => ({ header: SEVERITY_LABELS[severity], width: 1, align: 'center' as const })),
    [severities.map((severity) => ({ text: String(summary.openPains[severity]), bold: severity === 'critical', color: severity === 'critical' ? COLORS.off_target : undefined }))],
  );

  subheading(doc, 'Touchpoints per stage');
  table(
    doc,
    [
      { header: 'Stage', width: 3 },
      { header: 'Touchpoints', width: 1, align: 'right' },
    ],
    summary.touchpointsByStage.map((stage) => [stage.name, String(stage.count)]),
  );

  subheading(doc, 'Touchpoints per channel');
  table(
    doc,
    [
      { header: 'Channel', width: 3 },
      { header: 'Touchpoints', width: 1, align: 'right' },
    ],
    summary.touchpointsByChannel.map((channel) => [channel.label, String(channel.count)]),
  );
}
