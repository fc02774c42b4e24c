import { INTERACTION_LABELS, LAYER_LABELS, LINK_TYPE_LABELS, PHASE_LABELS, type MetricUnit } from '@cxmap/domain';
import ExcelJS from 'exceljs';
import type { JourneyReport, ReportAnnotation, ReportMetric, ReportRenderer } from '../model';
import {
  HEALTH_LABELS,
  JOURNEY_STATUS_LABELS,
  KIND_LABELS,
  SEVERITY_LABELS,
  STATE_LABELS,
  STATUS_LABELS,
  TREND_LABELS,
  excelFormatOf,
  keyMetricOf,
} from '../shared/labels';
import { progressSteps } from '../shared/progress';
import { addTableSheet, DATE_FORMAT, DATE_TIME_FORMAT, toDate, type CellValue, type TableColumn } from './sheet-table';

export const JOURNEY_XLSX_SHEETS = ['Summary', 'Stages', 'Touchpoints', 'Links', 'Metrics', 'Measurements', 'Annotations', 'Replies'] as const;

const UNIT_LABELS: Record<MetricUnit, string> = {
  percent: '%',
  score: 'score',
  seconds: 'seconds',
  currency: 'currency',
  count: 'count',
  ratio: 'ratio',
};

interface PlacedMetric {
  metric: ReportMetric;
  stageName: string;
  /** Touchpoint title, or "Source → Target" for a link. */
  where: string;
}

/** Every metric attachment of the report once: the touchpoints' in stage order, then the hand-offs'. */
function placedMetrics(report: JourneyReport): PlacedMetric[] {
  const seen = new Set<string>();
  const placed: PlacedMetric[] = [];
  const add = (metric: ReportMetric, stageName: string, where: string) => {
    if (seen.has(metric.attachmentId)) return;
    seen.add(metric.attachmentId);
    placed.push({ metric, stageName, where });
  };
  for (const stage of report.stages) {
    for (const touchpoint of stage.touchpoints) for (const metric of touchpoint.metrics) add(metric, stage.name, touchpoint.title);
  }
  const stageOf = new Map(report.stages.flatMap((stage) => stage.touchpoints.map((t) => [t.id, stage.name] as const)));
  for (const handoff of report.handoffs) {
    const where = `${handoff.link.sourceTitle} → ${handoff.link.targetTitle}`;
    for (const metric of handoff.metrics) add(metric, stageOf.get(handoff.link.sourceId) ?? '', where);
  }
  return placed;
}

const n = (value: number | null | undefined): CellValue => (value === undefined ? null : value);

function summarySheet(workbook: ExcelJS.Workbook, report: JourneyReport): void {
  const { summary } = report;
  const rows: CellValue[][] = [
    ['Journey', report.journey.name],
    ['Workspace', report.workspace.name],
    ['Persona', report.persona?.name ?? null],
    ['State', STATE_LABELS[report.journey.state]],
    ['Status', JOURNEY_STATUS_LABELS[report.journey.status]],
    ['Revision', report.journey.revision],
    ['Metrics from', toDate(report.range.from)],
    ['Metrics to', toDate(report.range.to)],
    ['Generated', toDate(report.generatedAt)],
    ['Stages', summary.stageCount],
    ['Touchpoints', summary.touchpointCount],
    ['Links', summary.linkCount],
    ['Customer-service touchpoints', summary.personnelCount],
    ['Customer-service share', summary.personnelShare],
    ['Overall health', HEALTH_LABELS[summary.overallHealth]],
    ['Key metrics on target', summary.health.on_target],
    ['Key metrics at risk', summary.health.at_risk],
    ['Key metrics off target', summary.health.off_target],
    ['Key metrics without data', summary.health.no_data],
    ['Open critical pain points', summary.openPains.critical],
    ['Open high pain points', summary.openPains.high],
    ['Open medium pain points', summary.openPains.medium],
    ['Open low pain points', summary.openPains.low],
  ];
  addTableSheet(workbook, 'Summary', [{ header: 'Item' }, { header: 'Value' }], rows);
  const sheet = workbook.getWorksheet('Summary');
  // One column mixes kinds: format the dates and the share cell by cell.
  sheet?.eachRow((row) => {
    const cell = row.getCell(2);
    if (cell.value instanceof Date) cell.numFmt = row.getCell(1).value === 'Generated' ? DATE_TIME_FORMAT : DATE_FORMAT;
    if (row.getCell(1).value === 'Customer-service share') cell.numFmt = '0%';
  });
}

