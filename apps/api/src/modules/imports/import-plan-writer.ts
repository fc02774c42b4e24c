import { Injectable } from '@nestjs/common';
import {
  definitionFields,
  METRIC_LIMITS,
  type FieldError,
  type ImportWarningDto,
  type JourneyDto,
  type JourneyImportFormat,
  type MeasurementRowRequest,
  type MetricDefinition,
} from '@cxmap/domain';
import type { DocumentMetricDefinition, JourneyImportPlan, PlannedAnnotation } from '@cxmap/journey-format';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AnnotationsService } from '../annotations/annotations.service';
import { RepliesService } from '../annotations/replies.service';
import { ReviewRepository } from '../annotations/review.repository';
import { auditActorOf } from '../audit/audit-actor';
import { JourneysRepository } from '../journeys/journeys.repository';
import { JourneysService } from '../journeys/journeys.service';
import { MeasurementsService } from '../metrics/measurements.service';
import { MetricAttachmentsService } from '../metrics/metric-attachments.service';
import { MetricCatalogService } from '../metrics/metric-catalog.service';
import type { JourneyScope, WorkspaceScope } from '../workspaces/workspace-access.service';

/**
 * Writes an import plan inside the caller's transaction, through the same services as the routes:
 * the journey and its graph through the canvas's write path (`JourneysService.createWithin`, one
 * `journey.imported` audit event), then review-by dates, custom metric definitions (created, or
 * the workspace's own reused when they mean the same), metric attachments and their measurements,
 * annotations and their replies — each with the checks of its route. Anything refused throws, and
 * the caller's transaction writes nothing.
 */
@Injectable()
export class ImportPlanWriter {
  constructor(
    private readonly journeys: JourneysService,
    private readonly journeyRows: JourneysRepository,
    private readonly catalog: MetricCatalogService,
    private readonly attachments: MetricAttachmentsService,
    private readonly measurements: MeasurementsService,
    private readonly annotations: AnnotationsService,
    private readonly replies: RepliesService,
    private readonly review: ReviewRepository,
  ) {}

  async write(
    manager: EntityManager,
    actor: Actor,
    workspace: WorkspaceScope,
    plan: JourneyImportPlan,
    origin: { format: JourneyImportFormat; name?: string },
  ): Promise<{ journey: JourneyDto; warnings: ImportWarningDto[] }> {
    const { workspaceId } = workspace;
    const warnings: ImportWarningDto[] = [];
    const personaId = plan.persona ? await this.journeyRows.insertPersona(manager, workspaceId, plan.persona) : null;
    const measurementCount = plan.metrics.reduce((sum, metric) => sum + metric.measurements.length, 0);
    const journey = await this.journeys.createWithin(
      manager,
      workspaceId,
      { name: origin.name ?? plan.journey.name, description: plan.journey.description, personaId, state: plan.journey.state, status: plan.journey.status },
      plan.ops,
      {
        actor: auditActorOf(actor),
        importedFrom: origin.format,
        brought: {
          metrics: plan.metrics.length,
          measurements: measurementCount,
          annotations: plan.annotations.length,
          replies: plan.annotations.reduce((sum, annotation) => sum + annotation.replies.length, 0),
        },
      },
    );
    const scope: JourneyScope = { ...workspace, journeyId: journey.id };

    for (const entry of plan.reviewBy) {
      await this.review.setReviewBy(manager, workspaceId, journey.id, entry.touchpointId, entry.reviewBy);
    }

    await this.ensureDefinitions(manager, actor, workspaceId, plan.metricDefinitions, warnings);
    const rows: MeasurementRowRequest[] = [];
    for (const metric of plan.metrics) {
      const { row } = await this.attachments.attachWithin(manager, scope, {
        metric: metric.metric,
        ...(metric.on.kind === 'touchpoint' ? { touchpointId: metric.on.id } : { linkId: metric.on.id }),
        target: metric.target,
        warning: metric.warning,
        isKey: metric.isKey,
      });
      for (const measurement of metric.measurements) rows.push({ ...measurement, attachmentId: row.id });
    }
    for (let start = 0; start < rows.length; start += METRIC_LIMITS.measurementsPerBatchMax) {
      await this.measurements.ingestWithin(manager, scope, rows.slice(start, start + METRIC_LIMITS.measurementsPerBatchMax));
    }

    for (const annotation of plan.annotations) await this.writeAnnotation(manager, actor, scope, annotation);
    return { journey, warnings };
  }

