import {
  LIMITS,
  METRIC_KEY_PATTERN,
  type CreateMetricDefinitionRequest,
  type MeasurementKind,
  type MetricDirection,
  type MetricFamily,
  type MetricTarget,
  type MetricUnit,
  type ValuePooling,
} from '@cxmap/domain';

/** What the create form holds: numbers as typed, so a half-typed scale is not lost. */
export interface MetricDraft {
  key: string;
  name: string;
  description: string;
  family: MetricFamily;
  unit: MetricUnit;
  kind: MeasurementKind;
  direction: MetricDirection;
  valuePooling: ValuePooling;
  scaleMin: string;
  scaleMax: string;
  appliesTo: MetricTarget[];
}

export const EMPTY_DRAFT: MetricDraft = {
  key: '',
  name: '',
  description: '',
  family: 'quality',
  unit: 'score',
  kind: 'mean',
  direction: 'higher',
  valuePooling: 'sum',
  scaleMin: '',
  scaleMax: '',
  appliesTo: ['touchpoint'],
};

export type DraftField = 'key' | 'name' | 'description' | 'scale.min' | 'scale.max' | 'appliesTo' | 'valuePooling';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** "Callbacks kept" → "callbacks_kept": a key proposal from the name, within the key pattern. */
export function keyFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 48)
    .replace(/_+$/, '');
  return slug.length >= 2 ? slug : '';
}

function parseNumber(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The request the draft makes, or the errors that keep it from being sent (the same rules as the API's). */
export function draftToRequest(draft: MetricDraft): { request: CreateMetricDefinitionRequest } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!METRIC_KEY_PATTERN.test(draft.key)) errors.key = 'A lower-case letter, then 1–47 letters, digits or _';
  const name = draft.name.trim();
  if (name === '') errors.name = 'Name the metric';
  else if (name.length > LIMITS.nameMax) errors.name = `At most ${LIMITS.nameMax} characters`;
  if (draft.description.length > LIMITS.descriptionMax) errors.description = `At most ${LIMITS.descriptionMax} characters`;
  if (draft.appliesTo.length === 0) errors.appliesTo = 'Choose touchpoints, links or both';
  const min = parseNumber(draft.scaleMin);
  const max = parseNumber(draft.scaleMax);
  if (min === undefined) errors['scale.min'] = 'A number';
  if (max === undefined) errors['scale.max'] = 'A number';
  if ((min === null) !== (max === null) && min !== undefined && max !== undefined) {
    errors[min === null ? 'scale.min' : 'scale.max'] = 'Give both ends of the scale, or neither';
  }
  if (typeof min === 'number' && typeof max === 'number' && min >= max) errors['scale.max'] = 'Greater than the minimum';
  if (draft.kind === 'mean' && typeof min === 'number' && min < 0) errors['scale.min'] = 'A mean’s scale starts at 0 or above';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      key: draft.key,
      name,
      description: draft.description,
      family: draft.family,
      unit: draft.unit,
      kind: draft.kind,
      direction: draft.direction,
      scale: typeof min === 'number' && typeof max === 'number' ? { min, max } : null,
      ...(draft.kind === 'value' ? { valuePooling: draft.valuePooling } : {}),
      appliesTo: draft.appliesTo,
    },
  };
}
