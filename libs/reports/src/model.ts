import type {
  AnnotationKind,
  AnnotationSeverity,
  AnnotationStatus,
  AnnotationTargetKind,
  Channel,
  DateRange,
  Interaction,
  IsoDate,
  JourneyState,
  JourneyStatus,
  Layer,
  LinkType,
  MeasurementFigures,
  MetricDirection,
  MetricHealth,
  MetricTrend,
  MetricUnit,
  PeriodKind,
  Phase,
} from '@cxmap/domain';

/*
 * The report model: everything a report says about a journey (or a portfolio of journeys), built
 * once by a pure function and then drawn by separate renderers (PDF, PPTX, XLSX, CSV), so every
 * format says the same thing. Renderers never compute figures; they only lay them out.
 *
 * A new section plugs in by adding its key to REPORT_SECTIONS, its data to JourneyReport, and a
 * page/slide/sheet to the renderers that show it.
 */

export const REPORT_SECTIONS = ['summary', 'emotion', 'map', 'stages', 'pains', 'handoffs', 'trends', 'comments'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_FORMATS = ['pdf', 'pptx', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  /** Sections to include, in any order; renderers always draw them in REPORT_SECTIONS order. */
  sections: ReportSection[];
  /** Metrics period range; null means the latest twelve months with data. */
  range: DateRange | null;
  /** Comments, ideas and opportunities (and replies); pain points are always included. */
  includeComments: boolean;
}

/** How many key metrics are in each health; `no_data` counts attachments without a reading. */
export type HealthCounts = Record<MetricHealth, number>;

/** Open (open or in progress) pain points by severity. */
export type SeverityCounts = Record<AnnotationSeverity, number>;

export interface ReportReading {
  period: PeriodKind;
  periodStart: IsoDate;
  score: number | null;
  sampleSize: number | null;
  smallSample: boolean;
}

export interface ReportMeasurement extends MeasurementFigures {
  period: PeriodKind;
  periodStart: IsoDate;
  dimension: string;
  source: string;
  score: number | null;
}

export interface ReportMetric {
  attachmentId: string;
  metricKey: string;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
  target: number;
  warning: number;
  isKey: boolean;
  health: MetricHealth;
  latest: ReportReading | null;
  previousScore: number | null;
  trend: MetricTrend | null;
  /** Oldest first, one point per period in the range (for sparklines and trend charts). */
  series: ReportReading[];
  /** Raw figures in the range (spreadsheet exports); oldest first. */
  measurements: ReportMeasurement[];
}

export interface ReportTouchpoint {
  id: string;
  stageId: string;
  stageName: string;
  title: string;
  description: string;
  channel: Channel;
  channelLabel: string;
  interaction: Interaction;
  layer: Layer;
  ownerTeam: string | null;
  emotion: number | null;
  /** The key metric's health, else the worst of its metrics; `no_data` without metrics. */
  health: MetricHealth;
  metrics: ReportMetric[];
  openPains: SeverityCounts;
}

export interface ReportStage {
  id: string;
  name: string;
  phase: Phase;
  order: number;
  customerGoal: string;
  description: string;
  health: HealthCounts;
  /** Mean emotion of its judged touchpoints; null when none is judged. */
  emotion: number | null;
  touchpoints: ReportTouchpoint[];
}

export interface ReportLink {
  id: string;
  type: LinkType;
  label: string | null;
  sourceId: string;
  sourceTitle: string;
  targetId: string;
  targetTitle: string;
}

export interface ReportAnnotationTarget {
  kind: AnnotationTargetKind;
  id: string;
  /** Touchpoint title, stage name or "Source → Target". */
  label: string;
  stageName: string | null;
}

export interface ReportReply {
  author: string;
  body: string;
  createdAt: string;
}

export interface ReportAnnotation {
  id: string;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  status: AnnotationStatus;
  title: string;
  body: string;
  ownerTeam: string | null;
  author: string;
  createdAt: string;
  target: ReportAnnotationTarget;
  /** Health of the metrics on the annotated touchpoint or link; `no_data` otherwise. */
  targetHealth: MetricHealth;
  evidence: { kind: string; text: string; url: string | null }[];
  replies: ReportReply[];
}

export interface ReportHandoff {
  link: ReportLink;
  sourceOwnerTeam: string | null;
  targetOwnerTeam: string | null;
  health: MetricHealth;
  metrics: ReportMetric[];
  openPains: SeverityCounts;
  /** Why it is a hot spot, in words ("Transfer rate off target", "2 open pain points"). */
  reasons: string[];
}

export interface ReportTrend {
  metricKey: string;
  name: string;
  unit: MetricUnit;
  direction: MetricDirection;
  /** Where it is measured (touchpoint title or "Source → Target"). */
  where: string;
  current: ReportReading | null;
  previousScore: number | null;
  trend: MetricTrend | null;
}

/** Geometry of the map as drawn on the canvas, in canvas pixels, for an image of it. */
export interface ReportMapLayout {
  width: number;
  height: number;
  columns: { stageId: string; name: string; x: number; width: number }[];
  lanes: { layer: Layer; y: number; height: number }[];
  nodes: { id: string; title: string; x: number; y: number; width: number; height: number; channel: Channel; health: MetricHealth }[];
  edges: { id: string; sourceId: string; targetId: string; type: LinkType }[];
}

export interface ReportSummary {
  stageCount: number;
  touchpointCount: number;
  linkCount: number;
  touchpointsByStage: { stageId: string; name: string; count: number }[];
  touchpointsByChannel: { channel: Channel; label: string; count: number }[];
  /** Customer-service (personnel) touchpoints and their share of all touchpoints (0…1). */
  personnelCount: number;
  personnelShare: number;
  /** Key metrics of all touchpoints by health. */
  health: HealthCounts;
  overallHealth: MetricHealth;
  openPains: SeverityCounts;
}

export interface JourneyReport {
  generatedAt: string;
  options: ReportOptions;
  /** The metrics range the figures cover (resolved from the options). */
  range: DateRange;
  workspace: { id: string; name: string };
  journey: {
    id: string;
    name: string;
    description: string;
    state: JourneyState;
    status: JourneyStatus;
    revision: number;
    updatedAt: string;
  };
  persona: { name: string; description: string; goals: string; frustrations: string } | null;
  summary: ReportSummary;
  stages: ReportStage[];
  links: ReportLink[];
  /** Pain points (open first), ranked by severity, then by the health of their target. */
  pains: ReportAnnotation[];
  /** Comments, ideas and opportunities; empty unless `includeComments`. */
  comments: ReportAnnotation[];
  handoffs: ReportHandoff[];
  trends: ReportTrend[];
  map: ReportMapLayout;
}

export interface PortfolioJourney {
  id: string;
  name: string;
  state: JourneyState;
  status: JourneyStatus;
  stageCount: number;
  touchpointCount: number;
  health: HealthCounts;
  overallHealth: MetricHealth;
  openPains: SeverityCounts;
  /** Share of key metrics on target now against the previous range. */
  trend: MetricTrend | null;
  updatedAt: string;
}

export interface PortfolioReport {
  generatedAt: string;
  range: DateRange;
  workspace: { id: string; name: string };
  journeys: PortfolioJourney[];
  totals: { journeys: number; touchpoints: number; health: HealthCounts; openPains: SeverityCounts };
}

/** A renderer turns a report into a file; `onProgress` receives 0…1 as pages/sheets are done. */
export type ReportRenderer<R> = (report: R, onProgress?: (fraction: number) => void) => Promise<Uint8Array>;

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};
