import { describeComputation, type MeasurementTotals, type MetricDefinition, type MetricTarget } from '@cxmap/domain';
import type { MeasurementKind, MetricDirection, MetricFamily, MetricUnit, ValuePooling } from '@cxmap/domain';

export interface DefinitionRow {
  key: string;
  name: string;
  description: string;
  family: MetricFamily;
  unit: MetricUnit;
  scale_min: number | null;
  scale_max: number | null;
  direction: MetricDirection;
  kind: MeasurementKind;
  value_pooling: ValuePooling | null;
  applies_to: MetricTarget[];
  version: number;
}

export const DEFINITION_COLUMNS = `d.key, d.name, d.description, d.family, d.unit, d.scale_min, d.scale_max, d.direction, d.kind,
  d.value_pooling, d.applies_to, d.version`;

export function toDefinition(row: DefinitionRow): MetricDefinition {
  const definition = {
    key: row.key,
    name: row.name,
    description: row.description,
    family: row.family,
    unit: row.unit,
    scale: row.scale_min === null || row.scale_max === null ? null : { min: row.scale_min, max: row.scale_max },
    direction: row.direction,
    kind: row.kind,
    valuePooling: row.value_pooling,
    appliesTo: row.applies_to,
    builtIn: false,
  };
  return { ...definition, computation: describeComputation(definition), version: row.version };
}

export interface AttachmentRow {
  id: string;
  journey_id: string;
  touchpoint_id: string | null;
  link_id: string | null;
  metric_key: string;
  kind: MeasurementKind;
  target: number;
  warning: number;
  is_key: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const ATTACHMENT_COLUMNS = `a.id, a.journey_id, a.touchpoint_id, a.link_id, a.metric_key, a.kind, a.target, a.warning, a.is_key,
  a.version, a.created_at, a.updated_at`;

/**
 * SUM of every raw column over the grouped measurement rows `m`: the input of `scoreOf`. Cast to
 * float8 so node-postgres hands back numbers (bigint and numeric come back as strings).
 */
export const TOTALS_COLUMNS = `count(*)::int AS rows,
  coalesce(sum(m.promoters), 0)::float8 AS promoters,
  coalesce(sum(m.passives), 0)::float8 AS passives,
  coalesce(sum(m.detractors), 0)::float8 AS detractors,
  coalesce(sum(m.rating_1), 0)::float8 AS rating_1,
  coalesce(sum(m.rating_2), 0)::float8 AS rating_2,
  coalesce(sum(m.rating_3), 0)::float8 AS rating_3,
  coalesce(sum(m.rating_4), 0)::float8 AS rating_4,
  coalesce(sum(m.rating_5), 0)::float8 AS rating_5,
  coalesce(sum(m.mean * m.count), 0)::float8 AS weighted_sum,
  coalesce(sum(m.count), 0)::float8 AS count,
  coalesce(sum(m.numerator), 0)::float8 AS numerator,
  coalesce(sum(m.denominator), 0)::float8 AS denominator,
  coalesce(sum(m.value), 0)::float8 AS value,
  CASE WHEN count(m.sample_size) = count(*) THEN sum(m.sample_size)::float8 END AS sample_size`;

export interface TotalsRow {
  rows: number;
  promoters: number;
  passives: number;
  detractors: number;
  rating_1: number;
  rating_2: number;
  rating_3: number;
  rating_4: number;
  rating_5: number;
  weighted_sum: number;
  count: number;
  numerator: number;
  denominator: number;
  value: number;
  sample_size: number | null;
}

export function toTotals(row: TotalsRow): MeasurementTotals {
  return {
    rows: row.rows,
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
    ratings: [row.rating_1, row.rating_2, row.rating_3, row.rating_4, row.rating_5],
    weightedSum: row.weighted_sum,
    count: row.count,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    sampleSize: row.sample_size,
  };
}
