import type { ChangeOp, ChangeResponse, EntityKind } from '@cxmap/domain';
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

const versionKey = (entity: EntityKind, id: string): string => `${entity}:${id}`;

/**
 * Gives every update and delete of a new edit its base `version`: the version of the entity as the
 * user sees it while making the edit. For an entity that unsaved operations (in flight or queued)
 * already change, that is the version those leave it at, counted from their own base versions;
 * for any other entity it is the confirmed server version. Within `ops`, a create starts an entity
 * at version 1 and each update adds one, as the API will count when it reaches the later operation.
 *
 * The result is fixed at edit time: a refetch that later brings someone else's newer version must
 * not move it, or the save would overwrite their change instead of meeting a 409.
 */
export function stampVersions(
  confirmed: GraphContent,
  unsaved: readonly ChangeOp[],
  ops: readonly ChangeOp[],
): ChangeOp[] {
  const versions = new Map<string, number>();
  for (const s of confirmed.stages) versions.set(versionKey('stage', s.id), s.version);
  for (const t of confirmed.touchpoints) versions.set(versionKey('touchpoint', t.id), t.version);
  for (const l of confirmed.links) versions.set(versionKey('link', l.id), l.version);
  for (const op of unsaved) advance(versions, op);
  return ops.map((op) => {
    if (op.op === 'create') {
      advance(versions, op);
      return op;
    }
    const stamped = { ...op, version: versions.get(versionKey(op.entity, op.id)) ?? op.version };
    advance(versions, stamped);
    return stamped;
  });
}

/** The version map after `op`, taking its own base version as given. */
function advance(versions: Map<string, number>, op: ChangeOp): void {
  const k = versionKey(op.entity, op.id);
  if (op.op === 'create') versions.set(k, 1);
  else if (op.op === 'update') versions.set(k, op.version + 1);
  else versions.delete(k);
}

/**
 * Our batch was accepted: queued operations on the entities it changed now chain from the versions
 * the server returned for them (the last result per entity counts). Queued operations on any other
 * entity keep the version the user saw; so does one on an entity the batch deleted (the server will
 * refuse it, which is right).
 */
export function rebaseVersions(ops: readonly ChangeOp[], results: ChangeResponse['results']): ChangeOp[] {
  const versions = new Map<string, number | null>();
  for (const r of results) versions.set(versionKey(r.entity, r.id), r.version);
  return ops.map((op) => {
    const k = versionKey(op.entity, op.id);
    if (!versions.has(k)) return op;
    if (op.op === 'create') {
      versions.set(k, 1);
      return op;
    }
    const current = versions.get(k);
    if (current === null || current === undefined) return op;
    versions.set(k, op.op === 'update' ? current + 1 : null);
    return current === op.version ? op : { ...op, version: current };
  });
}

/**
 * How many queued operations go into the next batch: at most `max`, and none from the first one that
 * contradicts an earlier operation of the same batch — a create of an id the batch removed (a deletion
 * undone before it was sent) or a change to such an entity. The API refuses those in one batch
 * (DUPLICATE_ID / REMOVED_IN_BATCH, 422) but accepts them in the next one.
 */
export function nextBatchSize(confirmed: GraphContent, ops: readonly ChangeOp[], max: number): number {
  const candidate = ops.slice(0, max);
  const { errors, removed } = applyOps(confirmed, candidate, { checkVersions: false });
  const removedKeys = new Set(removed.map((r) => versionKey(r.entity, r.id)));
  const contradiction = errors.find(
    (e) =>
      e.index > 0 &&
      (e.code === 'REMOVED_IN_BATCH' || (e.code === 'DUPLICATE_ID' && removedKeys.has(versionKey(e.entity, e.id)))),
  );
  return contradiction?.index ?? candidate.length;
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
