import { Injectable } from '@nestjs/common';
import {
  LIMITS,
  type ChangeOp,
  type JourneyDto,
  type JourneyGraph,
  type JourneyImportFormat,
  type JourneySummaryDto,
  type Page,
  type PageRequest,
  type TemplateKey,
} from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ReadReplica } from '../../database/read-replica';
import type { Actor } from '../../core/auth/actor';
import type { Caller } from '../../core/auth/caller';
import { AppError } from '../../core/errors/app-error';
import { parseRevisionTags, tagsMatch } from '../../core/http/etag';
import type { ContentScope } from '../canvas/canvas.repository';
import { auditActorOf, type AuditActor } from '../audit/audit-actor';
import { auditEntries, type ImportedExtras } from '../audit/audit-entries';
import { AuditRecorder } from '../audit/audit-recorder';
import { decodeCursor, isTimeIdKey, toPage } from '../../core/pagination/cursor';
import { JourneyChangesService } from '../canvas/journey-changes.service';
import { JourneyContentService } from '../canvas/journey-content.service';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { CreateJourneyDto, UpdateJourneyDto } from './dto/journey-requests.dto';
import { toJourneyDto, toJourneySummaryDto, toPersonaDto } from './journey-rows';
import { JourneysRepository, type NewJourney } from './journeys.repository';
import { templateOps } from './template-ops';

/** Who creates a journey and from what: a template (null: content laid out another way, the demo seed), or an imported file. */
export type JourneyOrigin =
  | { actor: AuditActor; template: TemplateKey | null }
  | { actor: AuditActor; importedFrom: JourneyImportFormat; brought?: ImportedExtras };

export type GraphRead = { notModified: true; revision: number } | { notModified: false; graph: JourneyGraph };

