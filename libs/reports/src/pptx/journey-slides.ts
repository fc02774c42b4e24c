import { LINK_TYPE_LABELS, PHASE_LABELS } from '@cxmap/domain';
import type PptxGenJS from 'pptxgenjs';
import type { JourneyReport, ReportAnnotation, ReportMetric, ReportReading, ReportStage } from '../model';
import {
  HEALTH_LABELS,
  JOURNEY_STATUS_LABELS,
  KIND_LABELS,
  SEVERITY_LABELS,
  STATE_LABELS,
  STATUS_LABELS,
  TREND_LABELS,
  formatScore,
  keyMetricOf,
  openPainTotal,
} from '../shared/labels';
import {
  COLORS,
  CONTENT_WIDTH,
  FONT,
  HEALTH_COLORS,
  MASTER,
  SLIDE,
  addTitle,
  cell,
  headerRow,
  healthCell,
  tableOptions,
  type Cell,
} from './theme';

/** Most pain points on their slide; the spreadsheet lists all of them. */
export const TOP_PAINS_MAX = 10;
const CHARTS_PER_SLIDE = 4;

const TREND_ARROWS = { improving: '▲', steady: '▶', worsening: '▼' } as const;

/** A period as a chart label: "Jan 2026" for a month, the start date for a day or week. */
function periodLabel(reading: ReportReading): string {
  if (reading.period !== 'month') return reading.periodStart;
  return new Date(`${reading.periodStart}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function content(pptx: PptxGenJS, title: string, subtitle?: string): PptxGenJS.Slide {
  const slide = pptx.addSlide({ masterName: MASTER });
  addTitle(slide, title, subtitle);
  return slide;
}

function note(slide: PptxGenJS.Slide, text: string, y = 1.6): void {
  slide.addText(text, { x: SLIDE.margin, y, w: CONTENT_WIDTH, h: 0.5, fontFace: FONT, fontSize: 16, color: COLORS.muted });
}

export function titleSlide(pptx: PptxGenJS, report: JourneyReport): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'F8F9FA' };
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.25, h: SLIDE.height, fill: { color: COLORS.accent }, line: { color: COLORS.accent } });
  slide.addText(report.journey.name, {
    x: 1,
    y: 2.1,
    w: SLIDE.width - 2,
    h: 1.2,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: COLORS.ink,
    fit: 'shrink',
  });
  const persona = report.persona ? `Persona: ${report.persona.name}` : 'No persona';
  const state = `${STATE_LABELS[report.journey.state]} · ${JOURNEY_STATUS_LABELS[report.journey.status]}`;
  slide.addText(
    [
      { text: persona, options: { breakLine: true } },
      { text: state, options: { breakLine: true } },
      { text: `Metrics ${formatDate(report.range.from)} – ${formatDate(report.range.to)}` },
    ],
    { x: 1, y: 3.4, w: SLIDE.width - 2, h: 1.3, fontFace: FONT, fontSize: 20, color: COLORS.muted, valign: 'top' },
  );
  slide.addText(`${report.workspace.name} · ${formatDate(report.generatedAt)}`, {
    x: 1,
    y: SLIDE.height - 1.2,
    w: SLIDE.width - 2,
    h: 0.4,
    fontFace: FONT,
    fontSize: 14,
    color: COLORS.muted,
  });
}

function tile(slide: PptxGenJS.Slide, x: number, y: number, value: string, label: string, color: string = COLORS.ink): void {
  const w = 2.9;
  slide.addShape('rect', { x, y, w, h: 1.5, fill: { color: 'F8F9FA' }, line: { color: COLORS.rule, width: 0.75 } });
  slide.addText(value, { x, y: y + 0.1, w, h: 0.85, align: 'center', fontFace: FONT, fontSize: 32, bold: true, color });
  slide.addText(label, { x, y: y + 0.9, w, h: 0.5, align: 'center', fontFace: FONT, fontSize: 13, color: COLORS.muted });
}

export function summarySlide(pptx: PptxGenJS, report: JourneyReport): void {
  const { summary } = report;
  const slide = content(pptx, 'Executive summary', `${report.journey.name} · ${STATE_LABELS[report.journey.state]}`);
  const x = (column: number) => SLIDE.margin + column * 3.1;
  tile(slide, x(0), 1.6, String(summary.stageCount), 'stages');
  tile(slide, x(1), 1.6, String(summary.touchpointCount), 'touchpoints');
  tile(slide, x(2), 1.6, `${Math.round(summary.personnelShare * 100)} %`, `customer service (${summary.personnelCount} touchpoints)`);
  tile(slide, x(3), 1.6, HEALTH_LABELS[summary.overallHealth], 'overall health', HEALTH_COLORS[summary.overallHealth]);
  const keyTotal = summary.health.on_target + summary.health.at_risk + summary.health.off_target + summary.health.no_data;
  tile(slide, x(0), 3.4, `${summary.health.on_target} / ${keyTotal}`, 'key metrics on target', HEALTH_COLORS.on_target);
  tile(slide, x(1), 3.4, String(summary.health.at_risk), 'key metrics at risk', HEALTH_COLORS.at_risk);
  tile(slide, x(2), 3.4, String(summary.health.off_target), 'key metrics off target', HEALTH_COLORS.off_target);
  tile(slide, x(3), 3.4, String(summary.openPains.critical), 'open critical pain points', summary.openPains.critical > 0 ? COLORS.critical : COLORS.ink);
  slide.addText(
    `${openPainTotal(summary.openPains)} open pain points (${summary.openPains.high} high, ${summary.openPains.medium} medium, ${summary.openPains.low} low) · ` +
      `${summary.linkCount} links between touchpoints · ${summary.health.no_data} key metrics without data`,
    { x: SLIDE.margin, y: 5.3, w: CONTENT_WIDTH, h: 0.6, fontFace: FONT, fontSize: 14, color: COLORS.muted },
  );
}

export function touchpointsByStageSlide(pptx: PptxGenJS, report: JourneyReport): void {
  const slide = content(pptx, 'Touchpoints per stage', `${report.summary.touchpointCount} touchpoints in ${report.summary.stageCount} stages`);
  if (report.summary.touchpointsByStage.length === 0) return note(slide, 'The journey has no stages yet.');
  // A horizontal bar chart draws its first category at the bottom: reversed, the first stage is on top.
  const rows = [...report.summary.touchpointsByStage].reverse();
  slide.addChart(
    pptx.ChartType.bar,
    [{ name: 'Touchpoints', labels: rows.map((r) => r.name), values: rows.map((r) => r.count) }],
    {
      x: SLIDE.margin,
      y: 1.5,
      w: CONTENT_WIDTH,
      h: 5.3,
      barDir: 'bar',
      chartColors: [COLORS.accent],
      showValue: true,
      dataLabelPosition: 'outEnd',
      dataLabelFontSize: 12,
      catAxisLabelFontSize: 12,
      catAxisLabelFontFace: FONT,
      valAxisHidden: true,
      valGridLine: { style: 'none' },
      showLegend: false,
    },
  );
}

export function emotionSlide(pptx: PptxGenJS, report: JourneyReport): void {
  const judged = report.stages.flatMap((stage) => stage.touchpoints.filter((t) => t.emotion !== null));
  const slide = content(pptx, 'Emotion curve', 'How customers feel at each touchpoint, in journey order (−2 … +2)');
  if (judged.length === 0) return note(slide, 'No touchpoint has an emotion score yet.');
  slide.addChart(
    pptx.ChartType.line,
    [{ name: 'Emotion', labels: judged.map((t) => t.title), values: judged.map((t) => t.emotion ?? 0) }],
    {
      x: SLIDE.margin,
      y: 1.5,
      w: CONTENT_WIDTH,
      h: 5.3,
      chartColors: [COLORS.accent],
      lineSize: 3,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 9,
      valAxisMinVal: -2,
      valAxisMaxVal: 2,
      valAxisMajorUnit: 1,
      catAxisLabelFontSize: 11,
      catAxisLabelRotate: judged.length > 8 ? 315 : 0,
      catAxisLabelPos: 'low',
      showLegend: false,
    },
  );
}

function latestVsTarget(metric: ReportMetric | null): string {
  if (!metric) return '—';
  return `${formatScore(metric.latest?.score ?? null, metric.unit)} (target ${formatScore(metric.target, metric.unit)})`;
}

export function stageSlide(pptx: PptxGenJS, stage: ReportStage): void {
  const goal = stage.customerGoal ? ` · Goal: ${stage.customerGoal}` : '';
  const slide = content(pptx, `Stage ${stage.order + 1}: ${stage.name}`, `${PHASE_LABELS[stage.phase]}${goal}`);
  if (stage.touchpoints.length === 0) return note(slide, 'No touchpoints in this stage.');
  const rows: Cell[][] = [
    headerRow(['Touchpoint', 'Channel', 'Owner team', 'Key metric', 'Latest vs target', 'Health', 'Open pains']),
    ...stage.touchpoints.map((t) => {
      const key = keyMetricOf(t);
      const pains = openPainTotal(t.openPains);
      return [
        cell(t.title, { bold: true }),
        cell(t.channelLabel),
        cell(t.ownerTeam),
        cell(key?.name ?? null),
        cell(latestVsTarget(key)),
        healthCell(t.health, HEALTH_LABELS[t.health]),
        cell(pains, t.openPains.critical > 0 ? { bold: true, color: COLORS.critical } : {}),
      ];
    }),
  ];
  slide.addTable(rows, tableOptions([2.7, 1.4, 1.7, 2.1, 2.1, 1.2, 1.1]));
}

function isOpen(annotation: ReportAnnotation): boolean {
  return annotation.status === 'open' || annotation.status === 'in_progress';
}

export function painsSlide(pptx: PptxGenJS, report: JourneyReport): void {
  const open = report.pains.filter(isOpen);
  const shown = open.slice(0, TOP_PAINS_MAX);
  const more = open.length > shown.length ? ` (top ${shown.length} of ${open.length})` : '';
  const slide = content(pptx, 'Top pain points', `${open.length} open pain points${more}, most severe first`);
  if (shown.length === 0) return note(slide, 'No open pain points.');
  const rows: Cell[][] = [
    headerRow(['Severity', 'Pain point', 'Where', 'Owner team', 'Status']),
    ...shown.map((p) => [
      cell(p.severity ? SEVERITY_LABELS[p.severity] : null, p.severity === 'critical' ? { bold: true, color: COLORS.critical } : { bold: true }),
      cell(p.title),
      cell(p.target.stageName ? `${p.target.stageName} › ${p.target.label}` : p.target.label),
      cell(p.ownerTeam ?? 'Nobody'),
      cell(STATUS_LABELS[p.status]),
    ]),
  ];
  slide.addTable(rows, tableOptions([1.3, 4.2, 3.4, 2, 1.4]));
}

export function handoffsSlide(pptx: PptxGenJS, report: JourneyReport): void {
  const slide = content(pptx, 'Hand-off hot spots', 'Where the customer is passed between teams and it hurts');
  if (report.handoffs.length === 0) return note(slide, 'No hand-off hot spots.');
  const rows: Cell[][] = [
    headerRow(['Hand-off', 'Type', 'Teams', 'Health', 'Why']),
    ...report.handoffs.map((h) => [
      cell(`${h.link.sourceTitle} → ${h.link.targetTitle}`, { bold: true }),
      cell(LINK_TYPE_LABELS[h.link.type]),
      cell(`${h.sourceOwnerTeam ?? 'No team'} → ${h.targetOwnerTeam ?? 'No team'}`),
      healthCell(h.health, HEALTH_LABELS[h.health]),
      cell(h.reasons.join('\n')),
    ]),
  ];
  slide.addTable(rows, tableOptions([3.4, 1.3, 3, 1.2, 3.4]));
}

/** Metric attachments by "metricKey|where", to find a trend's series (trends name their place, not their attachment). */
function seriesIndex(report: JourneyReport): Map<string, ReportMetric> {
  const index = new Map<string, ReportMetric>();
  for (const stage of report.stages) for (const t of stage.touchpoints) for (const m of t.metrics) index.set(`${m.metricKey}|${t.title}`, m);
  for (const h of report.handoffs) for (const m of h.metrics) index.set(`${m.metricKey}|${h.link.sourceTitle} → ${h.link.targetTitle}`, m);
  return index;
}

export function trendsSlides(pptx: PptxGenJS, report: JourneyReport): void {
  const slide = content(pptx, 'Trends', 'Key metrics in the latest period against the one before');
  if (report.trends.length === 0) return note(slide, 'No metric has readings in this range.');
  const rows: Cell[][] = [
    headerRow(['Metric', 'Where', 'Latest', 'Previous', 'Trend']),
    ...report.trends.map((t) => [
      cell(t.name, { bold: true }),
      cell(t.where),
      cell(formatScore(t.current?.score ?? null, t.unit)),
      cell(formatScore(t.previousScore, t.unit)),
      t.trend
        ? cell(`${TREND_ARROWS[t.trend]} ${TREND_LABELS[t.trend]}`, {
            bold: true,
            color: t.trend === 'improving' ? HEALTH_COLORS.on_target : t.trend === 'worsening' ? HEALTH_COLORS.off_target : COLORS.muted,
          })
        : cell(null),
    ]),
  ];
  slide.addTable(rows, tableOptions([3, 4, 1.8, 1.8, 1.73]));

  const index = seriesIndex(report);
  const charted = report.trends
    .map((t) => ({ trend: t, metric: index.get(`${t.metricKey}|${t.where}`) }))
    .filter((entry): entry is { trend: typeof entry.trend; metric: ReportMetric } => (entry.metric?.series.filter((r) => r.score !== null).length ?? 0) >= 2);
  for (let start = 0; start < charted.length; start += CHARTS_PER_SLIDE) {
    const page = charted.slice(start, start + CHARTS_PER_SLIDE);
    const chartSlide = content(pptx, 'Trend lines', 'Score per period (blue) against the target (grey)');
    page.forEach(({ trend, metric }, i) => {
      const points = metric.series.filter((r) => r.score !== null);
      const w = CONTENT_WIDTH / 2 - 0.1;
      chartSlide.addChart(
        pptx.ChartType.line,
        [
          { name: trend.name, labels: points.map(periodLabel), values: points.map((r) => r.score ?? 0) },
          { name: 'Target', labels: points.map(periodLabel), values: points.map(() => metric.target) },
        ],
        {
          x: SLIDE.margin + (i % 2) * (w + 0.2),
          y: 1.45 + Math.floor(i / 2) * 2.75,
          w,
          h: 2.6,
          title: `${trend.name} — ${trend.where}`,
          showTitle: true,
          titleFontSize: 12,
          titleFontFace: FONT,
          chartColors: [COLORS.accent, HEALTH_COLORS.no_data],
          lineDataSymbol: 'circle',
          lineDataSymbolSize: 6,
          lineSize: 2,
          catAxisLabelFontSize: 9,
          valAxisLabelFontSize: 9,
          showLegend: false,
        },
      );
    });
  }
}

export function commentsSlide(pptx: PptxGenJS, report: JourneyReport): void {
  const slide = content(pptx, 'Comments, ideas and opportunities', `${report.comments.length} from the team`);
  if (report.comments.length === 0) return note(slide, 'No comments.');
  const rows: Cell[][] = [
    headerRow(['Kind', 'Title', 'On', 'Author', 'Replies']),
    ...report.comments.map((c) => [cell(KIND_LABELS[c.kind]), cell(c.title, { bold: true }), cell(c.target.label), cell(c.author), cell(c.replies.length)]),
  ];
  slide.addTable(rows, tableOptions([1.6, 4.8, 3, 1.9, 1.03]));
}
