import { Injectable } from '@nestjs/common';
import {
  ANNOTATION_KINDS,
  ANNOTATION_LIMITS,
  ANNOTATION_SEVERITIES,
  LIMITS,
  type AnnotationDto,
  type AnnotationPage,
  type AnnotationSummaryResponse,
  type AnnotationTargetSummary,
  type CreateAnnotationRequest,
  type FieldError,
} from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { lockJourneyForCount } from '../../database/journey-count-lock';
import { auditActorOf } from '../audit/audit-actor';
import type { AuditEntry } from '../audit/audit-recorder';
import { AuditRecorder } from '../audit/audit-recorder';
import { WorkspaceAccessService, type JourneyScope } from '../workspaces/workspace-access.service';
import { annotationAudit } from './annotation-audit';
import { decodeCursor, encodeCursor } from './annotation-cursor';
import { toAnnotationDto } from './annotation-rows';
import { authorFieldsIn, evidenceErrors, mayDelete, nextSeverity, severityErrors, targetOfRequest } from './annotation-rules';
import { AnnotationsRepository, type WrittenAt } from './annotations.repository';
import type { AnnotationQueryDto, CreateAnnotationDto, UpdateAnnotationDto } from './dto/annotation-requests.dto';

const TARGET_NOT_FOUND = { touchpoint: 'TOUCHPOINT_NOT_FOUND', stage: 'STAGE_NOT_FOUND', link: 'LINK_NOT_FOUND' } as const;

/**
 * Annotations of a journey. Reading needs `journey:read`; writing `journey:comment`. The author
 * alone changes what an annotation says; anyone who may comment triages it (status, owner team);
 * the author or a workspace owner deletes it. Every change is audited in its own transaction.
 */
