import type {
  ChangeOp,
  EntityKind,
  LinkData,
  LinkDto,
  StageData,
  StageDto,
  TouchpointData,
  TouchpointDto,
} from '@cxmap/domain';
import type { GraphContent } from './graph';

export type OpErrorCode =
  | 'DUPLICATE_ID'
  | 'NOT_FOUND'
  | 'REMOVED_IN_BATCH'
  | 'VERSION_CONFLICT'
  | 'STAGE_NOT_FOUND'
  | 'TOUCHPOINT_NOT_FOUND'
  | 'SELF_LINK'
  | 'DUPLICATE_LINK';

export interface OpError {
  index: number;
  code: OpErrorCode;
  entity: EntityKind;
  id: string;
  /** Dotted path of the failing field inside the batch, e.g. `ops.2.data.stageId`. */
  path: string;
  message: string;
}

export interface Removal {
  entity: EntityKind;
  id: string;
}

export interface ApplyResult {
  graph: GraphContent;
  /** Every entity that the batch removed, including what hung on a deleted stage or touchpoint. */
  removed: Removal[];
  errors: OpError[];
}

export interface ApplyOptions {
  /** Compare `version` of updates and deletes with the graph's (the API's optimistic check). */
  checkVersions: boolean;
}

type Entity = StageDto | TouchpointDto | LinkDto;

/**
 * Applies a `/changes` batch to a graph without touching the input. Operations run in order, each
 * against the result of the ones before, so a batch may create two touchpoints and link them.
 * Deleting a stage removes its touchpoints; deleting a touchpoint removes its links. Every failing
 * operation is reported; callers apply nothing when `errors` is not empty.
 */
