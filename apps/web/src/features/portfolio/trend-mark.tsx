import type { MetricTrend } from '@cxmap/domain';
import { Group, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react';
import { TREND_LABELS } from '../canvas/metrics/metric-format';

const TREND_LOOK: Record<MetricTrend, { color: string; icon: typeof IconArrowUpRight }> = {
  improving: { color: 'green.8', icon: IconArrowUpRight },
  steady: { color: 'gray.7', icon: IconArrowRight },
  worsening: { color: 'red.8', icon: IconArrowDownRight },
};

/** The trend of the share of key metrics on target, as an arrow and a word (never colour alone). */
export function TrendMark({ trend }: { trend: MetricTrend | null }) {
  if (trend === null) {
    return (
      <Group gap={4} wrap="nowrap" c="dimmed">
        <IconMinus size={16} aria-hidden />
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          No trend
        </Text>
      </Group>
    );
  }
  const { color, icon: Icon } = TREND_LOOK[trend];
  return (
    <Group gap={4} wrap="nowrap" c={color}>
      <Icon size={18} aria-hidden />
      <Text size="sm" c={color} fw={500} style={{ whiteSpace: 'nowrap' }}>
        {TREND_LABELS[trend]}
      </Text>
    </Group>
  );
}
