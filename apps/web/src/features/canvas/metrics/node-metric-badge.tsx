import { Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { memo } from 'react';
import { useTouchpointBadge } from './canvas-metrics-store';
import type { MetricBadge } from './metric-badges';
import { HEALTH_LABELS } from './metric-format';
import classes from './metrics.module.css';
import { formatPeriod } from './periods';

/** The key metric on a touchpoint card; renders nothing for a touchpoint without metrics. */
function NodeMetricBadgeComponent({ touchpointId }: { touchpointId: string }) {
  const badge = useTouchpointBadge(touchpointId);
  if (!badge) return null;
  return (
    <Tooltip label={<BadgeTooltip badge={badge} />} openDelay={250} withArrow multiline w={220}>
      <span
        className={classes.badge}
        data-health={badge.health}
        data-testid="metric-badge"
        aria-label={`${badge.label} ${badge.value ?? 'no data'}, ${HEALTH_LABELS[badge.health].toLowerCase()}`}
      >
        <span className={classes.badgeDot} aria-hidden />
        <span className={classes.badgeLabel}>{badge.label}</span>
        <span className={classes.badgeValue}>{badge.value ?? '—'}</span>
        {badge.smallSample && <IconAlertTriangle size={10} stroke={2.2} aria-hidden />}
      </span>
    </Tooltip>
  );
}

function BadgeTooltip({ badge }: { badge: MetricBadge }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700}>
        {badge.label} {badge.value ?? '—'} · {HEALTH_LABELS[badge.health]}
      </Text>
      <Text size="xs">
        Target {badge.target} · warning {badge.warning}
      </Text>
      {badge.periodStart && (
        <Text size="xs">
          {formatPeriod(badge.periodStart)} · n = {badge.sampleSize ?? 'unknown'}
        </Text>
      )}
      {badge.smallSample && <Text size="xs">Small sample (n &lt; 30): read with care</Text>}
      {badge.metricCount > 1 && <Text size="xs">+{badge.metricCount - 1} more in the Metrics tab</Text>}
    </Stack>
  );
}

export const NodeMetricBadge = memo(NodeMetricBadgeComponent);
