import type { ChangeOp } from '@cxmap/domain';
import { opVerb } from '@cxmap/journey-format';

const VERB_LABELS = { added: 'Added', renamed: 'Renamed', edited: 'Edited', moved: 'Moved', reordered: 'Reordered', deleted: 'Deleted' } as const;

/** The first 8 characters of an id: enough to tell entities apart in a list. */
const shortId = (id: string): string => id.slice(0, 8);

function formatValue(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (value !== null && typeof value === 'object' && 'x' in value && 'y' in value) {
    const { x, y } = value as { x: unknown; y: unknown };
    return `(${String(x)}, ${String(y)})`;
  }
  return JSON.stringify(value) ?? String(value);
}

function nameOf(op: ChangeOp): string | null {
  if (op.op === 'delete') return null;
  const data = op.data as { name?: unknown; title?: unknown; label?: unknown };
  const name = op.entity === 'stage' ? data.name : op.entity === 'touchpoint' ? data.title : data.label;
  return typeof name === 'string' && name !== '' ? name : null;
}

/** One readable line per operation of a batch, e.g. "Moved touchpoint 1a2b3c4d: position (40, 80)". */
export function opLine(op: ChangeOp): string {
  const verb = VERB_LABELS[opVerb(op)];
  const name = nameOf(op);
  const subject = `${verb} ${op.entity} ${name !== null && op.op === 'create' ? formatValue(name) : shortId(op.id)}`;
  if (op.op !== 'update') return subject;
  const fields = Object.entries(op.data).map(([field, value]) => `${field} ${formatValue(value)}`);
  return fields.length > 0 ? `${subject}: ${fields.join(', ')}` : subject;
}

/** The lines of a batch's ops, cut after `max` with a count of the rest. */
export function opLines(ops: readonly ChangeOp[], max = 100): string[] {
  const lines = ops.slice(0, max).map(opLine);
  return ops.length > max ? [...lines, `…and ${ops.length - max} more`] : lines;
}

/** The `ops` of a `journey.changed`/`journey.created` change, when it has them. */
export function opsOf(change: Record<string, unknown> | null): ChangeOp[] | null {
  const ops = change?.['ops'];
  return Array.isArray(ops) ? (ops as ChangeOp[]) : null;
}
