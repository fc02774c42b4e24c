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

export interface MeasurementRowRequest extends MeasurementFigures {
  attachmentId: string;
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
