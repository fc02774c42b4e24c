import { Injectable } from '@nestjs/common';
import type { ChangeOp, ChangeResponse, EntityKind, FieldError } from '@cxmap/domain';
import { applyOps, type GraphContent } from '@cxmap/journey-format';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { execute, meanwhile } from '../../database/sql';
import { auditActorOf } from '../audit/audit-actor';
import { auditEntries } from '../audit/audit-entries';
import { AuditRecorder, type PreparedAuditEvent } from '../audit/audit-recorder';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { CanvasRepository, type ContentScope } from './canvas.repository';
import { planChanges, type ChangePlan } from './change-plan';
import { batchReach, updatedFields, type BatchReach } from './batch-reach';
import { fieldUpdateGroups, type FieldUpdateGroup } from './field-updates';
import { journeySizesError, sizesOf } from './journey-limits';
import { opErrorsToAppError } from './op-errors';
import { parseChangeBatch } from './parse-change-batch';

/**
 * The single write path for journey content: the canvas, templates and seeds all come through
 * here. Under a lock on the journey row: a batch of plain-field updates (a drag) goes straight to
 * version-checked UPDATEs; any other batch loads what it can reach → applyOps → persists in bulk.
 * Then the revision is bumped.
 */
@Injectable()
export class JourneyChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly repository: CanvasRepository,
    private readonly audit: AuditRecorder,
  ) {}

  async apply(actor: Actor, journeyId: string, body: unknown): Promise<ChangeResponse> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:write');
    const ops = parseChangeBatch(body);
    return this.dataSource.transaction(async (manager) => {
      const journey = await this.lock(manager, scope);
      // Built once: while a drag's UPDATE runs in the database (applyLocked), or else here.
      let event: PreparedAuditEvent | null = null;
      const audit = (): PreparedAuditEvent =>
        (event ??= this.audit.prepare({
          workspaceId: scope.workspaceId,
          actor: auditActorOf(actor),
          ...auditEntries.journeyChanged({ id: journeyId, name: journey.name }, ops),
        }));
      const response = await this.applyLocked(manager, scope, journey.revision, ops, audit);
      // One event per applied batch, in its transaction: a refused batch (409, 422…) throws above and records nothing.
      if (ops.length > 0) await this.audit.record(manager, audit());
      return response;
    });
  }

  /** Applies `ops` inside the caller's transaction; no authorisation (callers have done it). */
  async applyWithin(manager: EntityManager, scope: ContentScope, ops: readonly ChangeOp[]): Promise<ChangeResponse> {
    const journey = await this.lock(manager, scope);
    return this.applyLocked(manager, scope, journey.revision, ops);
  }

  private async lock(manager: EntityManager, scope: ContentScope): Promise<{ revision: number; name: string }> {
    const journey = await this.repository.lockJourney(manager, scope);
    if (!journey) throw new AppError('JOURNEY_NOT_FOUND');
    return journey;
  }

  /**
   * With the journey row locked: the direct path for plain-field updates, else load → applyOps →
   * persist. `whileWriting` is work that does not need the database's answer: the direct path runs
   * it while its first UPDATE is in the database.
   */
  private async applyLocked(
    manager: EntityManager,
    scope: ContentScope,
    revision: number,
    ops: readonly ChangeOp[],
    whileWriting: () => void = () => undefined,
  ): Promise<ChangeResponse> {
    if (ops.length === 0) return { revision, results: [] };
    const groups = fieldUpdateGroups(ops);
    if (groups && (await this.updateFieldsDirectly(manager, scope, groups, whileWriting))) {
      return { revision: await this.repository.bumpRevision(manager, scope), results: ops.map(directResult) };
    }

    const reach = batchReach(ops);
    const before = await this.repository.loadReach(manager, scope, reach);
    const result = applyOps(before, ops, { checkVersions: true });
    if (result.errors.length > 0) throw opErrorsToAppError(result.errors, before);
    const tooBig = await this.sizeError(manager, scope, reach, before, result.graph);
    if (tooBig) throw tooBig;

    const plan = planChanges(before, result.graph);
    await this.persist(manager, scope, plan, ops);
    return { revision: await this.repository.bumpRevision(manager, scope), results: resultsOf(ops, result.graph) };
  }

  /**
   * Plain-field updates of distinct entities, without loading them first (see field-updates.ts).
   * True when every row was at the caller's version; otherwise the updates are rolled back (to a
   * savepoint) and false tells the caller to take the full path, which names each stale or
   * missing entity with its current state.
   */
  private async updateFieldsDirectly(
    manager: EntityManager,
    scope: ContentScope,
    groups: readonly FieldUpdateGroup[],
    whileWriting: () => void,
  ): Promise<boolean> {
    await execute(manager, 'SAVEPOINT field_updates');
    for (const [index, group] of groups.entries()) {
      const updating = this.repository.updateFields(manager, scope, group);
      if ((await (index === 0 ? meanwhile(updating, whileWriting) : updating)) !== group.updates.length) {
        await execute(manager, 'ROLLBACK TO SAVEPOINT field_updates');
        return false;
      }
    }
    await execute(manager, 'RELEASE SAVEPOINT field_updates');
    return true;
  }

  /**
   * The journey limits, on whole-journey counts: `before` and `after` hold only what the batch can
   * reach, so the rest is counted in SQL — only when the batch creates touchpoints or links, the
   * only way past those limits (stages are loaded in full).
   */
  private async sizeError(
    manager: EntityManager,
    scope: ContentScope,
    reach: BatchReach,
    before: GraphContent,
    after: GraphContent,
  ): Promise<AppError | null> {
    const reached = sizesOf(before);
    const total = reach.creates.touchpoint || reach.creates.link ? { ...reached, ...(await this.repository.countContent(manager, scope)) } : reached;
    const grown = sizesOf(after);
    return journeySizesError(total, {
      stages: grown.stages,
      touchpoints: total.touchpoints - reached.touchpoints + grown.touchpoints,
      links: total.links - reached.links + grown.links,
    });
  }

  private async persist(manager: EntityManager, scope: ContentScope, plan: ChangePlan, ops: readonly ChangeOp[]): Promise<void> {
    // Parents before children on the way in, so new touchpoints find their new stages.
    const taken = [
      ...(await this.repository.insertStages(manager, scope, plan.stage.inserts)),
      ...(await this.repository.insertTouchpoints(manager, scope, plan.touchpoint.inserts)),
      ...(await this.repository.insertLinks(manager, scope, plan.link.inserts)),
    ];
    if (taken.length > 0) throw idsTaken(taken, ops);

    // Updates before deletes: a touchpoint moved out of a stage deleted later in the batch survives.
    const fields = updatedFields(ops);
    const expected = plan.stage.updates.length + plan.touchpoint.updates.length + plan.link.updates.length;
    const affected =
      (await this.repository.updateStages(manager, scope, plan.stage.updates, fields.stage)) +
      (await this.repository.updateTouchpoints(manager, scope, plan.touchpoint.updates, fields.touchpoint)) +
      (await this.repository.updateLinks(manager, scope, plan.link.updates, fields.link));
    if (affected !== expected) {
      throw new AppError('VERSION_CONFLICT', { detail: 'Entities changed while the batch was applied; nothing was applied.' });
    }

    await this.repository.deleteRows(manager, scope, 'links', plan.link.deletes);
    await this.repository.deleteRows(manager, scope, 'touchpoints', plan.touchpoint.deletes);
    await this.repository.deleteRows(manager, scope, 'stages', plan.stage.deletes);
  }
}