export function applyOps(
  graph: GraphContent,
  ops: readonly ChangeOp[],
  options: ApplyOptions = { checkVersions: true },
): ApplyResult {
  const stages = new Map(graph.stages.map((s) => [s.id, s]));
  const touchpoints = new Map(graph.touchpoints.map((t) => [t.id, t]));
  const links = new Map(graph.links.map((l) => [l.id, l]));
  const tables: Record<EntityKind, Map<string, Entity>> = {
    stage: stages as Map<string, Entity>,
    touchpoint: touchpoints as Map<string, Entity>,
    link: links as Map<string, Entity>,
  };
  const removed: Removal[] = [];
  const removedIds = new Set<string>();
  const errors: OpError[] = [];
  // Links by touchpoint and by (source, target, type), so big batches stay linear.
  const linkKey = (l: LinkData): string => `${l.sourceId}|${l.targetId}|${l.type}`;
  const linkByKey = new Map<string, string>();
  const linksOf = new Map<string, Set<string>>();
  const indexLink = (link: LinkDto): void => {
    linkByKey.set(linkKey(link), link.id);
    for (const end of [link.sourceId, link.targetId]) {
      const set = linksOf.get(end) ?? new Set<string>();
      set.add(link.id);
      linksOf.set(end, set);
    }
  };
  const unindexLink = (link: LinkDto): void => {
    if (linkByKey.get(linkKey(link)) === link.id) linkByKey.delete(linkKey(link));
    linksOf.get(link.sourceId)?.delete(link.id);
    linksOf.get(link.targetId)?.delete(link.id);
  };
  for (const link of links.values()) indexLink(link);
  const touchpointsOf = new Map<string, Set<string>>();
  const placeTouchpoint = (tp: TouchpointDto, previousStageId?: string): void => {
    if (previousStageId !== undefined) touchpointsOf.get(previousStageId)?.delete(tp.id);
    const set = touchpointsOf.get(tp.stageId) ?? new Set<string>();
    set.add(tp.id);
    touchpointsOf.set(tp.stageId, set);
  };
  for (const tp of touchpoints.values()) placeTouchpoint(tp);
  const markRemoved = (entity: EntityKind, id: string): void => {
    removed.push({ entity, id });
    removedIds.add(id);
  };
  // Every id the batch has seen, for DUPLICATE_ID: built on the first create (the entities there
  // are then, plus those removed before), so batches without creates skip it.
  let allIds: Set<string> | null = null;
  const ids = (): Set<string> =>
    (allIds ??= new Set<string>([...stages.keys(), ...touchpoints.keys(), ...links.keys(), ...removedIds]));

  const fail = (index: number, op: ChangeOp, code: OpErrorCode, field: string, message: string): void => {
    errors.push({ index, code, entity: op.entity, id: op.id, path: `ops.${index}${field}`, message });
  };

  const removeLink = (id: string): void => {
    const link = links.get(id);
    if (!link) return;
    links.delete(id);
    unindexLink(link);
    markRemoved('link', id);
  };
  const removeTouchpoint = (id: string): void => {
    const tp = touchpoints.get(id);
    if (!tp) return;
    touchpoints.delete(id);
    touchpointsOf.get(tp.stageId)?.delete(id);
    markRemoved('touchpoint', id);
    for (const linkId of [...(linksOf.get(id) ?? [])]) removeLink(linkId);
    linksOf.delete(id);
  };

  const checkLink = (index: number, op: ChangeOp, data: LinkData, selfId: string): boolean => {
    let ok = true;
    if (!touchpoints.has(data.sourceId)) {
      fail(index, op, 'TOUCHPOINT_NOT_FOUND', '.data.sourceId', 'no touchpoint with this id in the journey');
      ok = false;
    }
    if (!touchpoints.has(data.targetId)) {
      fail(index, op, 'TOUCHPOINT_NOT_FOUND', '.data.targetId', 'no touchpoint with this id in the journey');
      ok = false;
    }
    if (ok && data.sourceId === data.targetId) {
      // Blame the end the operation set: an update of sourceId alone made the loop there.
      const field = op.op === 'update' && op.entity === 'link' && op.data.targetId === undefined ? '.data.sourceId' : '.data.targetId';
      fail(index, op, 'SELF_LINK', field, 'a link must join two different touchpoints');
      ok = false;
    }
    if (ok) {
      const other = linkByKey.get(linkKey(data));
      if (other !== undefined && other !== selfId) {
        fail(index, op, 'DUPLICATE_LINK', '.data', 'these touchpoints are already linked with this type');
        ok = false;
      }
    }
    return ok;
  };

  ops.forEach((op, index) => {
    const table = tables[op.entity];
    const existing = table.get(op.id);

    if (op.op === 'create') {
      if (ids().has(op.id)) {
        fail(index, op, 'DUPLICATE_ID', '.id', 'an entity with this id already exists');
        return;
      }
      if (op.entity === 'touchpoint' && !stages.has(op.data.stageId)) {
        fail(index, op, 'STAGE_NOT_FOUND', '.data.stageId', 'no stage with this id in the journey');
        return;
      }
      if (op.entity === 'link' && !checkLink(index, op, op.data, op.id)) return;
      ids().add(op.id);
      const created = { ...(op.data as StageData & TouchpointData & LinkData), id: op.id, version: 1 };
      table.set(op.id, created);
      if (op.entity === 'link') indexLink(created);
      if (op.entity === 'touchpoint') placeTouchpoint(created);
      return;
    }

    if (!existing && removedIds.has(op.id)) {
      fail(index, op, 'REMOVED_IN_BATCH', '.id', `this ${op.entity} was removed earlier in the same batch`);
      return;
    }
    if (!existing) {
      fail(index, op, 'NOT_FOUND', '.id', `no ${op.entity} with this id in the journey`);
      return;
    }
    if (options.checkVersions && existing.version !== op.version) {
      fail(index, op, 'VERSION_CONFLICT', '.version', `changed meanwhile: now at version ${existing.version}`);
      return;
    }

    if (op.op === 'update') {
      const next = { ...existing, ...op.data, id: op.id, version: existing.version + 1 } as Entity;
      if (op.entity === 'touchpoint' && !stages.has((next as TouchpointDto).stageId)) {
        fail(index, op, 'STAGE_NOT_FOUND', '.data.stageId', 'no stage with this id in the journey');
        return;
      }
      if (op.entity === 'link' && !checkLink(index, op, next as LinkDto, op.id)) return;
      table.set(op.id, next);
      if (op.entity === 'link') {
        unindexLink(existing as LinkDto);
        indexLink(next as LinkDto);
      }
      if (op.entity === 'touchpoint') placeTouchpoint(next as TouchpointDto, (existing as TouchpointDto).stageId);
      return;
    }

    if (op.entity === 'link') removeLink(op.id);
    else if (op.entity === 'touchpoint') removeTouchpoint(op.id);
    else {
      stages.delete(op.id);
      markRemoved('stage', op.id);
      for (const tpId of [...(touchpointsOf.get(op.id) ?? [])]) removeTouchpoint(tpId);
      touchpointsOf.delete(op.id);
    }
  });

  return {
    graph: { stages: [...stages.values()], touchpoints: [...touchpoints.values()], links: [...links.values()] },
    removed,
    errors,
  };
}
