import { LIMITS } from '@cxmap/domain';
import { Textarea } from '@mantine/core';

export interface DescriptionInputProps {
  value: string;
  error?: string;
  /** A line under the label, e.g. what the description is for. */
  hint?: string;
  onChange: (value: string) => void;
}

/** The free-text description of a form (a journey, a metric): a few growing lines, at most the domain's length. */
export function DescriptionInput({ value, error, hint, onChange }: DescriptionInputProps) {
  return (
    <Textarea
      label="Description"
      description={hint}
      autosize
      minRows={2}
      maxRows={5}
      maxLength={LIMITS.descriptionMax}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
