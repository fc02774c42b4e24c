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
  const errors: OpError[] = [];
  const allIds = new Set<string>([...stages.keys(), ...touchpoints.keys(), ...links.keys()]);

  const fail = (index: number, op: ChangeOp, code: OpErrorCode, field: string, message: string): void => {
    errors.push({ index, code, entity: op.entity, id: op.id, path: `ops.${index}${field}`, message });
  };

  const removeLinksOf = (touchpointId: string): void => {
    for (const link of [...links.values()]) {
      if (link.sourceId === touchpointId || link.targetId === touchpointId) {
        links.delete(link.id);
        removed.push({ entity: 'link', id: link.id });
      }
    }
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
      fail(index, op, 'SELF_LINK', '.data.targetId', 'a link must join two different touchpoints');
      ok = false;
    }
    if (ok) {
      for (const other of links.values()) {
        if (
          other.id !== selfId &&
          other.sourceId === data.sourceId &&
          other.targetId === data.targetId &&
          other.type === data.type
        ) {
          fail(index, op, 'DUPLICATE_LINK', '.data', 'these touchpoints are already linked with this type');
          ok = false;
          break;
        }
      }
    }
    return ok;
  };

  ops.forEach((op, index) => {
    const table = tables[op.entity];
    const existing = table.get(op.id);

    if (op.op === 'create') {
      if (allIds.has(op.id)) {
        fail(index, op, 'DUPLICATE_ID', '.id', 'an entity with this id already exists');
        return;
      }
      if (op.entity === 'touchpoint' && !stages.has(op.data.stageId)) {
        fail(index, op, 'STAGE_NOT_FOUND', '.data.stageId', 'no stage with this id in the journey');
        return;
      }
      if (op.entity === 'link' && !checkLink(index, op, op.data, op.id)) return;
      allIds.add(op.id);
      table.set(op.id, { ...(op.data as StageData & TouchpointData & LinkData), id: op.id, version: 1 });
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
      return;
    }

    table.delete(op.id);
    removed.push({ entity: op.entity, id: op.id });
    if (op.entity === 'touchpoint') removeLinksOf(op.id);
    if (op.entity === 'stage') {
      for (const tp of [...touchpoints.values()]) {
        if (tp.stageId === op.id) {
          touchpoints.delete(tp.id);
          removed.push({ entity: 'touchpoint', id: tp.id });
          removeLinksOf(tp.id);
        }
      }
    }
  });

  return {
    graph: { stages: [...stages.values()], touchpoints: [...touchpoints.values()], links: [...links.values()] },
    removed,
    errors,
  };
}