@Injectable()
export class JourneysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readReplica: ReadReplica,
    private readonly access: WorkspaceAccessService,
    private readonly journeys: JourneysRepository,
    private readonly changes: JourneyChangesService,
    private readonly content: JourneyContentService,
    private readonly audit: AuditRecorder,
  ) {}

  async list(caller: Caller, workspaceId: string, page: PageRequest): Promise<Page<JourneySummaryDto>> {
    await this.access.forWorkspace(caller, workspaceId, 'journey:read');
    const limit = page.limit ?? LIMITS.pageSizeDefault;
    const rows = await this.journeys.listSummaries(workspaceId, limit + 1, decodeCursor(page.cursor, isTimeIdKey));
    return toPage(rows, limit, (row) => [row.cursor_time, row.id], toJourneySummaryDto);
  }

  async create(actor: Actor, workspaceId: string, request: CreateJourneyDto): Promise<JourneyDto> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    return this.dataSource.transaction((manager) =>
      this.createWithin(
        manager,
        workspaceId,
        { name: request.name, description: request.description ?? '', personaId: null },
        templateOps(request.template),
        { actor: auditActorOf(actor), template: request.template },
      ),
    );
  }

  /**
   * Inserts the journey row, then lays out its content through the one write path. Audited as one
   * `journey.created` event, or `journey.imported` for a file (with the content's ops), by
   * `audited.actor`: the user who asked, or the system for the demo seed.
   */
  async createWithin(
    manager: EntityManager,
    workspaceId: string,
    journey: NewJourney,
    ops: readonly ChangeOp[],
    audited: JourneyOrigin,
  ): Promise<JourneyDto> {
    const journeyId = await this.journeys.insert(manager, workspaceId, journey);
    await this.changes.applyWithin(manager, { workspaceId, journeyId }, ops);
    const created = { id: journeyId, name: journey.name };
    const entry =
      'importedFrom' in audited
        ? auditEntries.journeyImported(created, audited.importedFrom, ops, audited.brought ?? null)
        : auditEntries.journeyCreated(created, audited.template, ops);
    await this.audit.record(manager, { workspaceId, actor: audited.actor, ...entry });
    const row = await this.journeys.find(manager, workspaceId, journeyId);
    if (!row) throw new Error('journey vanished after insert');
    return toJourneyDto(row);
  }

  /**
   * Journey, persona, stages, touchpoints, links; 304 short-cuts after the journey row. With a read
   * replica the content comes from there, but never older than the primary's revision (one indexed
   * row): a replica that lags behind it — a change the caller has just saved, or has just been told
   * about by a live event — is passed over for the primary.
   */
  async getGraph(caller: Caller, journeyId: string, ifNoneMatch: string | undefined): Promise<GraphRead> {
    const scope = await this.access.forJourney(caller, journeyId, 'journey:read');
    if (!this.readReplica.configured) return this.loadGraph(scope, ifNoneMatch);
    const revision = await this.journeys.revision(this.dataSource.manager, scope.workspaceId, journeyId);
    if (revision === null) throw new AppError('JOURNEY_NOT_FOUND');
    if (tagsMatch(ifNoneMatch, revision)) return { notModified: true, revision };
    const replica = await this.readReplica.read((source) => this.readGraph(source, scope)).catch((error: unknown) => {
      // A journey created a moment ago may not have reached the replica yet.
      if (error instanceof AppError && error.code === 'JOURNEY_NOT_FOUND') return null;
      throw error;
    });
    if (replica && !replica.notModified && replica.graph.journey.revision >= revision) return replica;
    return this.loadGraph(scope);
  }

  /**
   * The graph read behind `getGraph`, for callers that have established access in another way
   * (a share link): it checks nothing itself. Always on the primary.
   */
  loadGraph(scope: ContentScope, ifNoneMatch?: string): Promise<GraphRead> {
    return this.readGraph(this.dataSource, scope, ifNoneMatch);
  }

  /**
   * The journey row, then its three content tables read at the same time on pooled connections
   * (each a statement of its own), then the revision again. Every change of the content bumps the
   * revision in its transaction, so an unchanged revision proves that no change committed between
   * the first read and the last: the three reads saw the content of that revision. Otherwise (a
   * change landed meanwhile) the graph is read again on one REPEATABLE READ snapshot.
   */
  private async readGraph(source: DataSource, scope: ContentScope, ifNoneMatch?: string): Promise<GraphRead> {
    const row = await this.journeys.findWithPersona(source.manager, scope.workspaceId, scope.journeyId);
    if (!row) throw new AppError('JOURNEY_NOT_FOUND');
    if (tagsMatch(ifNoneMatch, row.revision)) return { notModified: true, revision: row.revision };
    const content = await this.content.loadConcurrently(source.manager, scope);
    const revision = await this.journeys.revision(source.manager, scope.workspaceId, scope.journeyId);
    if (revision !== row.revision) return this.readGraphOnSnapshot(source, scope);
    return { notModified: false, graph: { journey: toJourneyDto(row), persona: toPersonaDto(row), ...content } };
  }

  private readGraphOnSnapshot(source: DataSource, scope: ContentScope): Promise<GraphRead> {
    return source.transaction('REPEATABLE READ', async (manager): Promise<GraphRead> => {
      const row = await this.journeys.findWithPersona(manager, scope.workspaceId, scope.journeyId);
      if (!row) throw new AppError('JOURNEY_NOT_FOUND');
      const content = await this.content.load(manager, scope);
      return { notModified: false, graph: { journey: toJourneyDto(row), persona: toPersonaDto(row), ...content } };
    });
  }

  async update(actor: Actor, journeyId: string, patch: UpdateJourneyDto, ifMatch: string | undefined): Promise<JourneyDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:write');
    const condition = ifMatch === undefined ? null : parseRevisionTags(ifMatch);
    if (condition?.kind === 'invalid') {
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'If-Match', message: 'must be "<revision>" or *' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.journeys.find(manager, scope.workspaceId, journeyId, true);
      if (!current) throw new AppError('JOURNEY_NOT_FOUND');
      if (condition?.kind === 'revisions' && !condition.revisions.includes(current.revision)) {
        throw new AppError('STALE_REVISION', { detail: `The journey is now at revision ${current.revision}.` });
      }
      const updated = await this.journeys.update(manager, scope.workspaceId, journeyId, patch);
      const entry = auditEntries.journeyUpdated(journeyId, current, updated);
      if (entry) await this.audit.record(manager, { workspaceId: scope.workspaceId, actor: auditActorOf(actor), ...entry });
      return toJourneyDto(updated);
    });
  }

  async remove(actor: Actor, journeyId: string): Promise<void> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:write');
    await this.dataSource.transaction(async (manager) => {
      const name = await this.journeys.delete(manager, scope.workspaceId, journeyId);
      if (name === null) throw new AppError('JOURNEY_NOT_FOUND');
      await this.audit.record(manager, {
        workspaceId: scope.workspaceId,
        actor: auditActorOf(actor),
        ...auditEntries.journeyDeleted({ id: journeyId, name }),
      });
    });
  }
}
