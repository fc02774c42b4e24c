import { formatPeriod, formatScore, TREND_LABELS } from '../../format';
import type { JourneyReport } from '../../model';
import { COLORS, type Doc } from '../pdf-document';
import { drawTable } from '../pdf-draw';

const TREND_COLORS = { improving: COLORS.on_target, steady: COLORS.muted, worsening: COLORS.off_target } as const;

export function drawTrends(doc: Doc, report: JourneyReport): void {
  drawTable(doc, {
    title: 'Trends against the previous period',
    empty: 'No metrics are attached to this journey.',
    intro: 'Each metric’s latest period in the report range against the period just before it; worsening first.',
    columns: [
      { header: 'Metric', width: 4 },
      { header: 'Where', width: 4 },
      { header: 'Period', width: 2 },
      { header: 'Latest', width: 2, align: 'right' },
      { header: 'Previous', width: 2, align: 'right' },
      { header: 'Trend', width: 2 },
    ],
    rows: report.trends.map((trend) => [
      trend.name,
      trend.where,
      trend.current ? formatPeriod(trend.current.period, trend.current.periodStart) : '–',
      formatScore(trend.current?.score ?? null, trend.unit),
      formatScore(trend.previousScore, trend.unit),
      trend.trend ? { text: TREND_LABELS[trend.trend], color: TREND_COLORS[trend.trend], bold: true } : 'No comparison',
    ]),
  });
}
