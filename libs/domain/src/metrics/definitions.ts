/**
 * Metric catalog vocabulary. A metric definition says what a number means (family, unit, scale,
 * direction) and which raw figures a measurement of it carries (its measurement kind); the score
 * is always computed from those raw figures, never sent.
 */

export const METRIC_FAMILIES = ['quality', 'operational', 'financial'] as const;
export type MetricFamily = (typeof METRIC_FAMILIES)[number];

export const METRIC_UNITS = ['percent', 'score', 'seconds', 'currency', 'count', 'ratio'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
/** Whether a higher or a lower score is better. */
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

/**
 * The raw shape of a measurement:
 * - `nps`: promoter / passive / detractor counts (0–10 question: 9–10, 7–8, 0–6);
 * - `csat`: counts of answers per rating on a 1–5 scale;
 * - `mean`: a mean and the number of observations behind it (CES, handle time, ratings, CLV);
 * - `ratio`: numerator and denominator (FCR, churn, repeat purchase, transfer rate, cost/revenue);
 * - `value`: one figure per row (volumes, staffing), pooled by sum or mean as the metric says.
 */
export const MEASUREMENT_KINDS = ['nps', 'csat', 'mean', 'ratio', 'value'] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

/** How rows of a `value` metric pool: volumes add up, levels (e.g. staffing) average per row. */
export const VALUE_POOLINGS = ['sum', 'mean'] as const;
export type ValuePooling = (typeof VALUE_POOLINGS)[number];

/** What a metric can be attached to: a touchpoint, or a link between two (hand-off analytics). */
export const METRIC_TARGETS = ['touchpoint', 'link'] as const;
export type MetricTarget = (typeof METRIC_TARGETS)[number];

export interface MetricScale {
  min: number;
  max: number;
}

export interface MetricDefinition {
  /** Stable identifier, e.g. `nps`; custom keys are unique within their workspace. */
  key: string;
  name: string;
  description: string;
  family: MetricFamily;
  unit: MetricUnit;
  /** The range the score lives in (and, for `mean` metrics, each reported mean), or null when open-ended. */
  scale: MetricScale | null;
  direction: MetricDirection;
  kind: MeasurementKind;
  /** Only for `value` metrics; null otherwise. */
  valuePooling: ValuePooling | null;
  appliesTo: readonly MetricTarget[];
  /** How the score is computed from the raw figures, in words. */
  computation: string;
  builtIn: boolean;
  /**
   * Of a custom metric's row: raised by every rename, sent back with the next one (a stale one is a
   * 409). Built-in metrics never change and are always at 1.
   */
  version: number;
}

/** What a definition says about its numbers, without what is derived (computation) or who made it: as stored, exported or audited. */
export type MetricDefinitionFields = Omit<MetricDefinition, 'computation' | 'builtIn' | 'version' | 'appliesTo'> & { appliesTo: MetricTarget[] };

export function definitionFields(definition: Omit<MetricDefinition, 'computation' | 'builtIn' | 'version'>): MetricDefinitionFields {
  return {
    key: definition.key,
    name: definition.name,
    description: definition.description,
    family: definition.family,
    unit: definition.unit,
    scale: definition.scale,
    direction: definition.direction,
    kind: definition.kind,
    valuePooling: definition.valuePooling,
    appliesTo: [...definition.appliesTo],
  };
}

/** Custom metric keys: lower-case snake case, like the built-in ones. */
export const METRIC_KEY_PATTERN = /^[a-z][a-z0-9_]{1,47}$/;
export const METRIC_KEY_MAX = 48;

/** A sample below this many observations is flagged as too small to trust. */
export const SMALL_SAMPLE_THRESHOLD = 30;

/** Ratios in percent are shares of the denominator (numerator ≤ denominator); unit `ratio` is a plain quotient. */
export function isShareRatio(definition: Pick<MetricDefinition, 'kind' | 'unit'>): boolean {
  return definition.kind === 'ratio' && definition.unit === 'percent';
}

/** The sentence shown as "how it is computed" for a custom metric, from its kind and unit. */
export function describeComputation(definition: Pick<MetricDefinition, 'kind' | 'unit' | 'valuePooling'>): string {
  switch (definition.kind) {
    case 'nps':
      return '% promoters − % detractors, from summed counts (−100 … 100).';
    case 'csat':
      return 'Share of answers rated 4 or 5 on a 1–5 scale, from summed counts per rating.';
    case 'mean':
      return 'Mean weighted by the number of observations behind each reported mean.';
    case 'ratio':
      return definition.unit === 'percent'
        ? 'Summed numerators ÷ summed denominators × 100.'
        : 'Summed numerators ÷ summed denominators.';
    case 'value':
      return definition.valuePooling === 'mean' ? 'Average of the reported values.' : 'Sum of the reported values.';
  }
}
