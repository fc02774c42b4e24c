import { Injectable } from '@nestjs/common';
import { toJourneyDocument, toMermaidJourney, type JourneySnapshot } from '@cxmap/journey-format';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AnnotationsRepository } from '../annotations/annotations.repository';
import { JourneyContentService } from '../canvas/journey-content.service';
import { toPersonaDto } from '../journeys/journey-rows';
import { JourneysRepository } from '../journeys/journeys.repository';
import { MeasurementsRepository } from '../metrics/measurements.repository';
import { MetricCatalogService } from '../metrics/metric-catalog.service';
import { MetricsRepository } from '../metrics/metrics.repository';
import { WorkspaceAccessService, type JourneyScope } from '../workspaces/workspace-access.service';
import { documentText } from './document-text';
import { downloadSlug, toDocumentAnnotation, toDocumentDefinition, toDocumentMeasurement, toDocumentMetric } from './snapshot-rows';

export interface Download<T> {
  fileName: string;
  body: T;
}

/**
 * A journey in the open formats: the CXMap journey document (everything it holds) and Mermaid
 * `journey` text (stages and touchpoints). Both read one consistent snapshot (REPEATABLE READ).
 */
@Injectable()
export class JourneyExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly journeys: JourneysRepository,
    private readonly content: JourneyContentService,
    private readonly metrics: MetricsRepository,
    private readonly measurements: MeasurementsRepository,
    private readonly catalog: MetricCatalogService,
    private readonly annotations: AnnotationsRepository,
  ) {}

  /** The document's file: refused (DOCUMENT_TOO_LARGE) when the import could not take it back. */
  async document(actor: Actor, journeyId: string): Promise<Download<string>> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', (manager) => this.snapshot(manager, scope, true));
    return { fileName: `${downloadSlug(snapshot.journey.name)}.cxmap.json`, body: documentText(toJourneyDocument(snapshot, new Date())) };
  }

  async mermaid(actor: Actor, journeyId: string): Promise<Download<string>> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', (manager) => this.snapshot(manager, scope, false));
    const text = toMermaidJourney({ name: snapshot.journey.name, description: snapshot.journey.description, ...snapshot.graph });
    return { fileName: `${downloadSlug(snapshot.journey.name)}.mmd`, body: text };
  }

  /** The journey row, its graph and (`full`) its review dates, metrics and annotations: eight queries at most. */
  private async snapshot(manager: EntityManager, scope: JourneyScope, full: boolean): Promise<JourneySnapshot> {
    const row = await this.journeys.findWithPersona(manager, scope.workspaceId, scope.journeyId);
    if (!row) throw new AppError('JOURNEY_NOT_FOUND');
    const persona = toPersonaDto(row);
    const base: JourneySnapshot = {
      journey: { name: row.name, description: row.description, state: row.state, status: row.status },
      persona: persona && { name: persona.name, description: persona.description, goals: persona.goals, frustrations: persona.frustrations },
      graph: await this.content.load(manager, scope),
      reviewBy: {},
      customDefinitions: [],
      metrics: [],
      annotations: [],
    };
    if (!full) return base;

    const { workspaceId, journeyId } = scope;
    const dates = await this.annotations.reviewDates(manager, workspaceId, journeyId);
    const attachments = await this.metrics.listAttachments(manager, workspaceId, journeyId);
    const definitions = await this.catalog.resolve(
      workspaceId,
      attachments.map((attachment) => attachment.metric_key),
      manager,
    );
    const rowsByAttachment = groupBy(await this.measurements.listForJourney(manager, workspaceId, journeyId), (m) => m.attachment_id);
    const annotationRows = await this.annotations.listForJourney(manager, workspaceId, journeyId);
    const repliesByAnnotation = groupBy(await this.annotations.listRepliesForJourney(manager, workspaceId, journeyId), (r) => r.annotation_id);

    return {
      ...base,
      reviewBy: Object.fromEntries(dates.map((date) => [date.id, date.review_by])),
      customDefinitions: [...definitions.values()].filter((definition) => !definition.builtIn).map(toDocumentDefinition),
      metrics: attachments.map((attachment) => {
        const definition = definitions.get(attachment.metric_key);
        if (!definition) throw new Error(`attached metric ${attachment.metric_key} has no definition`);
        return toDocumentMetric(
          attachment,
          (rowsByAttachment.get(attachment.id) ?? []).map((measurement) => toDocumentMeasurement(definition, measurement)),
        );
      }),
      annotations: annotationRows.map((annotation) => toDocumentAnnotation(annotation, repliesByAnnotation.get(annotation.id) ?? [])),
    };
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