function stagesSheet(workbook: ExcelJS.Workbook, report: JourneyReport): void {
  const columns: TableColumn[] = [
    { header: 'Order' },
    { header: 'Stage' },
    { header: 'Phase' },
    { header: 'Customer goal', wrap: true },
    { header: 'Description', wrap: true },
    { header: 'Touchpoints' },
    { header: 'Mean emotion', numFmt: '0.0' },
    { header: 'On target' },
    { header: 'At risk' },
    { header: 'Off target' },
    { header: 'No data' },
  ];
  const rows = report.stages.map((stage): CellValue[] => [
    stage.order + 1,
    stage.name,
    PHASE_LABELS[stage.phase],
    stage.customerGoal,
    stage.description,
    stage.touchpoints.length,
    stage.emotion,
    stage.health.on_target,
    stage.health.at_risk,
    stage.health.off_target,
    stage.health.no_data,
  ]);
  addTableSheet(workbook, 'Stages', columns, rows);
}

function touchpointsSheet(workbook: ExcelJS.Workbook, report: JourneyReport): void {
  const columns: TableColumn[] = [
    { header: 'Stage' },
    { header: 'Touchpoint' },
    { header: 'Description', wrap: true },
    { header: 'Channel' },
    { header: 'Interaction' },
    { header: 'Layer' },
    { header: 'Owner team' },
    { header: 'Emotion' },
    { header: 'Key metric' },
    { header: 'Latest score', numFmt: '0.0' },
    { header: 'Target', numFmt: '0.0' },
    { header: 'Health' },
    { header: 'Open critical' },
    { header: 'Open high' },
    { header: 'Open medium' },
    { header: 'Open low' },
  ];
  const rows = report.stages.flatMap((stage) =>
    stage.touchpoints.map((t): CellValue[] => {
      const key = keyMetricOf(t);
      return [
        stage.name,
        t.title,
        t.description,
        t.channelLabel,
        INTERACTION_LABELS[t.interaction],
        LAYER_LABELS[t.layer],
        t.ownerTeam,
        t.emotion,
        key?.name ?? null,
        key?.latest?.score ?? null,
        key?.target ?? null,
        HEALTH_LABELS[t.health],
        t.openPains.critical,
        t.openPains.high,
        t.openPains.medium,
        t.openPains.low,
      ];
    }),
  );
  addTableSheet(workbook, 'Touchpoints', columns, rows);
}

function linksSheet(workbook: ExcelJS.Workbook, report: JourneyReport): void {
  const stageOf = new Map(report.stages.flatMap((stage) => stage.touchpoints.map((t) => [t.id, stage.name] as const)));
  const hotSpots = new Set(report.handoffs.map((h) => h.link.id));
  const rows = report.links.map((link): CellValue[] => [
    LINK_TYPE_LABELS[link.type],
    link.label,
    link.sourceTitle,
    stageOf.get(link.sourceId) ?? null,
    link.targetTitle,
    stageOf.get(link.targetId) ?? null,
    hotSpots.has(link.id) ? 'Yes' : 'No',
  ]);
  addTableSheet(
    workbook,
    'Links',
    [{ header: 'Type' }, { header: 'Label' }, { header: 'From' }, { header: 'From stage' }, { header: 'To' }, { header: 'To stage' }, { header: 'Hand-off hot spot' }],
    rows,
  );
}

function metricsSheet(workbook: ExcelJS.Workbook, placed: readonly PlacedMetric[]): void {
  const columns: TableColumn[] = [
    { header: 'Metric' },
    { header: 'Key metric' },
    { header: 'Stage' },
    { header: 'Where' },
    { header: 'Unit' },
    { header: 'Better when' },
    { header: 'Target' },
    { header: 'Warning' },
    { header: 'Latest score' },
    { header: 'Latest period', numFmt: DATE_FORMAT },
    { header: 'Sample size', numFmt: '#,##0' },
    { header: 'Small sample' },
    { header: 'Health' },
    { header: 'Previous score' },
    { header: 'Trend' },
  ];
  const rows = placed.map(({ metric, stageName, where }): CellValue[] => [
    metric.name,
    metric.isKey ? 'Yes' : 'No',
    stageName,
    where,
    UNIT_LABELS[metric.unit],
    metric.direction === 'higher' ? 'Higher' : 'Lower',
    metric.target,
    metric.warning,
    metric.latest?.score ?? null,
    metric.latest ? toDate(metric.latest.periodStart) : null,
    metric.latest?.sampleSize ?? null,
    metric.latest ? (metric.latest.smallSample ? 'Yes' : 'No') : null,
    HEALTH_LABELS[metric.health],
    metric.previousScore,
    metric.trend ? TREND_LABELS[metric.trend] : null,
  ]);
  addTableSheet(workbook, 'Metrics', columns, rows);
  formatScoreCells(workbook.getWorksheet('Metrics'), placed, [7, 8, 9, 14]);
}

/** Score columns follow each row's unit (seconds whole, percentages with a decimal). */
function formatScoreCells(sheet: ExcelJS.Worksheet | undefined, placed: readonly { metric: ReportMetric }[], columns: readonly number[]): void {
  placed.forEach(({ metric }, index) => {
    const row = sheet?.getRow(index + 2);
    for (const column of columns) if (row) row.getCell(column).numFmt = excelFormatOf(metric.unit);
  });
}

