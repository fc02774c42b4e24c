import { Injectable } from '@nestjs/common';
import { groupBy, previousRange, type MetricDefinition } from '@cxmap/domain';
import { buildPortfolioReport, emptySeverityCounts, type PortfolioKeyMetricInput, type PortfolioReport } from '@cxmap/reports';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { MetricCatalogService } from '../metrics/metric-catalog.service';
import { toTotals } from '../metrics/metric-rows';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { PortfolioQueryDto } from './dto/portfolio-query.dto';
import { portfolioRange } from './portfolio-range';
import { PortfolioRepository, type KeyMetricPeriodRow } from './portfolio.repository';

/**
 * The executive portfolio of a workspace: every journey with its touchpoint count, key-metric
 * health, open pain points and trend. Five queries whatever the number of journeys (workspace,
 * journeys with counts, open pains, key-metric periods, custom metric definitions), read in one
 * snapshot; the figures come from the pure `buildPortfolioReport`.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly catalog: MetricCatalogService,
    private readonly portfolio: PortfolioRepository,
  ) {}

  async get(actor: Actor, workspaceId: string, query: PortfolioQueryDto): Promise<PortfolioReport> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:read');
    return this.report(workspaceId, query, new Date());
  }

  /** The portfolio of a workspace whose access the caller has checked (the route, or an export job). */
  async report(workspaceId: string, query: { from?: string; to?: string }, now: Date): Promise<PortfolioReport> {
    const range = portfolioRange(query, now);
    const previous = previousRange(range);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const name = await this.portfolio.workspaceName(manager, workspaceId);
      if (name === null) throw new AppError('WORKSPACE_NOT_FOUND');
      const journeys = await this.portfolio.journeys(manager, workspaceId);
      const pains = await this.portfolio.openPains(manager, workspaceId);
      const periods = await this.portfolio.keyMetricPeriods(manager, workspaceId, range, previous);
      const definitions = await this.catalog.resolve(workspaceId, [...new Set(periods.map((row) => row.metric_key))], manager);

      const painsOf = new Map<string, ReturnType<typeof emptySeverityCounts>>();
      for (const row of pains) {
        const counts = painsOf.get(row.journey_id) ?? emptySeverityCounts();
        counts[row.severity] += row.n;
        painsOf.set(row.journey_id, counts);
      }
      const metricsOf = keyMetricsByJourney(periods, definitions);
      return buildPortfolioReport(
        {
          workspace: { id: workspaceId, name },
          journeys: journeys.map((row) => ({
            id: row.id,
            name: row.name,
            state: row.state,
            status: row.status,
            stageCount: row.stage_count,
            touchpointCount: row.touchpoint_count,
            updatedAt: row.updated_at.toISOString(),
            openPains: painsOf.get(row.id) ?? emptySeverityCounts(),
            keyMetrics: metricsOf.get(row.id) ?? [],
          })),
        },
        range,
        now,
      );
    });
  }
}

/** One input per key attachment, its current and previous figures merged from their two rows. */
function keyMetricsByJourney(rows: readonly KeyMetricPeriodRow[], definitions: Map<string, MetricDefinition>): Map<string, PortfolioKeyMetricInput[]> {
  const byAttachment = new Map<string, { journeyId: string; input: PortfolioKeyMetricInput }>();
  for (const row of rows) {
    const definition = definitions.get(row.metric_key);
    // A custom metric deleted meanwhile has no definition: nothing to score it by.
    if (!definition) continue;
    const entry = byAttachment.get(row.attachment_id) ?? {
      journeyId: row.journey_id,
      input: { attachmentId: row.attachment_id, definition, target: row.target, warning: row.warning, current: null, previous: null },
    };
    if (row.current !== null) entry.input[row.current ? 'current' : 'previous'] = toTotals(row);
    byAttachment.set(row.attachment_id, entry);
  }
  return groupBy(byAttachment.values(), (entry) => entry.journeyId, (entry) => entry.input);
}