/** A direct field update moves the entity to the next version (its id is once in the batch). */
function directResult(op: ChangeOp): ChangeResponse['results'][number] {
  return { entity: op.entity, id: op.id, version: op.op === 'update' ? op.version + 1 : null };
}

function resultsOf(ops: readonly ChangeOp[], graph: GraphContent): ChangeResponse['results'] {
  const versions: Record<EntityKind, Map<string, number>> = {
    stage: new Map(graph.stages.map((e) => [e.id, e.version])),
    touchpoint: new Map(graph.touchpoints.map((e) => [e.id, e.version])),
    link: new Map(graph.links.map((e) => [e.id, e.version])),
  };
  return ops.map((op) => ({ entity: op.entity, id: op.id, version: versions[op.entity].get(op.id) ?? null }));
}

function idsTaken(ids: readonly string[], ops: readonly ChangeOp[]): AppError {
  const taken = new Set(ids);
  const errors: FieldError[] = [];
  ops.forEach((op, index) => {
    if (op.op === 'create' && taken.has(op.id)) {
      errors.push({ path: `ops.${index}.id`, message: 'this id is already used by another entity of the workspace' });
    }
  });
  return new AppError('ID_TAKEN', { detail: 'Choose fresh ids (UUID v4) for new entities.', errors });
}
