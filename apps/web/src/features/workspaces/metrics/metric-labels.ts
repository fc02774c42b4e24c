import type { MeasurementKind, MetricDirection, MetricFamily, MetricTarget, MetricUnit, ValuePooling } from '@cxmap/domain';

export const FAMILY_LABELS: Record<MetricFamily, string> = { quality: 'Quality', operational: 'Operational', financial: 'Financial' };

export const UNIT_LABELS: Record<MetricUnit, string> = {
  percent: 'Percent',
  score: 'Score',
  seconds: 'Seconds',
  currency: 'Currency',
  count: 'Count',
  ratio: 'Ratio',
};

/** How a measurement is reported: the raw figures a row carries. */
export const KIND_LABELS: Record<MeasurementKind, string> = {
  nps: 'NPS answers (promoters, passives, detractors)',
  csat: 'Ratings 1–5 (answers per rating)',
  mean: 'Mean with its count',
  ratio: 'Numerator and denominator',
  value: 'One value per row',
};

export const DIRECTION_LABELS: Record<MetricDirection, string> = { higher: 'Higher is better', lower: 'Lower is better' };

export const POOLING_LABELS: Record<ValuePooling, string> = { sum: 'Rows add up (volumes)', mean: 'Rows average (levels)' };

export const TARGET_LABELS: Record<MetricTarget, string> = { touchpoint: 'Touchpoints', link: 'Links (hand-offs)' };
