import { isShareRatio, type MetricDefinition } from './definitions';
import { CSAT_RATINGS, sampleSizeOf, type MeasurementFigures } from './figures';

/**
 * Raw figures summed over any set of rows. Pooling adds raw figures and computes the score once
 * from the sums, so an NPS over two channels comes from their summed buckets (never the mean of
 * two NPS values) and a mean is weighted by its observations. The SQL rollups produce exactly this
 * shape with SUM() over the stored columns; `scoreOf` is the one formula for both.
 */
export interface MeasurementTotals {
  rows: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Answers per rating, 1 to 5. */
  ratings: number[];
  /** Σ mean × count, for `mean` metrics. */
  weightedSum: number;
  count: number;
  numerator: number;
  denominator: number;
  /** Σ value, for `value` metrics. */
  value: number;
  /** Σ sample sizes, or null when a row had none. */
  sampleSize: number | null;
}

export function emptyTotals(): MeasurementTotals {
  return {
    rows: 0,
    promoters: 0,
    passives: 0,
    detractors: 0,
    ratings: Array.from({ length: CSAT_RATINGS }, () => 0),
    weightedSum: 0,
    count: 0,
    numerator: 0,
    denominator: 0,
    value: 0,
    sampleSize: 0,
  };
}

type Definition = Pick<MetricDefinition, 'kind' | 'unit' | 'valuePooling'>;

/** Adds one row's figures to running totals (pure: returns new totals). */
export function addFigures(definition: Definition, totals: MeasurementTotals, figures: MeasurementFigures): MeasurementTotals {
  const n = sampleSizeOf(definition, figures);
  return {
    rows: totals.rows + 1,
    promoters: totals.promoters + (figures.promoters ?? 0),
    passives: totals.passives + (figures.passives ?? 0),
    detractors: totals.detractors + (figures.detractors ?? 0),
    ratings: totals.ratings.map((value, index) => value + (figures.ratings?.[index] ?? 0)),
    weightedSum: totals.weightedSum + (figures.mean ?? 0) * (figures.count ?? 0),
    count: totals.count + (figures.count ?? 0),
    numerator: totals.numerator + (figures.numerator ?? 0),
    denominator: totals.denominator + (figures.denominator ?? 0),
    value: totals.value + (figures.value ?? 0),
    sampleSize: totals.sampleSize === null || n === null ? null : totals.sampleSize + n,
  };
}

export function poolFigures(definition: Definition, rows: readonly MeasurementFigures[]): MeasurementTotals {
  return rows.reduce((totals, figures) => addFigures(definition, totals, figures), emptyTotals());
}

/**
 * The score of pooled figures, or null when there is nothing to compute from:
 * - nps: (promoters − detractors) ÷ respondents × 100;
 * - csat: (4s + 5s) ÷ answers × 100;
 * - mean: Σ mean × count ÷ Σ count;
 * - ratio: Σ numerator ÷ Σ denominator (× 100 for a percentage);
 * - value: Σ value, or Σ value ÷ rows for a metric pooled by mean.
 */
export function scoreOf(definition: Definition, totals: MeasurementTotals): number | null {
  if (totals.rows === 0) return null;
  switch (definition.kind) {
    case 'nps': {
      const respondents = totals.promoters + totals.passives + totals.detractors;
      return respondents === 0 ? null : ((totals.promoters - totals.detractors) / respondents) * 100;
    }
    case 'csat': {
      const answers = totals.ratings.reduce((sum, value) => sum + value, 0);
      const satisfied = (totals.ratings[3] ?? 0) + (totals.ratings[4] ?? 0);
      return answers === 0 ? null : (satisfied / answers) * 100;
    }
    case 'mean':
      return totals.count === 0 ? null : totals.weightedSum / totals.count;
    case 'ratio':
      if (totals.denominator === 0) return null;
      return (totals.numerator / totals.denominator) * (isShareRatio(definition) ? 100 : 1);
    case 'value':
      return definition.valuePooling === 'mean' ? totals.value / totals.rows : totals.value;
  }
}