  /**
   * Each custom definition the metrics need: the workspace's own when it has the key and it means
   * the same (a different name is kept as the workspace has it, with a warning); created otherwise.
   * A key the workspace uses for a different measure refuses the import.
   */
  private async ensureDefinitions(
    manager: EntityManager,
    actor: Actor,
    workspaceId: string,
    definitions: readonly DocumentMetricDefinition[],
    warnings: ImportWarningDto[],
  ): Promise<void> {
    if (definitions.length === 0) return;
    const existing = await this.catalog.resolve(
      workspaceId,
      definitions.map((definition) => definition.key),
      manager,
    );
    const conflicts: FieldError[] = [];
    for (const [index, definition] of definitions.entries()) {
      const current = existing.get(definition.key);
      if (!current) {
        const { valuePooling, ...fields } = definitionFields(definition);
        await this.catalog.createWithin(manager, actor, workspaceId, {
          ...fields,
          ...(valuePooling === null ? {} : { valuePooling }),
        });
        continue;
      }
      const differs = meaningDifferences(current, definition);
      const jsonPath = `metricDefinitions[${index}]`;
      if (differs.length > 0) {
        conflicts.push({
          path: 'content',
          line: null,
          jsonPath,
          message: `${jsonPath}: the workspace already has a metric ${definition.key} with another ${differs.join(', ')}; rename the key in the file to import it as a new metric.`,
        });
      } else if (current.name !== definition.name || current.description !== definition.description) {
        warnings.push({ line: null, message: `${jsonPath}: the workspace's own metric ${definition.key} (“${current.name}”) is used; its name and description are kept.` });
      }
    }
    if (conflicts.length > 0) {
      throw new AppError('IMPORT_INVALID', { detail: 'The document defines metrics the workspace already has with another meaning; nothing was imported.', errors: conflicts });
    }
  }

  private async writeAnnotation(
    manager: EntityManager,
    actor: Actor,
    scope: JourneyScope,
    annotation: PlannedAnnotation,
  ): Promise<void> {
    const target = { touchpoint: 'touchpointId', stage: 'stageId', link: 'linkId' }[annotation.on.kind];
    const created = await this.annotations.createWithin(
      manager,
      scope,
      {
        [target]: annotation.on.id,
        kind: annotation.kind,
        severity: annotation.severity,
        title: annotation.title,
        body: annotation.body,
        status: annotation.status,
        ownerTeam: annotation.ownerTeam,
        evidence: annotation.evidence,
      },
      authorOf(actor, annotation.author),
      annotation.createdAt === null || annotation.updatedAt === null
        ? undefined
        : { createdAt: annotation.createdAt, updatedAt: annotation.updatedAt, resolvedAt: annotation.resolvedAt },
    );
    for (const reply of annotation.replies) {
      await this.replies.createWithin(manager, scope, created.id, { body: reply.body }, authorOf(actor, reply.author), {
        createdAt: reply.createdAt,
        updatedAt: reply.updatedAt,
      });
    }
  }
}

/**
 * Who wrote an imported annotation: the person importing when the file names nobody or names
 * them; anyone else keeps their name with no account here. Matching other members by name would
 * let an import put words in a colleague's mouth (and give them the author's rights over it).
 */
function authorOf(actor: Actor, author: { name: string } | null): { id: string | null; name: string } {
  if (author === null || author.name === actor.name) return { id: actor.userId, name: actor.name };
  return { id: null, name: author.name };
}

/** The fields that make two definitions of one key different measures. */
function meaningDifferences(current: MetricDefinition, incoming: DocumentMetricDefinition): string[] {
  const differs: string[] = [];
  if (current.kind !== incoming.kind) differs.push('measurement kind');
  if (current.unit !== incoming.unit) differs.push('unit');
  if (current.direction !== incoming.direction) differs.push('direction');
  if (JSON.stringify(current.scale) !== JSON.stringify(incoming.scale)) differs.push('scale');
  if (current.valuePooling !== incoming.valuePooling) differs.push('pooling');
  if (current.family !== incoming.family) differs.push('family');
  if (incoming.appliesTo.some((target) => !current.appliesTo.includes(target))) differs.push('set of targets');
  return differs;
}
