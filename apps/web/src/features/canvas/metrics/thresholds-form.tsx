import { thresholdsAreOrdered, type MetricDirection } from '@cxmap/domain';
import { Group, NumberInput } from '@mantine/core';

export interface ThresholdValues {
  target: number | string;
  warning: number | string;
}

/** Why the thresholds cannot be saved, per field; empty when they can. */
export function thresholdErrors(direction: MetricDirection, values: ThresholdValues): Partial<Record<keyof ThresholdValues, string>> {
  const errors: Partial<Record<keyof ThresholdValues, string>> = {};
  if (values.target === '' || !Number.isFinite(Number(values.target))) errors.target = 'Required';
  if (values.warning === '' || !Number.isFinite(Number(values.warning))) errors.warning = 'Required';
  if (!errors.target && !errors.warning && !thresholdsAreOrdered(direction, { target: Number(values.target), warning: Number(values.warning) })) {
    errors.warning = direction === 'higher' ? 'Must not be above the target (higher is better)' : 'Must not be below the target (lower is better)';
  }
  return errors;
}

export interface ThresholdFieldsProps {
  values: ThresholdValues;
  errors: Partial<Record<keyof ThresholdValues, string>>;
  direction: MetricDirection;
  onChange: (values: ThresholdValues) => void;
}

export function ThresholdFields({ values, errors, direction, onChange }: ThresholdFieldsProps) {
  return (
    <Group grow align="flex-start" gap="xs">
      <NumberInput
        size="xs"
        label="Target"
        description={direction === 'higher' ? 'At or above: on target' : 'At or below: on target'}
        value={values.target}
        error={errors.target}
        onChange={(target) => onChange({ ...values, target })}
        decimalScale={2}
      />
      <NumberInput
        size="xs"
        label="Warning"
        description={direction === 'higher' ? 'Below it: off target' : 'Above it: off target'}
        value={values.warning}
        error={errors.warning}
        onChange={(warning) => onChange({ ...values, warning })}
        decimalScale={2}
      />
    </Group>
  );
}
