import { ApiError } from './client';

export interface FormErrors<F extends string> {
  /** Messages for the fields the form shows, keyed by field name. */
  fields: Partial<Record<F, string>>;
  /** A message for the whole form, or null when every problem sits on a field. */
  form: string | null;
}

const UNREACHABLE = 'The server cannot be reached. Check your connection and try again.';
const UNEXPECTED = 'Something went wrong. Please try again.';
const SERVER_FAILED = 'The server ran into a problem. Please try again in a moment.';

/**
 * Turns a failed request into messages a form can show: validation errors whose path starts with
 * one of `fields` land on that field (first message wins), everything else becomes a form message.
 */
export function problemToFormErrors<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  if (!(error instanceof ApiError)) return { fields: {}, form: UNEXPECTED };
  if (error.status === 0) return { fields: {}, form: UNREACHABLE };
  const result: FormErrors<F> = { fields: {}, form: null };
  const leftovers: string[] = [];
  for (const item of error.problem.errors ?? []) {
    const field = fields.find((name) => item.path === name || item.path.startsWith(`${name}.`));
    if (field === undefined) leftovers.push(item.message);
    else result.fields[field] ??= item.message;
  }
  if (leftovers.length > 0) result.form = leftovers.join(' ');
  else if (Object.keys(result.fields).length === 0) result.form = describeProblem(error);
  return result;
}

/** The one message of a one-field form (an inline rename): the field's own, else the form's. */
export function problemToFieldMessage(error: unknown, field: string): string {
  const mapped = problemToFormErrors(error, [field]);
  return mapped.fields[field] ?? mapped.form ?? UNEXPECTED;
}

/** A one-line message for a failed request, for notifications and error states. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return UNEXPECTED;
  if (error.status === 0) return UNREACHABLE;
  return describeProblem(error);
}

function describeProblem(error: ApiError): string {
  if (error.status >= 500) return SERVER_FAILED;
  return error.problem.detail ?? error.problem.title;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
