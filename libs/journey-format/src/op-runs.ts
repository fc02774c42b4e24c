import type { ChangeOp } from '@cxmap/domain';

/**
 * A compact, lossless form of a list of ops, for storage (the audit log). Consecutive ops of the
 * same kind, entity and data fields become one run that holds each property as a column:
 * 2,000 moves are one run `{ op, entity, id: [...], version: [...], data: [{ name: 'position',
 * keys: ['x', 'y'], values: [[...], [...]] }] }` instead of 2,000 objects: a third of the text, and
 * far fewer objects for PostgreSQL to take in, so this form stores several times faster.
 */
export interface OpRun {
  op: ChangeOp['op'];
  entity: ChangeOp['entity'];
  id: string[];
  /** Updates and deletes. */
  version?: number[];
  /** Creates and updates: one column per data field, in the ops' key order. */
  data?: OpRunColumn[];
}

/**
 * One data field of a run. A field whose every value is an object with the same keys, none of
 * them an object (a position), is split into one array per key; any other field is one array.
 */
export type OpRunColumn = { name: string; values: unknown[] } | { name: string; keys: string[]; values: unknown[][] };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function dataOf(op: ChangeOp): Json | null {
  return op.op === 'delete' ? null : (op.data as Json);
}

/** Ops that can share a run: same kind, entity and data keys in the same order. */
function shapeOf(op: ChangeOp): string {
  const data = dataOf(op);
  return `${op.op}|${op.entity}|${data === null ? '' : Object.keys(data).join(',')}`;
}

/** The keys shared by every value, when each is a flat object with exactly those keys; else null. */
function sharedKeys(values: readonly unknown[]): string[] | null {
  const first = values[0];
  if (!isRecord(first)) return null;
  const keys = Object.keys(first);
  if (keys.length === 0) return null;
  for (const value of values) {
    if (!isRecord(value)) return null;
    // The same keys in the same order: compared one by one, without a string per value.
    let index = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (key !== keys[index]) return null;
      index++;
      const inner = value[key];
      if (typeof inner === 'object' && inner !== null) return null;
    }
    if (index !== keys.length) return null;
  }
  return keys;
}

function column(name: string, values: unknown[]): OpRunColumn {
  const keys = sharedKeys(values);
  if (keys === null) return { name, values };
  return { name, keys, values: keys.map((key) => values.map((value) => (value as Json)[key])) };
}

function packRun(ops: readonly ChangeOp[]): OpRun {
  const first = ops[0] as ChangeOp;
  const run: OpRun = { op: first.op, entity: first.entity, id: ops.map((op) => op.id) };
  if (first.op !== 'create') run.version = ops.map((op) => (op as { version: number }).version);
  const data = dataOf(first);
  if (data !== null) {
    run.data = Object.keys(data).map((name) => column(name, ops.map((op) => (dataOf(op) as Json)[name])));
  }
  return run;
}

export function packOps(ops: readonly ChangeOp[]): OpRun[] {
  const runs: OpRun[] = [];
  let start = 0;
  let shape = ops.length > 0 ? shapeOf(ops[0] as ChangeOp) : '';
  for (let i = 1; i <= ops.length; i++) {
    const next = i === ops.length ? null : shapeOf(ops[i] as ChangeOp);
    if (next !== shape) {
      runs.push(packRun(ops.slice(start, i)));
      start = i;
      shape = next ?? '';
    }
  }
  return runs;
}

function valueAt(col: OpRunColumn, index: number): unknown {
  if (!('keys' in col)) return col.values[index];
  return Object.fromEntries(col.keys.map((key, k) => [key, (col.values[k] as unknown[])[index]]));
}

/** The ops that packOps packed, equal to the original ones. */
export function unpackOps(runs: readonly OpRun[]): ChangeOp[] {
  const ops: ChangeOp[] = [];
  for (const run of runs) {
    run.id.forEach((id, i) => {
      const op: Json = { op: run.op, entity: run.entity, id };
      if (run.version) op['version'] = run.version[i];
      if (run.data) op['data'] = Object.fromEntries(run.data.map((col) => [col.name, valueAt(col, i)]));
      ops.push(op as unknown as ChangeOp);
    });
  }
  return ops;
}

/** Whether a stored value has the shape packOps writes (the audit log also holds older, unpacked rows). */
export function isOpRuns(value: unknown): value is OpRun[] {
  return (
    Array.isArray(value) &&
    value.every(
      (run) =>
        isRecord(run) &&
        typeof run['op'] === 'string' &&
        typeof run['entity'] === 'string' &&
        Array.isArray(run['id']) &&
        (run['version'] === undefined || Array.isArray(run['version'])) &&
        (run['data'] === undefined ||
          (Array.isArray(run['data']) && run['data'].every((col) => isRecord(col) && typeof col['name'] === 'string' && Array.isArray(col['values'])))),
    )
  );
}
