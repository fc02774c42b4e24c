import { useState, type ChangeEvent } from 'react';
import { problemToFormErrors, type FormErrors } from './problem';

export type FieldMessages<F extends string> = FormErrors<F>['fields'];

export interface ProblemFormOptions<F extends string> {
  /** Fields the form has no input for: their server message is shown above the form instead. */
  aboveForm?: readonly F[];
}

export interface ProblemForm<F extends string> {
  /** The message under each field, if any. */
  errors: FieldMessages<F>;
  /** The message above the form, or null. */
  formError: string | null;
  /** Shows what the form's own checks found and clears the form message; true when nothing was found. */
  check: (found: FieldMessages<F>) => boolean;
  /** Forgets a field's message, as the user edits it. */
  clearError: (field: F) => void;
  /** Shows a failed request: validation messages under their fields, everything else above the form. */
  showProblem: (error: unknown) => void;
  setFormError: (message: string | null) => void;
  /** A text input's props for `field`: its value, its message, and a change that sets the value and forgets the message. */
  textField: (field: F, value: string, setValue: (value: string) => void) => TextFieldProps;
}

export interface TextFieldProps {
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/** The error state every form keeps: its own checks, then the API's problem, in the same two places. */
export function useProblemForm<F extends string>(fields: readonly F[], options: ProblemFormOptions<F> = {}): ProblemForm<F> {
  const [errors, setErrors] = useState<FieldMessages<F>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    errors,
    formError,
    check: (found) => {
      setErrors(found);
      setFormError(null);
      return !Object.values(found).some(Boolean);
    },
    clearError: (field) => setErrors((current) => ({ ...current, [field]: undefined })),
    showProblem: (error) => {
      const mapped = problemToFormErrors(error, fields);
      setErrors(mapped.fields);
      const above = options.aboveForm?.map((field) => mapped.fields[field]).find((message) => message !== undefined);
      setFormError(above ?? mapped.form);
    },
    setFormError,
    textField: (field, value, setValue) => ({
      value,
      error: errors[field],
      onChange: (event) => {
        setValue(event.currentTarget.value);
        setErrors((current) => ({ ...current, [field]: undefined }));
      },
    }),
  };
}
