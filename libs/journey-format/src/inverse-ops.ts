import type { ChangeOp, EntityKind, LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';
import type { GraphContent } from './graph';
import type { Removal } from './apply-ops';

type Entity = StageDto | TouchpointDto | LinkDto;

const CREATE_ORDER: Record<EntityKind, number> = { stage: 0, touchpoint: 1, link: 2 };

function find(graph: GraphContent, entity: EntityKind, id: string): Entity | undefined {
  const list: readonly Entity[] =
    entity === 'stage' ? graph.stages : entity === 'touchpoint' ? graph.touchpoints : graph.links;
  return list.find((e) => e.id === id);
}

function dataOf(entity: Entity): Omit<Entity, 'id' | 'version'> {
  const { id: _id, version: _version, ...data } = entity;
  return data;
}

/**
 * The batch that undoes `ops` (applied to `before`, removing `removed`): creates become deletes,
 * updates restore the previous values of the fields they touched, deletes (and what they removed
 * with them) are created again, parents before children. Versions are left at 0: fill them from
 * the graph the undo is applied to with `withCurrentVersions`.
 */
export function inverseOps(before: GraphContent, ops: readonly ChangeOp[], removed: readonly Removal[]): ChangeOp[] {
  const undo: ChangeOp[] = [];
  for (const op of [...ops].reverse()) {
    if (op.op === 'create') {
      undo.push({ op: 'delete', entity: op.entity, id: op.id, version: 0 } as ChangeOp);
    } else if (op.op === 'update') {
      const prior = find(before, op.entity, op.id);
      if (!prior) continue;
      const data: Record<string, unknown> = {};
      for (const key of Object.keys(op.data)) data[key] = (prior as unknown as Record<string, unknown>)[key];
      undo.push({ op: 'update', entity: op.entity, id: op.id, version: 0, data } as ChangeOp);
    }
  }
  const recreate = removed
    .map((r) => find(before, r.entity, r.id))
    .filter((e): e is Entity => e !== undefined)
    .map((e) => ({ entity: kindOf(before, e), value: e }))
    .sort((a, b) => CREATE_ORDER[a.entity] - CREATE_ORDER[b.entity]);
  for (const { entity, value } of recreate) {
    undo.push({ op: 'create', entity, id: value.id, data: dataOf(value) } as ChangeOp);
  }
  return undo;
}

function kindOf(graph: GraphContent, entity: Entity): EntityKind {
  if (graph.stages.includes(entity as StageDto)) return 'stage';
  if (graph.touchpoints.includes(entity as TouchpointDto)) return 'touchpoint';
  return 'link';
}

/** Sets each update's and delete's `version` to the entity's version in `graph`. */
export function withCurrentVersions(graph: GraphContent, ops: readonly ChangeOp[]): ChangeOp[] {
  return ops.map((op) => {
    if (op.op === 'create') return op;
    const current = find(graph, op.entity, op.id);
    return { ...op, version: current?.version ?? op.version };
  });
}
