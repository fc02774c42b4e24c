import { Injectable } from '@nestjs/common';
import { LIMITS, thresholdsAreOrdered, type AttachMetricRequest, type MetricAttachmentDto, type MetricDefinition } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { lockJourneyForCount } from '../../database/journey-count-lock';
import { auditActorOf } from '../audit/audit-actor';
import { AuditRecorder } from '../audit/audit-recorder';
import { metricAuditEntries, type AuditedAttachment, type AuditedMetricTarget } from '../audit/metric-audit-entries';
import { WorkspaceAccessService, type JourneyScope } from '../workspaces/workspace-access.service';
import type { AttachMetricDto, UpdateMetricAttachmentDto } from './dto/metric-requests.dto';
import { MetricCatalogService } from './metric-catalog.service';
import { indexPeriods, toAttachmentDto, toReading } from './metric-readings';
import type { AttachmentRow } from './metric-rows';
import { MetricsRepository, type MetricTargetRow } from './metrics.repository';

/** Metrics attached to the touchpoints and links of a journey, read with their latest health. */
@Injectable()
export class MetricAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly catalog: MetricCatalogService,
    private readonly metrics: MetricsRepository,
    private readonly audit: AuditRecorder,
  ) {}

  /** Every attachment with its latest period's score, n and health: three queries, however many there are. */
  async list(actor: Actor, journeyId: string): Promise<MetricAttachmentDto[]> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, scope));
  }

  async attach(actor: Actor, journeyId: string, request: AttachMetricDto): Promise<MetricAttachmentDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:write');
    return this.dataSource.transaction(async (manager) => {
      // First, so two attachments at once cannot both pass the cap's count below.
      await lockJourneyForCount(manager, scope.workspaceId, scope.journeyId);
      const { row, definition, on } = await this.attachWithin(manager, scope, request);
      // The journey's cap (which a CXMap document shares), counted after the write: over it, the transaction rolls back.
      const max = LIMITS.metricsPerJourneyMax;
      if ((await this.metrics.countAttachments(manager, scope.workspaceId, scope.journeyId)) > max) {
        throw new AppError('TOO_MANY_METRIC_ATTACHMENTS', { detail: `A journey holds at most ${max.toLocaleString('en')} attached metrics; detach one first.` });
      }
      const audited = auditedAttachment(row, definition, on);
      await this.audit.recordOnJourney(manager, { workspaceId: scope.workspaceId, journeyId, actor: auditActorOf(actor), ...metricAuditEntries.attached(audited) });
      return toAttachmentDto(row, definition, null);
    });
  }

  /**
   * Attaches inside the caller's transaction with every check of the route (metric known, applies
   * to the target, thresholds ordered, target in the journey, not attached twice); records no audit
   * event. The caller has checked `journey:write` and counts the journey's cap (an import writes a new
   * journey from a document within the caps).
   */
  async attachWithin(
    manager: EntityManager,
    scope: JourneyScope,
    request: AttachMetricRequest,
  ): Promise<{ row: AttachmentRow; definition: MetricDefinition; on: AuditedMetricTarget }> {
    const target = attachmentTarget(request);
    // Locked: a custom metric cannot be deleted from the catalog while it is being attached.
    const definition = await this.catalog.resolveOne(scope.workspaceId, request.metric, manager, true);
    if (!definition.appliesTo.includes(target.kind)) {
      throw new AppError('METRIC_NOT_FOR_TARGET', {
        detail: `${definition.key} applies to ${definition.appliesTo.join(' and ')}s, not to ${target.kind}s.`,
      });
    }
    checkThresholds(definition, request.target, request.warning);
    const named = await this.metrics.lockTarget(manager, scope.workspaceId, scope.journeyId, target.kind, target.id);
    if (!named) throw new AppError(target.kind === 'touchpoint' ? 'TOUCHPOINT_NOT_FOUND' : 'LINK_NOT_FOUND');
    const row = await this.metrics.insertAttachment(manager, scope.workspaceId, {
      journeyId: scope.journeyId,
      touchpointId: target.kind === 'touchpoint' ? target.id : null,
      linkId: target.kind === 'link' ? target.id : null,
      metricKey: definition.key,
      kind: definition.kind,
      target: request.target,
      warning: request.warning,
      isKey: request.isKey ?? false,
    });
    if (!row) throw new AppError('METRIC_ALREADY_ATTACHED', { detail: `${definition.key} is already attached to this ${target.kind}.` });
    return { row, definition, on: auditedTarget(target.kind, target.id, named) };
  }

  async update(actor: Actor, journeyId: string, attachmentId: string, patch: UpdateMetricAttachmentDto): Promise<MetricAttachmentDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:write');
    if (patch.target === undefined && patch.warning === undefined && patch.isKey === undefined) {
      throw new AppError('VALIDATION_FAILED', { detail: 'Send at least one of target, warning and isKey.' });
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.metrics.findAttachment(manager, scope.workspaceId, journeyId, attachmentId, true);
      if (!current) throw new AppError('METRIC_ATTACHMENT_NOT_FOUND');
      if (current.version !== patch.version) {
        throw new AppError('VERSION_CONFLICT', { detail: `The attachment is now at version ${current.version}; reload it and try again.` });
      }
      const definition = await this.catalog.resolveOne(scope.workspaceId, current.metric_key, manager);
      const next = { target: patch.target ?? current.target, warning: patch.warning ?? current.warning, isKey: patch.isKey ?? current.is_key };
      checkThresholds(definition, next.target, next.warning);
      const updated = await this.metrics.updateAttachment(manager, scope.workspaceId, attachmentId, patch.version, next);
      if (!updated) throw new Error('attachment changed while locked');
      const entry = metricAuditEntries.updated(auditedAttachment(current, definition, await this.targetOf(manager, scope, current)), next);
      if (entry) await this.audit.recordOnJourney(manager, { workspaceId: scope.workspaceId, journeyId, actor: auditActorOf(actor), ...entry });
      const [dto] = await this.read(manager, scope, attachmentId);
      if (!dto) throw new Error('attachment vanished after update');
      return dto;
    });
  }

  async remove(actor: Actor, journeyId: string, attachmentId: string): Promise<void> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:write');
    await this.dataSource.transaction(async (manager) => {
      const current = await this.metrics.findAttachment(manager, scope.workspaceId, journeyId, attachmentId, true);
      if (!current) throw new AppError('METRIC_ATTACHMENT_NOT_FOUND');
      const definition = await this.catalog.resolveOne(scope.workspaceId, current.metric_key, manager);
      const audited = auditedAttachment(current, definition, await this.targetOf(manager, scope, current));
      const deleted = await this.metrics.deleteAttachment(manager, scope.workspaceId, journeyId, attachmentId);
      if (!deleted) throw new Error('attachment vanished while locked');
      await this.audit.recordOnJourney(manager, {
        workspaceId: scope.workspaceId,
        journeyId,
        actor: auditActorOf(actor),
        ...metricAuditEntries.detached(audited, deleted.measurements),
      });
    });
  }

  /** The named touchpoint or link of an existing attachment (its foreign key guarantees one). */
  private async targetOf(manager: EntityManager, scope: JourneyScope, row: AttachmentRow): Promise<AuditedMetricTarget> {
    const kind = row.touchpoint_id !== null ? 'touchpoint' : 'link';
    const id = row.touchpoint_id ?? row.link_id ?? '';
    const named = await this.metrics.lockTarget(manager, scope.workspaceId, scope.journeyId, kind, id);
    if (!named) throw new Error(`attachment ${row.id} has no ${kind}`);
    return auditedTarget(kind, id, named);
  }

  private async read(manager: EntityManager, scope: JourneyScope, attachmentId?: string): Promise<MetricAttachmentDto[]> {
    const rows = await this.metrics.listAttachments(manager, scope.workspaceId, scope.journeyId, attachmentId);
    if (rows.length === 0) return [];
    const periods = indexPeriods(await this.metrics.latestPeriods(manager, scope.workspaceId, scope.journeyId, attachmentId));
    const definitions = await this.catalog.resolve(
      scope.workspaceId,
      rows.map((row) => row.metric_key),
      manager,
    );
    return rows.map((row) => {
      const definition = definitions.get(row.metric_key);
      if (!definition) throw new Error(`attached metric ${row.metric_key} has no definition`);
      return toAttachmentDto(row, definition, toReading(definition, periods.get(row.id)));
    });
  }
}

