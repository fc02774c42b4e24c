import type { MeasurementRowRequest, MetricAttachmentDto, MetricDefinition, MetricTrend } from '@cxmap/domain';
import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconArrowDownRight, IconArrowRight, IconArrowUpRight, IconDots, IconPlus, IconStar, IconStarFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { metricQueries } from '../../../api/metrics';
import { HEALTH_COLORS, HEALTH_LABELS, TREND_LABELS, formatScore } from './metric-format';
import { periodSeries, rawFigures } from './metric-series';
import { MeasurementForm } from './measurement-form';
import { formatPeriod, windowStart } from './periods';
import { Sparkline } from './sparkline';
import { ThresholdFields, thresholdErrors, type ThresholdValues } from './thresholds-form';
import type { useMetricMutations } from './use-metric-mutations';

/** How many periods the sparkline covers. */
const SPARK_PERIODS = 12;

const TREND_COLORS: Record<MetricTrend, string> = { improving: 'green', steady: 'gray', worsening: 'red' };

export interface MetricCardProps {
  journeyId: string;
  attachment: MetricAttachmentDto;
  definition: MetricDefinition;
  readOnly: boolean;
  mutations: ReturnType<typeof useMetricMutations>;
}

type Mode = 'view' | 'measure' | 'thresholds';

/** One attached metric: latest value against its thresholds, trend, the last periods, raw figures, and its editing actions. */
export function MetricCard({ journeyId, attachment, definition, readOnly, mutations }: MetricCardProps) {
  const [mode, setMode] = useState<Mode>('view');
  const latest = attachment.latest;
  const range = latest ? { from: windowStart(latest.period, latest.periodStart, SPARK_PERIODS), to: latest.periodStart } : null;
  const measurements = useQuery({
    ...metricQueries.measurements(journeyId, attachment.id, range ?? {}),
    enabled: range !== null,
  });
  const series = latest && measurements.data ? periodSeries(definition, measurements.data, latest.period) : [];
  const latestPoint = series.find((p) => p.periodStart === latest?.periodStart);
  const format = (value: number): string => formatScore(definition, value);

  const confirmDetach = () =>
    modals.openConfirmModal({
      title: `Detach ${definition.name}?`,
      children: <Text size="sm">Its target and every measurement recorded for it here are deleted. This cannot be undone.</Text>,
      labels: { confirm: 'Detach', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => mutations.detach.mutate(attachment),
    });

  return (
    <Paper withBorder radius="md" p="sm" data-testid="metric-card" aria-label={definition.name} component="section">
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {attachment.isKey && (
            <Tooltip label="Key metric: shown on the card">
              <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label="Key metric" style={{ marginTop: 2, flex: 'none' }} />
            </Tooltip>
          )}
          <Text size="sm" fw={650} style={{ flex: 1, minWidth: 0 }} lineClamp={2}>
            {definition.name}
          </Text>
          <Badge size="sm" variant="light" color={HEALTH_COLORS[attachment.health]} style={{ flex: 'none' }}>
            {HEALTH_LABELS[attachment.health]}
          </Badge>
          {!readOnly && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`More actions for ${definition.name}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => setMode('thresholds')}>Edit target and warning</Menu.Item>
                <Menu.Item
                  leftSection={attachment.isKey ? <IconStar size={14} /> : <IconStarFilled size={14} />}
                  onClick={() => mutations.update.mutate({ attachment, patch: { isKey: !attachment.isKey } })}
                >
                  {attachment.isKey ? 'Not the key metric' : 'Make it the key metric'}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" onClick={confirmDetach}>
                  Detach…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>

        <Group gap="sm" wrap="nowrap" justify="space-between" align="center">
          <div>
            <Group gap={4} wrap="nowrap" align="baseline">
              <Text fz={22} fw={700} lh={1.1} c={attachment.health === 'no_data' ? 'dimmed' : HEALTH_COLORS[attachment.health]} data-testid="metric-value">
                {latest?.score === null || latest?.score === undefined ? '—' : format(latest.score)}
              </Text>
              {latest?.trend && latest.score !== null && latest.previousScore !== null && (
                <Tooltip label={`${TREND_LABELS[latest.trend]}: ${format(latest.previousScore)} the period before`}>
                  <Text size="xs" c={TREND_COLORS[latest.trend]} component="span" style={{ display: 'inline-flex', alignItems: 'center' }}>
                    <TrendArrow current={latest.score} previous={latest.previousScore} />
                    <VisuallyHidden>{TREND_LABELS[latest.trend]}</VisuallyHidden>
                  </Text>
                </Tooltip>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              Target {format(attachment.target)} · warning {format(attachment.warning)}
            </Text>
          </div>
          {series.length > 0 && (
            <Sparkline
              values={series.map((p) => p.score)}
              target={attachment.target}
              health={attachment.health}
              label={`${definition.name} over the last ${series.length} periods`}
            />
          )}
        </Group>

        {latest ? (
          <Text size="xs" c="dimmed">
            {formatPeriod(latest.periodStart, latest.period)} · n = {latest.sampleSize ?? 'unknown'}
            {latest.smallSample && (
              <Text span size="xs" c="yellow.8" ml={4}>
                <IconAlertTriangle size={11} style={{ verticalAlign: -1 }} aria-hidden /> small sample
              </Text>
            )}
            {latestPoint && (
              <>
                <br />
                <Text span size="xs" c="gray.7" ff="monospace" data-testid="metric-raw">
                  {rawFigures(definition, latestPoint.totals)}
                </Text>
              </>
            )}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            No measurement yet.
          </Text>
        )}

        {mode === 'measure' && (
          <MeasurementForm
            definition={definition}
            attachmentId={attachment.id}
            defaultPeriod={latest?.period ?? 'month'}
            onSubmit={(row: MeasurementRowRequest) => mutations.record.mutateAsync(row)}
            onDone={() => setMode('view')}
          />
        )}
        {mode === 'thresholds' && <ThresholdsEditor attachment={attachment} definition={definition} mutations={mutations} onDone={() => setMode('view')} />}
        {mode === 'view' && !readOnly && (
          <Group gap="xs">
            <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} onClick={() => setMode('measure')}>
              Add measurement
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function TrendArrow({ current, previous }: { current: number; previous: number }) {
  if (current > previous) return <IconArrowUpRight size={16} aria-hidden />;
  if (current < previous) return <IconArrowDownRight size={16} aria-hidden />;
  return <IconArrowRight size={16} aria-hidden />;
}

interface ThresholdsEditorProps {
  attachment: MetricAttachmentDto;
  definition: MetricDefinition;
  mutations: ReturnType<typeof useMetricMutations>;
  onDone: () => void;
}

function ThresholdsEditor({ attachment, definition, mutations, onDone }: ThresholdsEditorProps) {
  const [values, setValues] = useState<ThresholdValues>({ target: attachment.target, warning: attachment.warning });
  const [errors, setErrors] = useState<Partial<Record<keyof ThresholdValues, string>>>({});
  const save = () => {
    const found = thresholdErrors(definition.direction, values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    mutations.update.mutate(
      { attachment, patch: { target: Number(values.target), warning: Number(values.warning) } },
      { onSettled: onDone },
    );
  };
  return (
    <Stack gap="xs" role="form" aria-label={`Target and warning of ${definition.name}`}>
      <ThresholdFields values={values} errors={errors} direction={definition.direction} onChange={setValues} />
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button size="xs" onClick={save} loading={mutations.update.isPending}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}
