import { Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface CommitTextFieldProps {
  label: string;
  value: string;
  /** Called with the new text after a pause in typing or when the field loses focus. */
  onCommit: (value: string) => void;
  multiline?: boolean;
  maxLength?: number;
  /** A required field reverts to its saved value when left empty. */
  required?: boolean;
  placeholder?: string;
  delayMs?: number;
  /** Shown, never editable (a read-only canvas). */
  disabled?: boolean;
}

/**
 * A text field that saves on blur or after a short pause, never per keystroke. While the user
 * types, the local draft is shown; otherwise the saved value (which undo or a reload may change).
 */
export function CommitTextField(props: CommitTextFieldProps) {
  const { label, value, onCommit, multiline, maxLength, required, placeholder, delayMs = 800, disabled } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = useRef(value);
  saved.current = value;

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (text: string): void => {
    clearTimeout(timer.current);
    const next = required ? text.trim() : text;
    if (required && next === '') return;
    if (next !== saved.current) onCommit(next);
  };

  const onChange = (text: string): void => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(text), delayMs);
  };

  const onBlur = (): void => {
    if (draft !== null) commit(draft);
    setDraft(null);
  };

  const shared = {
    label,
    value: draft ?? value,
    maxLength,
    // Not passed as `required`: Mantine's asterisk would become part of the label text, and an
    // empty value is never saved anyway.
    'aria-required': required,
    placeholder,
    disabled,
    onBlur,
    error: required && draft !== null && draft.trim() === '' ? `${label} cannot be empty` : undefined,
  };
  return multiline ? (
    <Textarea {...shared} autosize minRows={2} maxRows={8} onChange={(event) => onChange(event.currentTarget.value)} />
  ) : (
    <TextInput {...shared} onChange={(event) => onChange(event.currentTarget.value)} />
  );
}
