import { LAYER_LABELS, PHASE_LABELS } from '@cxmap/domain';
import { formatScore, TREND_LABELS } from '../../format';
import type { JourneyReport, ReportStage } from '../../model';
import { COLORS, type Doc } from '../pdf-document';
import { healthCell, paragraph, sectionPage, subheading, table } from '../pdf-draw';
import { openPainsText } from './pains';

function drawStage(doc: Doc, stage: ReportStage, index: number, count: number): void {
  sectionPage(doc, `Stage ${index + 1} of ${count}: ${stage.name}`);
  const meta = [PHASE_LABELS[stage.phase], stage.emotion === null ? 'no emotion rating' : `emotion ${stage.emotion}`];
  paragraph(doc, meta.join(' · '), { size: 10, color: COLORS.muted });
  if (stage.customerGoal) paragraph(doc, `Customer goal: ${stage.customerGoal}`, { size: 10 });
  if (stage.description) paragraph(doc, stage.description, { size: 10, color: COLORS.muted });
  const teams = [...new Set(stage.touchpoints.map((tp) => tp.ownerTeam).filter((team): team is string => team !== null))];
  paragraph(doc, `Owner teams: ${teams.length > 0 ? teams.join(', ') : 'none set'}`, { size: 10, gap: 8 });

  subheading(doc, 'Touchpoints');
  if (stage.touchpoints.length === 0) paragraph(doc, 'No touchpoints in this stage.', { size: 10, color: COLORS.muted });
  else
    table(
      doc,
      [
        { header: 'Touchpoint', width: 4 },
        { header: 'Channel', width: 2 },
        { header: 'Layer', width: 2 },
        { header: 'Owner team', width: 2 },
        { header: 'Health', width: 2 },
        { header: 'Open pains', width: 2 },
      ],
      stage.touchpoints.map((tp) => [tp.title, tp.channelLabel, LAYER_LABELS[tp.layer], tp.ownerTeam ?? '–', healthCell(tp.health), openPainsText(tp.openPains)]),
    );

  const metrics = stage.touchpoints.flatMap((tp) => tp.metrics.map((metric) => ({ tp, metric })));
  subheading(doc, 'Metrics against target');
  if (metrics.length === 0) paragraph(doc, 'No metrics attached in this stage.', { size: 10, color: COLORS.muted });
  else
    table(
      doc,
      [
        { header: 'Metric', width: 4 },
        { header: 'Touchpoint', width: 3 },
        { header: 'Latest', width: 2, align: 'right' },
        { header: 'Target', width: 2, align: 'right' },
        { header: 'Health', width: 2 },
        { header: 'Trend', width: 2 },
      ],
      metrics.map(({ tp, metric }) => [
        `${metric.name}${metric.isKey ? ' (key)' : ''}${metric.latest?.smallSample ? ' – small sample' : ''}`,
        tp.title,
        formatScore(metric.latest?.score ?? null, metric.unit),
        `${metric.direction === 'higher' ? '>=' : '<='} ${formatScore(metric.target, metric.unit)}`,
        healthCell(metric.health),
        metric.trend ? TREND_LABELS[metric.trend] : '–',
      ]),
    );
}

export function drawStages(doc: Doc, report: JourneyReport): void {
  report.stages.forEach((stage, i) => drawStage(doc, stage, i, report.stages.length));
}
