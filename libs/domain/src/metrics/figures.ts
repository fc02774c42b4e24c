import type { FieldError } from '../api-types';
import { isShareRatio, type MeasurementKind, type MetricDefinition } from './definitions';

/** Ratings on the CSAT scale: `ratings[0]` counts the 1s, … `ratings[4]` the 5s. */
export const CSAT_RATINGS = 5;

/** Largest count accepted in one row (keeps sums far inside float precision). */
export const FIGURE_COUNT_MAX = 1_000_000_000;
/** Largest mean, numerator, denominator or value accepted in one row. */
export const FIGURE_VALUE_MAX = 1e15;

/**
 * The raw figures of one measurement, as sent and as stored; which fields a row carries depends on
 * its metric's kind (FIGURE_FIELDS).
 */
export interface MeasurementFigures {
  promoters?: number;
  passives?: number;
  detractors?: number;
  ratings?: number[];
  mean?: number;
  count?: number;
  numerator?: number;
  denominator?: number;
  value?: number;
  /** Only where the figures do not already say it: plain ratios and values. */
  sampleSize?: number;
}

export type FigureField = keyof MeasurementFigures;

export const FIGURE_FIELDS: Record<MeasurementKind, readonly FigureField[]> = {
  nps: ['promoters', 'passives', 'detractors'],
  csat: ['ratings'],
  mean: ['mean', 'count'],
  ratio: ['numerator', 'denominator'],
  value: ['value'],
};

const ALL_FIELDS: readonly FigureField[] = [
  'promoters',
  'passives',
  'detractors',
  'ratings',
  'mean',
  'count',
  'numerator',
  'denominator',
  'value',
  'sampleSize',
];

/** Whether the row may state its own sample size (when the figures cannot tell it). */
export function takesSampleSize(definition: Pick<MetricDefinition, 'kind' | 'unit'>): boolean {
  return definition.kind === 'value' || (definition.kind === 'ratio' && !isShareRatio(definition));
}

type Definition = Pick<MetricDefinition, 'key' | 'kind' | 'unit' | 'scale'>;

/**
 * Checks a row's figures against its metric: exactly the fields of its kind, counts as
 * non-negative integers, something to compute from (at least one answer, a positive denominator),
 * shares no larger than their whole, means inside the scale. Paths are field names; the caller
 * prefixes them (`rows.3.promoters`).
 */
export function checkFigures(definition: Definition, figures: MeasurementFigures): FieldError[] {
  const errors: FieldError[] = [];
  const allowed = new Set<FigureField>([...FIGURE_FIELDS[definition.kind], ...(takesSampleSize(definition) ? ['sampleSize' as const] : [])]);
  for (const field of ALL_FIELDS) {
    const present = figures[field] !== undefined && figures[field] !== null;
    if (present && !allowed.has(field)) {
      errors.push({ path: field, message: `not used by ${definition.key} (a ${definition.kind} metric)` });
    } else if (!present && FIGURE_FIELDS[definition.kind].includes(field)) {
      errors.push({ path: field, message: `required for ${definition.key} (a ${definition.kind} metric)` });
    }
  }
  if (errors.length > 0) return errors;

  const count = (field: FigureField, value: unknown): void => {
    if (!isCount(value)) errors.push({ path: field, message: `must be an integer from 0 to ${FIGURE_COUNT_MAX}` });
  };
  const amount = (field: FigureField, value: unknown): void => {
    if (!isAmount(value)) errors.push({ path: field, message: `must be a number from 0 to ${FIGURE_VALUE_MAX}` });
  };
  if (figures.sampleSize !== undefined) count('sampleSize', figures.sampleSize);

  switch (definition.kind) {
    case 'nps': {
      count('promoters', figures.promoters);
      count('passives', figures.passives);
      count('detractors', figures.detractors);
      if (errors.length === 0 && (figures.promoters ?? 0) + (figures.passives ?? 0) + (figures.detractors ?? 0) === 0) {
        errors.push({ path: 'promoters', message: 'at least one respondent is needed' });
      }
      break;
    }
    case 'csat': {
      const ratings = figures.ratings;
      if (!Array.isArray(ratings) || ratings.length !== CSAT_RATINGS) {
        errors.push({ path: 'ratings', message: `must hold ${CSAT_RATINGS} counts, for ratings 1 to 5` });
        break;
      }
      ratings.forEach((value, index) => {
        if (!isCount(value)) errors.push({ path: `ratings.${index}`, message: `must be an integer from 0 to ${FIGURE_COUNT_MAX}` });
      });
      if (errors.length === 0 && ratings.every((value) => value === 0)) {
        errors.push({ path: 'ratings', message: 'at least one answer is needed' });
      }
      break;
    }
    case 'mean': {
      amount('mean', figures.mean);
      count('count', figures.count);
      if (figures.count === 0) errors.push({ path: 'count', message: 'must be at least 1' });
      const { scale } = definition;
      if (scale && isAmount(figures.mean) && (figures.mean < scale.min || figures.mean > scale.max)) {
        errors.push({ path: 'mean', message: `must lie on the scale ${scale.min} to ${scale.max}` });
      }
      break;
    }
    case 'ratio': {
      const share = isShareRatio(definition);
      (share ? count : amount)('numerator', figures.numerator);
      (share ? count : amount)('denominator', figures.denominator);
      if (figures.denominator === 0) errors.push({ path: 'denominator', message: 'must be greater than 0' });
      if (share && errors.length === 0 && (figures.numerator ?? 0) > (figures.denominator ?? 0)) {
        errors.push({ path: 'numerator', message: 'a share cannot exceed its denominator' });
      }
      break;
    }
    case 'value':
      amount('value', figures.value);
      break;
  }
  return errors;
}

/** The number of observations behind a row: answers, respondents, the denominator of a share, or what the row says. */
export function sampleSizeOf(definition: Pick<MetricDefinition, 'kind' | 'unit'>, figures: MeasurementFigures): number | null {
  switch (definition.kind) {
    case 'nps':
      return (figures.promoters ?? 0) + (figures.passives ?? 0) + (figures.detractors ?? 0);
    case 'csat':
      return (figures.ratings ?? []).reduce((sum, value) => sum + value, 0);
    case 'mean':
      return figures.count ?? 0;
    case 'ratio':
      return isShareRatio(definition) ? (figures.denominator ?? 0) : (figures.sampleSize ?? null);
    case 'value':
      return figures.sampleSize ?? null;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= FIGURE_COUNT_MAX;
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= FIGURE_VALUE_MAX;
}
