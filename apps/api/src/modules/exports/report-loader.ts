import { Injectable } from '@nestjs/common';
import { measurementWindow, resolveReportRange, type JourneyReportInput, type ReportOptions } from '@cxmap/reports';
import { DataSource } from 'typeorm';
import { AppError } from '../../core/errors/app-error';
import { JourneysService } from '../journeys/journeys.service';
import { MetricCatalogService } from '../metrics/metric-catalog.service';
import { MetricsRepository } from '../metrics/metrics.repository';
import { ReportSourceRepository } from './report-source.repository';

/**
 * Reads everything a journey report is built from (a handful of queries, whatever the journey's
 * size) as plain data that can cross into the worker thread. Checks nothing: the caller has.
 */
@Injectable()
export class ReportLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly journeys: JourneysService,
    private readonly catalog: MetricCatalogService,
    private readonly metrics: MetricsRepository,
    private readonly source: ReportSourceRepository,
  ) {}

  async load(workspaceId: string, journeyId: string, options: ReportOptions, now: Date): Promise<JourneyReportInput> {
    const read = await this.journeys.loadGraph({ workspaceId, journeyId });
    if (read.notModified) throw new AppError('INTERNAL', { detail: 'a graph read without If-None-Match answered "not modified"' });
    const { journey, persona, stages, touchpoints, links } = read.graph;
    const range = resolveReportRange(options.range, await this.source.latestPeriodStart(workspaceId, journeyId), now);
    const window = measurementWindow(range);
    const [workspaceName, attachments, measurements, annotations] = await Promise.all([
      this.source.workspaceName(workspaceId),
      this.metrics.listAttachments(this.dataSource.manager, workspaceId, journeyId),
      this.source.measurements(workspaceId, journeyId, window.from, window.to),
      this.source.annotations(workspaceId, journeyId),
    ]);
    const definitions = await this.catalog.resolve(workspaceId, attachments.map((a) => a.metric_key));
    return {
      workspace: { id: workspaceId, name: workspaceName },
      journey: {
        id: journey.id,
        name: journey.name,
        description: journey.description,
        state: journey.state,
        status: journey.status,
        revision: journey.revision,
        updatedAt: journey.updatedAt,
      },
      persona,
      stages,
      touchpoints,
      links,
      metrics: attachments.flatMap((a) => {
        const definition = definitions.get(a.metric_key);
        if (!definition) return [];
        return [
          {
            attachment: { id: a.id, touchpointId: a.touchpoint_id, linkId: a.link_id, target: a.target, warning: a.warning, isKey: a.is_key },
            definition,
            measurements: measurements.get(a.id) ?? [],
          },
        ];
      }),
      annotations,
    };
  }
}
