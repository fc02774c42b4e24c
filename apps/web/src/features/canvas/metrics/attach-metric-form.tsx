import type { AttachMetricRequest, MetricDefinition } from '@cxmap/domain';
import { Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../api/problem';
import { ThresholdFields, thresholdErrors, type ThresholdValues } from './thresholds-form';

export interface AttachMetricFormProps {
  /** Metrics that apply to the element and are not attached to it yet. */
  available: readonly MetricDefinition[];
  element: { touchpointId: string } | { linkId: string };
  /** The first metric of an element becomes its key metric unless the user says otherwise. */
  firstMetric: boolean;
  onSubmit: (request: AttachMetricRequest) => Promise<unknown>;
  onDone: () => void;
}

const FAMILY_LABELS: Record<MetricDefinition['family'], string> = { quality: 'Quality', operational: 'Operational', financial: 'Financial' };

export function AttachMetricForm({ available, element, firstMetric, onSubmit, onDone }: AttachMetricFormProps) {
  const [metric, setMetric] = useState<string | null>(null);
  const [thresholds, setThresholds] = useState<ThresholdValues>({ target: '', warning: '' });
  const [isKey, setIsKey] = useState(firstMetric);
  const [errors, setErrors] = useState<Partial<Record<keyof ThresholdValues | 'metric', string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const definition = available.find((d) => d.key === metric);

  const groups = (Object.keys(FAMILY_LABELS) as MetricDefinition['family'][])
    .map((family) => ({
      group: FAMILY_LABELS[family],
      items: available.filter((d) => d.family === family).map((d) => ({ value: d.key, label: d.name })),
    }))
    .filter((group) => group.items.length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!definition) {
      setErrors({ metric: 'Pick a metric' });
      return;
    }
    const found = thresholdErrors(definition.direction, thresholds);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    onSubmit({ metric: definition.key, ...element, target: Number(thresholds.target), warning: Number(thresholds.warning), isKey })
      .then(onDone)
      .catch((error: unknown) => setFailure(describeError(error)))
      .finally(() => setPending(false));
  };

  return (
    <form onSubmit={submit} aria-label="Attach a metric" noValidate>
      <Stack gap="xs">
        <Select
          size="xs"
          label="Metric"
          placeholder={available.length === 0 ? 'Every metric is attached already' : 'Pick from the catalog'}
          data={groups}
          value={metric}
          onChange={setMetric}
          error={errors.metric}
          searchable
          disabled={available.length === 0}
          comboboxProps={{ withinPortal: true }}
        />
        {definition && (
          <Text size="xs" c="dimmed">
            {definition.description} {definition.direction === 'higher' ? 'Higher is better.' : 'Lower is better.'}
          </Text>
        )}
        <ThresholdFields values={thresholds} errors={errors} direction={definition?.direction ?? 'higher'} onChange={setThresholds} />
        <Switch size="xs" label="Key metric (shown on the card)" checked={isKey} onChange={(event) => setIsKey(event.currentTarget.checked)} />
        {failure && (
          <Text size="xs" c="red" role="alert">
            {failure}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button size="xs" type="submit" loading={pending}>
            Attach
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