function measurementsSheet(workbook: ExcelJS.Workbook, placed: readonly PlacedMetric[]): void {
  const columns: TableColumn[] = [
    { header: 'Metric' },
    { header: 'Where' },
    { header: 'Period' },
    { header: 'Period start', numFmt: DATE_FORMAT },
    { header: 'Dimension' },
    { header: 'Promoters' },
    { header: 'Passives' },
    { header: 'Detractors' },
    { header: 'Rating 1' },
    { header: 'Rating 2' },
    { header: 'Rating 3' },
    { header: 'Rating 4' },
    { header: 'Rating 5' },
    { header: 'Mean' },
    { header: 'Count' },
    { header: 'Numerator' },
    { header: 'Denominator' },
    { header: 'Value' },
    { header: 'Sample size' },
    { header: 'Score', numFmt: '0.00' },
    { header: 'Source' },
  ];
  const rows = placed.flatMap(({ metric, where }) =>
    metric.measurements.map((m): CellValue[] => [
      metric.name,
      where,
      m.period,
      toDate(m.periodStart),
      m.dimension || null,
      n(m.promoters),
      n(m.passives),
      n(m.detractors),
      ...[0, 1, 2, 3, 4].map((index) => n(m.ratings?.[index])),
      n(m.mean),
      n(m.count),
      n(m.numerator),
      n(m.denominator),
      n(m.value),
      n(m.sampleSize),
      m.score,
      m.source,
    ]),
  );
  addTableSheet(workbook, 'Measurements', columns, rows);
}

function annotationsSheet(workbook: ExcelJS.Workbook, annotations: readonly ReportAnnotation[]): void {
  const columns: TableColumn[] = [
    { header: 'Kind' },
    { header: 'Severity' },
    { header: 'Status' },
    { header: 'Title', wrap: true },
    { header: 'Body', wrap: true },
    { header: 'On' },
    { header: 'Stage' },
    { header: 'Target health' },
    { header: 'Owner team' },
    { header: 'Author' },
    { header: 'Created', numFmt: DATE_TIME_FORMAT },
    { header: 'Evidence', wrap: true },
    { header: 'Replies' },
  ];
  const rows = annotations.map((a): CellValue[] => [
    KIND_LABELS[a.kind],
    a.severity ? SEVERITY_LABELS[a.severity] : null,
    STATUS_LABELS[a.status],
    a.title,
    a.body,
    a.target.label,
    a.target.stageName,
    HEALTH_LABELS[a.targetHealth],
    a.ownerTeam,
    a.author,
    toDate(a.createdAt),
    a.evidence.map((e) => [e.text, e.url].filter(Boolean).join(' ')).join('\n') || null,
    a.replies.length,
  ]);
  addTableSheet(workbook, 'Annotations', columns, rows);
}

function repliesSheet(workbook: ExcelJS.Workbook, annotations: readonly ReportAnnotation[]): void {
  const rows = annotations.flatMap((a) => a.replies.map((r): CellValue[] => [a.title, KIND_LABELS[a.kind], r.author, r.body, toDate(r.createdAt)]));
  addTableSheet(
    workbook,
    'Replies',
    [{ header: 'Annotation' }, { header: 'Kind' }, { header: 'Author' }, { header: 'Reply', wrap: true }, { header: 'Created', numFmt: DATE_TIME_FORMAT }],
    rows,
  );
}

/**
 * The journey as a workbook, one table per sheet (JOURNEY_XLSX_SHEETS): numbers as numbers, dates as
 * dates, bold frozen headers with auto-filters. Pain points are always listed; comments, ideas and
 * opportunities when the report carries them.
 */
export const renderJourneyXlsx: ReportRenderer<JourneyReport> = async (report, onProgress) => {
  const progress = progressSteps(JOURNEY_XLSX_SHEETS.length + 1, onProgress);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CXMap';
  workbook.created = new Date(report.generatedAt);
  workbook.title = report.journey.name;
  const placed = placedMetrics(report);
  const annotations = [...report.pains, ...report.comments];
  const sheets: (() => void)[] = [
    () => summarySheet(workbook, report),
    () => stagesSheet(workbook, report),
    () => touchpointsSheet(workbook, report),
    () => linksSheet(workbook, report),
    () => metricsSheet(workbook, placed),
    () => measurementsSheet(workbook, placed),
    () => annotationsSheet(workbook, annotations),
    () => repliesSheet(workbook, annotations),
  ];
  for (const draw of sheets) {
    draw();
    progress.step();
  }
  const buffer = await workbook.xlsx.writeBuffer();
  progress.done();
  return new Uint8Array(buffer);
};