function attachmentTarget(request: AttachMetricRequest): { kind: 'touchpoint' | 'link'; id: string } {
  if (request.touchpointId !== undefined && request.linkId === undefined) return { kind: 'touchpoint', id: request.touchpointId.toLowerCase() };
  if (request.linkId !== undefined && request.touchpointId === undefined) return { kind: 'link', id: request.linkId.toLowerCase() };
  const message = 'send exactly one of touchpointId and linkId';
  throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'touchpointId', message }, { path: 'linkId', message }] });
}

function checkThresholds(definition: MetricDefinition, target: number, warning: number): void {
  if (!thresholdsAreOrdered(definition.direction, { target, warning })) {
    const side = definition.direction === 'higher' ? 'at or below' : 'at or above';
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: 'warning', message: `${definition.key} is better ${definition.direction}: the warning must lie ${side} the target` }],
    });
  }
}

function auditedTarget(kind: 'touchpoint' | 'link', id: string, named: MetricTargetRow): AuditedMetricTarget {
  if (kind === 'touchpoint') return { kind, id, title: named.name };
  return { kind, id, label: named.name, from: named.source_title ?? '', to: named.target_title ?? '' };
}

function auditedAttachment(row: AttachmentRow, definition: MetricDefinition, on: AuditedMetricTarget): AuditedAttachment {
  return {
    id: row.id,
    metric: { key: definition.key, name: definition.name },
    on,
    thresholds: { target: row.target, warning: row.warning, isKey: row.is_key },
  };
}
