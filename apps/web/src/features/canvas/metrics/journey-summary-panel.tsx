import type { AnnotationSeverity, StageDto, TouchpointDto } from '@cxmap/domain';
import { Badge, CloseButton, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { NO_PAIN, SEVERITY_HEX, SEVERITY_LABELS, type PainMarkers } from '../annotations/pain-marker';
import { openPainBySeverity, stageHealthStrip, worstTouchpoints } from './journey-summary';
import type { MetricBadge } from './metric-badges';
import { HEALTH_COLORS, HEALTH_HEX, HEALTH_LABELS } from './metric-format';
import classes from './metrics.module.css';

export interface JourneySummaryPanelProps {
  stages: readonly StageDto[];
  touchpoints: readonly TouchpointDto[];
  badges: ReadonlyMap<string, MetricBadge>;
  /** Unresolved pain points per touchpoint, stage and link. */
  pain?: PainMarkers;
  /** Highlights the touchpoints with an open pain point of this severity or worse. */
  onHighlightPain?: (severity: AnnotationSeverity) => void;
  onSelectTouchpoint: (id: string) => void;
  onClose: () => void;
  /** Journey-level actions under the title (e.g. Import measurements). */
  actions?: ReactNode;
}

const WORST_COUNT = 5;

/** Journey-level health: a strip of stages coloured by their key metrics, and the touchpoints furthest off target. */
export function JourneySummaryPanel({ stages, touchpoints, badges, pain = NO_PAIN, onHighlightPain, onSelectTouchpoint, onClose, actions }: JourneySummaryPanelProps) {
  const pains = useMemo(() => openPainBySeverity(pain), [pain]);
  const openPains = pains.reduce((sum, entry) => sum + entry.count, 0);
  const strip = useMemo(() => stageHealthStrip(stages, touchpoints, badges), [stages, touchpoints, badges]);
  const worst = useMemo(() => worstTouchpoints(touchpoints, stages, badges, WORST_COUNT), [touchpoints, stages, badges]);
  const measured = [...badges.values()].filter((b) => b.health !== 'no_data').length;

  return (
    <section className={classes.summary} aria-label="Journey summary">
      <Stack gap="sm" p="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm">
            Journey health
          </Text>
          <CloseButton size="sm" aria-label="Close summary" onClick={onClose} />
        </Group>
        <Text size="xs" c="dimmed">
          From each touchpoint’s key metric, latest period: {measured} of {touchpoints.length} touchpoints measured.
        </Text>
        {actions}
        <Stack gap={3} role="list" aria-label="Stage health">
          {strip.map((stage) => {
            const parts = (['off_target', 'at_risk', 'on_target', 'no_data'] as const)
              .filter((h) => stage.counts[h] > 0)
              .map((h) => `${stage.counts[h]} ${HEALTH_LABELS[h].toLowerCase()}`);
            const detail = parts.length > 0 ? parts.join(', ') : 'no key metric';
            return (
              <div
                key={stage.stageId}
                className={classes.stripRow}
                role="listitem"
                aria-label={`${stage.name}: ${HEALTH_LABELS[stage.health]} (${detail})`}
                style={{ ['--health' as string]: stage.health === 'no_data' ? undefined : HEALTH_HEX[stage.health] }}
              >
                <Text size="xs" fw={600} truncate="end" style={{ flex: 1, minWidth: 0 }}>
                  {stage.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                  {detail}
                </Text>
              </div>
            );
          })}
        </Stack>
        <Text fw={650} size="xs" tt="uppercase" c="dimmed" mt={4}>
          Open pain points
        </Text>
        {openPains === 0 ? (
          <Text size="sm" c="dimmed">
            No open pain points.
          </Text>
        ) : (
          <Group gap={6} role="list" aria-label="Open pain points by severity">
            {pains.map(({ severity, count }) => (
              <Tooltip key={severity} label={`Highlight touchpoints with a ${severity} pain point${severity === 'critical' ? '' : ' or worse'}`} openDelay={300}>
                <UnstyledButton
                  role="listitem"
                  className={classes.painCount}
                  style={{ ['--pain' as string]: SEVERITY_HEX[severity] }}
                  data-empty={count === 0 || undefined}
                  disabled={count === 0 || !onHighlightPain}
                  aria-label={`${count} ${severity}: highlight`}
                  onClick={() => onHighlightPain?.(severity)}
                >
                  <span className={classes.painCountValue}>{count}</span>
                  <span>{SEVERITY_LABELS[severity]}</span>
                </UnstyledButton>
              </Tooltip>
            ))}
          </Group>
        )}
        <Text fw={650} size="xs" tt="uppercase" c="dimmed" mt={4}>
          Furthest from target
        </Text>
        {worst.length === 0 ? (
          <Text size="sm" c="dimmed">
            {measured === 0 ? 'No key metric has data yet.' : 'Every measured touchpoint is on target.'}
          </Text>
        ) : (
          <Stack gap={0} role="list" aria-label="Touchpoints furthest from target">
            {worst.map(({ touchpoint, stageName, badge }) => (
              <button key={touchpoint.id} type="button" role="listitem" className={classes.worstRow} onClick={() => onSelectTouchpoint(touchpoint.id)}>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate="end">
                    {touchpoint.title}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {stageName} · {badge.label} target {badge.target}
                  </Text>
                </div>
                <Badge variant="light" color={HEALTH_COLORS[badge.health]} style={{ flex: 'none' }}>
                  {badge.value}
                </Badge>
              </button>
            ))}
          </Stack>
        )}
      </Stack>
    </section>
  );
}
