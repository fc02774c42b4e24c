import { Injectable } from '@nestjs/common';
import {
  CHANNEL_INFO,
  INTERACTION_LABELS,
  isOneOf,
  isSmallSample,
  previousRange,
  scoreOf,
  trendOf,
  CHANNELS,
  INTERACTIONS,
  type MetricDefinition,
  type MetricRollupDto,
  type RollupDimension,
  type RollupGroupDto,
} from '@cxmap/domain';
import { ReadReplica } from '../../database/read-replica';
import type { Actor } from '../../core/auth/actor';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { checkRange } from './dates';
import type { RollupQueryDto } from './dto/metric-requests.dto';
import { MeasurementsRepository, type RollupRow } from './measurements.repository';
import { MetricCatalogService } from './metric-catalog.service';
import { toTotals } from './metric-rows';

/**
 * A metric pooled over the journey's attachments by stage, channel, owner team, interaction type,
 * service vs experience, or the whole journey, for a date range and the range before it. The raw
 * figures are summed in SQL; the score comes from the sums (NPS from summed buckets, CSAT from
 * summed ratings, means weighted by their counts, ratios from summed parts).
 */
@Injectable()
export class MetricRollupsService {
  constructor(
    /** Rollups are the heaviest reads: on the read replica when there is one (figures may trail by its lag). */
    private readonly readReplica: ReadReplica,
    private readonly access: WorkspaceAccessService,
    private readonly catalog: MetricCatalogService,
    private readonly measurements: MeasurementsRepository,
  ) {}

  async forJourney(actor: Actor, journeyId: string, query: RollupQueryDto): Promise<MetricRollupDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    return this.rollup(scope.workspaceId, journeyId, query);
  }

  /** The same over every journey of the workspace (by=journey compares journeys). */
  async forWorkspace(actor: Actor, workspaceId: string, query: RollupQueryDto): Promise<MetricRollupDto> {
    const scope = await this.access.forWorkspace(actor, workspaceId, 'journey:read');
    return this.rollup(scope.workspaceId, null, query);
  }

  private async rollup(workspaceId: string, journeyId: string | null, query: RollupQueryDto): Promise<MetricRollupDto> {
    const range = checkRange(query.from, query.to);
    const previous = previousRange(range);
    const period = query.period ?? 'month';
    const definition = await this.catalog.resolveOne(workspaceId, query.metric);
    const rows = await this.readReplica.read((source) =>
      this.measurements.rollup(source.manager, {
      workspaceId,
      journeyId,
      metricKey: definition.key,
      by: query.by,
      period,
      from: range.from,
      to: range.to,
      previousFrom: previous.from,
      dimension: query.dimension ?? null,
    }),
    );
    const totals = rows.filter((row) => row.is_total);
    const groups = new Map<string | null, { current?: RollupRow; previous?: RollupRow }>();
    for (const row of rows.filter((r) => !r.is_total)) {
      const entry = groups.get(row.group_key) ?? {};
      entry[row.current ? 'current' : 'previous'] = row;
      groups.set(row.group_key, entry);
    }
    const grouped = [...groups.entries()]
      // A group seen only in the previous range has no score now: it is not listed (the total still counts it before).
      .filter(([, entry]) => entry.current !== undefined)
      .map(([key, entry]) => ({ sort: entry.current?.sort_order ?? null, dto: toGroup(definition, query.by, key, entry) }))
      .sort((a, b) => (a.sort ?? 0) - (b.sort ?? 0) || a.dto.label.localeCompare(b.dto.label))
      .map((g) => g.dto);
    return {
      metric: definition.key,
      by: query.by,
      period,
      range,
      previousRange: previous,
      total: toGroup(definition, query.by, null, {
        current: totals.find((row) => row.current),
        previous: totals.find((row) => !row.current),
      }, 'All'),
      groups: grouped,
    };
  }
}

function toGroup(
  definition: MetricDefinition,
  by: RollupDimension,
  key: string | null,
  entry: { current?: RollupRow; previous?: RollupRow },
  label?: string,
): RollupGroupDto {
  const current = entry.current ? toTotals(entry.current) : null;
  const previous = entry.previous ? toTotals(entry.previous) : null;
  const score = current ? scoreOf(definition, current) : null;
  const previousScore = previous ? scoreOf(definition, previous) : null;
  return {
    key,
    label: label ?? groupLabel(by, key, entry.current?.group_label ?? null),
    score,
    sampleSize: current?.sampleSize ?? null,
    smallSample: isSmallSample(current?.sampleSize ?? null),
    rows: current?.rows ?? 0,
    previousScore,
    previousSampleSize: previous?.sampleSize ?? null,
    trend: trendOf(definition.direction, score, previousScore),
  };
}

function groupLabel(by: RollupDimension, key: string | null, stored: string | null): string {
  switch (by) {
    case 'stage':
    case 'journey':
      return stored ?? '';
    case 'channel':
      return isOneOf(CHANNELS, key) ? CHANNEL_INFO[key].label : (key ?? '');
    case 'interaction_type':
      return isOneOf(INTERACTIONS, key) ? INTERACTION_LABELS[key] : (key ?? '');
    case 'owner_team':
      return key ?? 'No owner team';
    case 'service':
      return key === 'service' ? 'Customer service' : 'Rest of the experience';
  }
}
