import type { ChangeOp, EntityKind } from '@cxmap/domain';
import { applyOps, type GraphContent, type Removal } from '@cxmap/journey-format';

export interface LocalResult {
  graph: GraphContent;
  /** The operations that applied; those that no longer fit the graph are dropped. */
  ops: ChangeOp[];
  removed: Removal[];
}

/**
 * Applies a batch to the displayed graph without version checks (optimistic). An operation that
 * no longer fits (an undo of something already gone, a link to a deleted card) is dropped rather
 * than failing the whole batch, and the rest is applied again without it.
 */
export function applyLocal(graph: GraphContent, ops: readonly ChangeOp[]): LocalResult {
  let kept = [...ops];
  while (kept.length > 0) {
    const result = applyOps(graph, kept, { checkVersions: false });
    if (result.errors.length === 0) return { graph: result.graph, ops: kept, removed: result.removed };
    const failed = new Set(result.errors.map((e) => e.index));
    kept = kept.filter((_, index) => !failed.has(index));
  }
  return { graph, ops: [], removed: [] };
}

/**
 * Fills in the base `version` of every update and delete from the last confirmed server state,
 * walking the batch in order: an entity created or updated earlier in the same batch is at
 * version 1 / one more than before, as the API will have it when it reaches the later operation.
 */
export function assignVersions(confirmed: GraphContent, ops: readonly ChangeOp[]): ChangeOp[] {
  const versions = new Map<string, number>();
  const key = (entity: EntityKind, id: string): string => `${entity}:${id}`;
  for (const s of confirmed.stages) versions.set(key('stage', s.id), s.version);
  for (const t of confirmed.touchpoints) versions.set(key('touchpoint', t.id), t.version);
  for (const l of confirmed.links) versions.set(key('link', l.id), l.version);
  return ops.map((op) => {
    const k = key(op.entity, op.id);
    if (op.op === 'create') {
      versions.set(k, 1);
      return op;
    }
    const version = versions.get(k) ?? op.version;
    if (op.op === 'update') versions.set(k, version + 1);
    else versions.delete(k);
    return { ...op, version };
  });
}

/**
 * Leaves out updates that would change nothing (a select set to its current value, a field
 * committed unchanged) and drops fields that already hold the value, so no empty save is sent.
 */
export function withoutNoopUpdates(graph: GraphContent, ops: readonly ChangeOp[]): ChangeOp[] {
  const tables = {
    stage: new Map(graph.stages.map((e) => [e.id, e as unknown as Record<string, unknown>])),
    touchpoint: new Map(graph.touchpoints.map((e) => [e.id, e as unknown as Record<string, unknown>])),
    link: new Map(graph.links.map((e) => [e.id, e as unknown as Record<string, unknown>])),
  };
  return ops.flatMap((op): ChangeOp[] => {
    if (op.op !== 'update') return [op];
    const current = tables[op.entity].get(op.id);
    if (!current) return [op];
    const changed = Object.entries(op.data).filter(([field, value]) => !sameValue(current[field], value));
    if (changed.length === 0) return [];
    return [{ ...op, data: Object.fromEntries(changed) } as ChangeOp];
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return false;
}