@Injectable()
export class AnnotationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly annotations: AnnotationsRepository,
    private readonly audit: AuditRecorder,
  ) {}

  async list(actor: Actor, journeyId: string, query: AnnotationQueryDto): Promise<AnnotationPage> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    const limit = query.limit ?? ANNOTATION_LIMITS.pageDefault;
    const before = query.cursor === undefined ? null : decodeCursor(query.cursor);
    if (before === undefined) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'cursor', message: 'cursor must be a nextCursor from a previous page' }] });
    // One row more than asked tells whether another page follows, without a count.
    const rows = await this.annotations.list(this.dataSource.manager, scope.workspaceId, journeyId, {
      target: query.target?.toLowerCase() ?? null,
      kind: query.kind ?? null,
      status: query.status ?? null,
      severity: query.severity ?? null,
      before,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { items: page.map(toAnnotationDto), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  async create(actor: Actor, journeyId: string, request: CreateAnnotationDto): Promise<AnnotationDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:comment');
    return this.dataSource.transaction(async (manager) => {
      // First, so two annotations at once cannot both pass the cap's count below.
      await lockJourneyForCount(manager, scope.workspaceId, scope.journeyId);
      const created = await this.createWithin(manager, scope, request, { id: actor.userId, name: actor.name });
      // The journey's cap (which a CXMap document shares), counted after the write: over it, the transaction rolls back.
      const max = LIMITS.annotationsPerJourneyMax;
      if ((await this.annotations.countForJourney(manager, scope.workspaceId, scope.journeyId)) > max) {
        throw new AppError('TOO_MANY_ANNOTATIONS', { detail: `A journey holds at most ${max.toLocaleString('en')} annotations; delete one you no longer need first.` });
      }
      await this.record(manager, actor, scope, (journey) => annotationAudit.created(journey, created));
      return created;
    });
  }

  /**
   * Creates an annotation inside the caller's transaction with every check of the route (one
   * target, in the journey; severity exactly on pain points; evidence that says something); records
   * no audit event. `at`: the times of an imported annotation. The caller has checked `journey:comment`
   * and counts the journey's cap (an import writes a new journey from a document within the caps).
   */
  async createWithin(
    manager: EntityManager,
    scope: JourneyScope,
    request: CreateAnnotationRequest,
    author: { id: string | null; name: string },
    at?: WrittenAt,
  ): Promise<AnnotationDto> {
    const target = targetOfRequest(request);
    const severity = request.severity ?? null;
    const evidence = (request.evidence ?? []).map((item) => ({ kind: item.kind, text: item.text, url: item.url }));
    const errors = [...(Array.isArray(target) ? target : []), ...severityErrors(request.kind, severity), ...evidenceErrors(evidence)];
    if (errors.length > 0 || Array.isArray(target)) throw new AppError('VALIDATION_FAILED', { errors });
    if (!(await this.annotations.targetExists(manager, scope.workspaceId, scope.journeyId, target))) throw new AppError(TARGET_NOT_FOUND[target.kind]);
    const id = await this.annotations.insert(manager, scope.workspaceId, {
      journeyId: scope.journeyId,
      target,
      kind: request.kind,
      severity,
      title: request.title,
      body: request.body ?? '',
      status: request.status ?? 'open',
      ownerTeam: request.ownerTeam ?? null,
      evidence,
      author,
      ...(at ? { at } : {}),
    });
    return this.mustFind(manager, scope, id);
  }

  async update(actor: Actor, journeyId: string, annotationId: string, patch: UpdateAnnotationDto): Promise<AnnotationDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:comment');
    const { version, ...fields } = patch;
    if (Object.values(fields).every((value) => value === undefined)) {
      throw new AppError('VALIDATION_FAILED', { detail: 'Send at least one of title, body, kind, severity, evidence, status and ownerTeam.' });
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.mustFind(manager, scope, annotationId, true);
      const authorOnly = authorFieldsIn(fields);
      if (authorOnly.length > 0 && current.author.id !== actor.userId) {
        throw new AppError('FORBIDDEN', {
          detail: `Only the author may change ${authorOnly.join(', ')}; anyone who may comment may change the status and owner team.`,
        });
      }
      if (current.version !== version) {
        throw new AppError('VERSION_CONFLICT', { detail: `The annotation is now at version ${current.version}; reload it and try again.` });
      }
      const { kind, severity } = nextSeverity(current, fields);
      const evidence = fields.evidence?.map((item) => ({ kind: item.kind, text: item.text, url: item.url })) ?? current.evidence;
      const errors: FieldError[] = [...severityErrors(kind, severity), ...evidenceErrors(evidence)];
      if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
      const written = await this.annotations.update(manager, scope.workspaceId, annotationId, version, {
        kind,
        severity,
        title: fields.title ?? current.title,
        body: fields.body ?? current.body,
        status: fields.status ?? current.status,
        ownerTeam: fields.ownerTeam === undefined ? current.ownerTeam : fields.ownerTeam,
        evidence,
      });
      if (!written) throw new Error('annotation changed while locked');
      const updated = await this.mustFind(manager, scope, annotationId);
      await this.record(manager, actor, scope, (journey) => annotationAudit.updated(journey, current, updated));
      return updated;
    });
  }

  async remove(actor: Actor, journeyId: string, annotationId: string): Promise<void> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:comment');
    await this.dataSource.transaction(async (manager) => {
      const current = await this.mustFind(manager, scope, annotationId, true);
      if (!mayDelete({ userId: actor.userId, isOwner: scope.role === 'owner' }, current.author.id)) {
        throw new AppError('FORBIDDEN', { detail: 'Only the author or a workspace owner may delete an annotation.' });
      }
      await this.annotations.delete(manager, scope.workspaceId, journeyId, annotationId);
      await this.record(manager, actor, scope, (journey) => annotationAudit.deleted(journey, current));
    });
  }

  /** Unresolved annotations per target (for the canvas badges) and the touchpoints' review-by dates: two queries. */
  async summary(actor: Actor, journeyId: string): Promise<AnnotationSummaryResponse> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await this.annotations.summary(manager, scope.workspaceId, journeyId);
      const dates = await this.annotations.reviewDates(manager, scope.workspaceId, journeyId);
      const targets = new Map<string, AnnotationTargetSummary>();
      for (const row of rows) {
        const key = `${row.target_kind}:${row.target_id}`;
        let entry = targets.get(key);
        if (!entry) {
          entry = {
            target: { kind: row.target_kind, id: row.target_id },
            open: 0,
            byKind: Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, 0])) as AnnotationTargetSummary['byKind'],
            bySeverity: Object.fromEntries(ANNOTATION_SEVERITIES.map((s) => [s, 0])) as AnnotationTargetSummary['bySeverity'],
          };
          targets.set(key, entry);
        }
        entry.open += row.n;
        entry.byKind[row.kind] += row.n;
        if (row.severity !== null) entry.bySeverity[row.severity] += row.n;
      }
      return { targets: [...targets.values()], reviewBy: Object.fromEntries(dates.map((d) => [d.id, d.review_by])) };
    });
  }

  /** The annotation in the journey, or ANNOTATION_NOT_FOUND; `lock` holds it until the transaction ends. */
  async mustFind(manager: EntityManager, scope: JourneyScope, annotationId: string, lock = false): Promise<AnnotationDto> {
    const row = await this.annotations.find(manager, scope.workspaceId, scope.journeyId, annotationId, lock);
    if (!row) throw new AppError('ANNOTATION_NOT_FOUND');
    return toAnnotationDto(row);
  }

  /** Records an audit event about the journey of `scope`, with its current name. */
  async record(manager: EntityManager, actor: Actor, scope: JourneyScope, entry: (journey: { id: string; name: string }) => AuditEntry): Promise<void> {
    const name = await this.annotations.journeyName(manager, scope.workspaceId, scope.journeyId);
    if (name === null) throw new AppError('JOURNEY_NOT_FOUND');
    await this.audit.record(manager, { workspaceId: scope.workspaceId, actor: auditActorOf(actor), ...entry({ id: scope.journeyId, name }) });
  }
}
