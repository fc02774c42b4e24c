import {
  checkFigures,
  CSAT_RATINGS,
  FIGURE_FIELDS,
  periodStartProblem,
  takesSampleSize,
  type MeasurementFigures,
  type MeasurementRowRequest,
  type MetricDefinition,
  type PeriodKind,
} from '@cxmap/domain';

type Definition = Pick<MetricDefinition, 'key' | 'kind' | 'unit' | 'scale'>;

export interface FigureInput {
  /** `promoters`, `ratings.2`, `sampleSize`… — also the path the API names in its errors (after `rows.0.`). */
  name: string;
  label: string;
  integer: boolean;
  required: boolean;
}

const LABELS: Record<string, string> = {
  promoters: 'Promoters (9–10)',
  passives: 'Passives (7–8)',
  detractors: 'Detractors (0–6)',
  mean: 'Mean',
  count: 'Observations',
  numerator: 'Numerator',
  denominator: 'Denominator',
  value: 'Value',
  sampleSize: 'Sample size (optional)',
};

/** The inputs a measurement of this metric takes, following its kind. */
export function figureInputs(definition: Definition): FigureInput[] {
  const share = definition.kind === 'ratio' && definition.unit === 'percent';
  const inputs: FigureInput[] = FIGURE_FIELDS[definition.kind].flatMap((field): FigureInput[] => {
    if (field === 'ratings') {
      return Array.from({ length: CSAT_RATINGS }, (_, i) => ({ name: `ratings.${i}`, label: `${i + 1} ★`, integer: true, required: true }));
    }
    const integer = field === 'promoters' || field === 'passives' || field === 'detractors' || field === 'count' || (share && (field === 'numerator' || field === 'denominator'));
    return [{ name: field, label: LABELS[field] ?? field, integer, required: true }];
  });
  if (takesSampleSize(definition)) inputs.push({ name: 'sampleSize', label: LABELS['sampleSize'] ?? 'Sample size', integer: true, required: false });
  return inputs;
}

export type FigureValues = Readonly<Record<string, number | string>>;

export type BuiltRow = { ok: true; row: MeasurementRowRequest } | { ok: false; errors: Record<string, string> };

function numberOf(value: number | string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * The measurement row the form sends, or the errors to show beside its fields: the same checks the
 * API runs (checkFigures, periodStartProblem), so most mistakes never leave the browser.
 */
export function buildMeasurementRow(
  definition: Definition,
  attachmentId: string,
  period: PeriodKind,
  periodStart: string,
  values: FigureValues,
): BuiltRow {
  const errors: Record<string, string> = {};
  const figures: MeasurementFigures = {};
  for (const input of figureInputs(definition)) {
    const n = numberOf(values[input.name]);
    if (n === undefined) {
      if (input.required) errors[input.name] = 'Required';
      continue;
    }
    if (Number.isNaN(n)) {
      errors[input.name] = 'Must be a number';
      continue;
    }
    if (input.name.startsWith('ratings.')) {
      figures.ratings ??= Array.from({ length: CSAT_RATINGS }, () => 0);
      figures.ratings[Number(input.name.slice('ratings.'.length))] = n;
    } else {
      Object.assign(figures, { [input.name]: n });
    }
  }
  const problem = periodStartProblem(period, periodStart);
  if (problem) errors['periodStart'] = problem;
  if (Object.keys(errors).length === 0) {
    for (const error of checkFigures(definition, figures)) {
      // `ratings` as a whole (e.g. "at least one answer") shows under the first rating.
      const path = error.path === 'ratings' ? 'ratings.0' : error.path;
      errors[path] ??= capitalise(error.message);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, row: { attachmentId, period, periodStart, source: 'manual', ...figures } };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
