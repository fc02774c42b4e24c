import type { MeasurementKind, MetricDefinition, MetricDirection, MetricFamily, MetricScale, MetricTarget, MetricUnit, ValuePooling } from './definitions';
import type { MeasurementFigures } from './figures';
import type { MetricHealth, MetricTrend } from './health';
import type { DateRange, IsoDate, PeriodKind } from './periods';

/* HTTP contract of the metrics routes (shared by the API and the web app). */

export const MEASUREMENT_SOURCES = ['manual', 'csv', 'api'] as const;
export type MeasurementSource = (typeof MEASUREMENT_SOURCES)[number];

/** `service` splits customer service (personnel touchpoints) from the rest of the experience. */
export const ROLLUP_DIMENSIONS = ['stage', 'channel', 'owner_team', 'interaction_type', 'service', 'journey'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

export const METRIC_LIMITS = {
  /** Largest measurement batch; a bigger one is answered 413. */
  measurementsPerBatchMax: 1000,
  /** Largest measurement CSV (characters); its data lines are bounded by measurementsPerBatchMax. */
  measurementCsvMax: 1_000_000,
  dimensionMax: 100,
  /** Longest date range a rollup or a measurement list covers. */
  rangeDaysMax: 3660,
  customMetricsPerWorkspaceMax: 200,
  /** Largest absolute target or warning threshold. */
  thresholdMax: 1e12,
} as const;

export type MetricDefinitionDto = MetricDefinition;

export interface CreateMetricDefinitionRequest {
  key: string;
  name: string;
  description?: string;
  family: MetricFamily;
  unit: MetricUnit;
  scale: MetricScale | null;
  direction: MetricDirection;
  kind: MeasurementKind;
  /** Required for `value` metrics, absent otherwise. */
  valuePooling?: ValuePooling;
  appliesTo: MetricTarget[];
}

/**
 * What may change in a custom metric: the words people read and its family. Key, kind, unit,
 * scale, direction, pooling and targets fix how stored raw figures become scores and how targets
 * read, so they never change (make a new metric instead).
 */
export interface UpdateMetricDefinitionRequest {
  /** The version read; a stale one is answered 409 VERSION_CONFLICT and nothing changes. */
  version: number;
  name?: string;
  description?: string;
  family?: MetricFamily;
}

/** Exactly one of touchpointId and linkId. */
export interface AttachMetricRequest {
  metric: string;
  touchpointId?: string;
  linkId?: string;
  target: number;
  warning: number;
  isKey?: boolean;
}

export interface UpdateMetricAttachmentRequest {
  /** The version you read; a stale one is answered 409 and nothing changes. */
  version: number;
  target?: number;
  warning?: number;
  isKey?: boolean;
}

/** The score of one period with its sample size, and how it moved against the period before. */
export interface MetricReading {
  period: PeriodKind;
  periodStart: IsoDate;
  score: number | null;
  sampleSize: number | null;
  smallSample: boolean;
  previousScore: number | null;
  trend: MetricTrend | null;
}

export interface MetricAttachmentDto {
  id: string;
  journeyId: string;
  metric: string;
  touchpointId: string | null;
  linkId: string | null;
  target: number;
  warning: number;
  /** Shown as the badge on the canvas node. */
  isKey: boolean;
  version: number;
  /** Of the latest period with data; `no_data` without one. */
  health: MetricHealth;
  latest: MetricReading | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * The target is named one of three ways: `attachmentId`; or `touchpoint` (its title, unique in the
 * journey) with `metric`; or `link` (`Source title -> Target title`) with `metric`.
 */
export interface MeasurementRowRequest extends MeasurementFigures {
  attachmentId?: string;
  touchpoint?: string;
  link?: string;
  /** The metric key (`csat`); required with `touchpoint` or `link`, checked against the attachment otherwise. */
  metric?: string;
  period: PeriodKind;
  periodStart: IsoDate;
  /** A disjoint slice of the attachment's figures (e.g. `region=north`); '' for the whole. */
  dimension?: string;
  source?: MeasurementSource;
}

export interface MeasurementBatchRequest {
  rows: MeasurementRowRequest[];
}

export interface MeasurementBatchResponse {
  inserted: number;
  updated: number;
}

/** `POST /journeys/:id/measurements/csv`: the CSV file as text (UTF-8; a BOM is ignored). */
export interface MeasurementCsvRequest {
  csv: string;
}

/** One data line of a measurement CSV as the server read it. */
export interface MeasurementCsvLineDto {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  status: 'ok' | 'error';
  /** `field` is the CSV column (`period_start`, `rating_3`…), or `line` for the whole line. */
  errors: { field: string; message: string }[];
  /** The touchpoint's title or `Source -> Target`, once resolved. */
  target: string | null;
  on: MetricTarget | null;
  attachmentId: string | null;
  metric: string | null;
  period: string;
  periodStart: string;
  dimension: string;
  score: number | null;
  sampleSize: number | null;
  smallSample: boolean;
  /** Whether the line replaces a stored measurement (same target, metric, period, dimension). */
  replaces: boolean;
}

export interface MeasurementCsvResponse {
  dryRun: boolean;
  lines: MeasurementCsvLineDto[];
  /** Problems of the file itself (no header, a missing column…). */
  fileErrors: string[];
  /** Lines ready, and lines with errors. */
  ok: number;
  failed: number;
  /** Done (or, in a dry run, what applying would do). */
  inserted: number;
  updated: number;
}

export interface MeasurementDto extends Omit<MeasurementFigures, 'sampleSize'> {
  id: string;
  attachmentId: string;
  period: PeriodKind;
  periodStart: IsoDate;
  dimension: string;
  source: MeasurementSource;
  score: number | null;
  sampleSize: number | null;
  smallSample: boolean;
  updatedAt: string;
}

export interface RollupGroupDto {
  /** Stage id, channel, owner team, interaction type, `service`/`experience`, or journey id; null for "no owner team". */
  key: string | null;
  label: string;
  score: number | null;
  sampleSize: number | null;
  smallSample: boolean;
  /** Measurement rows pooled. */
  rows: number;
  previousScore: number | null;
  previousSampleSize: number | null;
  trend: MetricTrend | null;
}

export interface MetricRollupDto {
  metric: string;
  by: RollupDimension;
  period: PeriodKind;
  range: DateRange;
  previousRange: DateRange;
  total: RollupGroupDto;
  groups: RollupGroupDto[];
}
