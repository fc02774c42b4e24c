import { isOneOf } from '@cxmap/domain';
import { NativeSelect } from '@mantine/core';

export interface ChoiceSelectProps<T extends string> {
  label: string;
  /** The choices, in the order shown. */
  values: readonly T[];
  labels: Record<T, string>;
  value: T;
  error?: string;
  onChange: (value: T) => void;
}

/** A native select over one of the domain's closed lists, labelled for people. */
export function ChoiceSelect<T extends string>({ label, values, labels, value, error, onChange }: ChoiceSelectProps<T>) {
  return (
    <NativeSelect
      label={label}
      data={values.map((choice) => ({ value: choice, label: labels[choice] }))}
      value={value}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isOneOf(values, next)) onChange(next);
      }}
    />
  );
}
