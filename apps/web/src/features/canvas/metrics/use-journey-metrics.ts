import type { MetricDefinition } from '@cxmap/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metricQueries } from '../../../api/metrics';
import { deriveBadges, NO_BADGES, type MetricBadges } from './metric-badges';

export interface JourneyMetrics {
  badges: MetricBadges;
  catalog: ReadonlyMap<string, MetricDefinition>;
}

const NO_CATALOG: ReadonlyMap<string, MetricDefinition> = new Map();

/**
 * The journey's metrics for the canvas: ONE query for every attachment of the journey (the badges
 * of all cards and links), plus the workspace catalog for names and units. `workspaceId` null
 * turns both off (a canvas without metrics, e.g. the shared view). Structural sharing keeps
 * unchanged data identical across refetches, so the badges are only derived again on a change.
 */
export function useJourneyMetrics(journeyId: string, workspaceId: string | null): JourneyMetrics {
  const attachments = useQuery({ ...metricQueries.attachments(journeyId), enabled: workspaceId !== null });
  const definitions = useQuery({ ...metricQueries.definitions(workspaceId ?? ''), enabled: workspaceId !== null });
  const catalog = useMemo(() => (definitions.data ? new Map(definitions.data.map((d) => [d.key, d])) : NO_CATALOG), [definitions.data]);
  const badges = useMemo(
    () => (attachments.data && definitions.data ? deriveBadges(attachments.data, catalog) : NO_BADGES),
    [attachments.data, definitions.data, catalog],
  );
  return { badges, catalog };
}
