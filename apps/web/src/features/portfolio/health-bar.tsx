import { METRIC_HEALTHS, type MetricHealth } from '@cxmap/domain';
import type { HealthCounts } from '@cxmap/reports';
import { Group, Progress, Text, Tooltip } from '@mantine/core';
import { HEALTH_COLORS, HEALTH_LABELS } from '../canvas/metrics/metric-format';

/** "2 on target, 1 at risk, 0 off target, 1 without data": what the bar says, for screen readers and tooltips. */
export function describeHealth(counts: HealthCounts): string {
  const total = METRIC_HEALTHS.reduce((sum, health) => sum + counts[health], 0);
  if (total === 0) return 'No key metrics';
  return METRIC_HEALTHS.filter((health) => counts[health] > 0)
    .map((health) => `${counts[health]} ${health === 'no_data' ? 'without data' : HEALTH_LABELS[health].toLowerCase()}`)
    .join(', ');
}

/** Key metrics by health as one stacked bar (on target, at risk, off target, no data), with "x of y on target". */
export function HealthBar({ counts }: { counts: HealthCounts }) {
  const total = METRIC_HEALTHS.reduce((sum, health) => sum + counts[health], 0);
  const label = describeHealth(counts);
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        No key metrics
      </Text>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap" miw={180}>
      <Tooltip label={label} openDelay={200}>
        <Progress.Root size={12} radius="xl" w={120} aria-label={`Key metrics: ${label}`} role="img">
          {METRIC_HEALTHS.filter((health) => counts[health] > 0).map((health: MetricHealth) => (
            <Progress.Section key={health} value={(counts[health] / total) * 100} color={HEALTH_COLORS[health]} aria-hidden />
          ))}
        </Progress.Root>
      </Tooltip>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {counts.on_target} of {total} on target
      </Text>
    </Group>
  );
}
