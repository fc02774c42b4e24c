import { PERIOD_KINDS, type MeasurementRowRequest, type MetricDefinition, type PeriodKind } from '@cxmap/domain';
import { Button, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { describeError } from '../../../api/problem';
import { buildMeasurementRow, figureInputs, type FigureValues } from './measurement-row';
import { currentPeriodStart, formatPeriod } from './periods';

const PERIOD_LABELS: Record<PeriodKind, string> = { day: 'Day', week: 'Week', month: 'Month' };

export interface MeasurementFormProps {
  definition: MetricDefinition;
  attachmentId: string;
  /** The period kind the metric is measured in so far (month by default). */
  defaultPeriod: PeriodKind;
  onSubmit: (row: MeasurementRowRequest) => Promise<unknown>;
  onDone: () => void;
}

/** Records one period's raw figures; the fields follow the metric's kind. Re-sending a period replaces it. */
export function MeasurementForm({ definition, attachmentId, defaultPeriod, onSubmit, onDone }: MeasurementFormProps) {
  const [period, setPeriod] = useState<PeriodKind>(defaultPeriod);
  const [periodStart, setPeriodStart] = useState(() => currentPeriodStart(defaultPeriod, new Date()));
  const [values, setValues] = useState<FigureValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputs = figureInputs(definition);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildMeasurementRow(definition, attachmentId, period, periodStart, values);
    setFailure(null);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    setPending(true);
    onSubmit(built.row)
      .then(onDone)
      .catch((error: unknown) => {
        const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
        const mapped = Object.fromEntries(fieldErrors.map((e) => [e.path.replace(/^rows\.\d+\./, ''), e.message]));
        setErrors(mapped);
        setFailure(describeError(error));
      })
      .finally(() => setPending(false));
  };

  return (
    <form onSubmit={submit} aria-label={`Add a measurement of ${definition.name}`} noValidate>
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <SegmentedControl
            size="xs"
            style={{ flex: 'none' }}
            aria-label="Period"
            value={period}
            data={PERIOD_KINDS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
            onChange={(next) => {
              const kind = PERIOD_KINDS.find((p) => p === next) ?? 'month';
              setPeriod(kind);
              setPeriodStart(currentPeriodStart(kind, new Date()));
            }}
          />
          <TextInput
            size="xs"
            type="date"
            label="Period start"
            value={periodStart}
            error={errors['periodStart']}
            onChange={(event) => setPeriodStart(event.currentTarget.value)}
            style={{ flex: 1, minWidth: 0 }}
          />
        </Group>
        <SimpleGrid cols={definition.kind === 'csat' ? 5 : inputs.length >= 3 ? 3 : 2} spacing={6} verticalSpacing={6}>
          {inputs.map((input) => (
            <NumberInput
              key={input.name}
              size="xs"
              label={input.label}
              value={values[input.name] ?? ''}
              error={errors[input.name]}
              min={0}
              allowNegative={false}
              allowDecimal={!input.integer}
              hideControls
              onChange={(value) => setValues((previous) => ({ ...previous, [input.name]: value }))}
            />
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {definition.computation} A measurement for {formatPeriod(periodStart, period)} replaces the one stored for it.
        </Text>
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
            Save measurement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
