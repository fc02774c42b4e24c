import type { ChangeOp, EntityKind } from '@cxmap/domain';

/** What an operation did, as people say it; an update is classified by the fields it sets. */
export type OpVerb = 'added' | 'renamed' | 'edited' | 'moved' | 'reordered' | 'deleted';

const VERB_ORDER: readonly OpVerb[] = ['added', 'renamed', 'edited', 'moved', 'reordered', 'deleted'];
const ENTITY_ORDER: readonly EntityKind[] = ['stage', 'touchpoint', 'link'];
const NOUNS: Record<EntityKind, readonly [singular: string, plural: string]> = {
  stage: ['stage', 'stages'],
  touchpoint: ['touchpoint', 'touchpoints'],
  link: ['link', 'links'],
};
/** Names are quoted in full up to this length, then cut, so one line stays one line. */
const NAME_MAX = 60;

/** The verb of one operation: a touchpoint update that only sets `position`/`stageId` is a move, and so on. */
export function opVerb(op: ChangeOp): OpVerb {
  if (op.op === 'create') return 'added';
  if (op.op === 'delete') return 'deleted';
  const fields = Object.keys(op.data);
  if (op.entity === 'stage') {
    if (only(fields, 'order')) return 'reordered';
    if (only(fields, 'name')) return 'renamed';
  }
  if (op.entity === 'touchpoint') {
    if (only(fields, 'position', 'stageId')) return 'moved';
    if (only(fields, 'title')) return 'renamed';
  }
  return 'edited';
}

/** Whether `fields` is non-empty and each is `a` or `b`. */
function only(fields: readonly string[], a: string, b: string = a): boolean {
  if (fields.length === 0) return false;
  for (const field of fields) if (field !== a && field !== b) return false;
  return true;
}

/** The name an operation gives its entity (stage name, touchpoint title, link label), when it carries one. */
function nameIn(op: ChangeOp): string | null {
  if (op.op === 'delete') return null;
  const data = op.data as { name?: unknown; title?: unknown; label?: unknown };
  const name = op.entity === 'stage' ? data.name : op.entity === 'touchpoint' ? data.title : data.label;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function quote(name: string): string {
  return `“${name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name}”`;
}

/**
 * One line saying what a `/changes` batch did, e.g. "Added 2 touchpoints and 1 link, renamed stage
 * “Buy”, moved 5 touchpoints": one clause per verb, entities in a fixed order. A group of one names
 * its entity when the batch carries the name (creates and renames do; deletes and moves carry ids only).
 */
export function describeOps(ops: readonly ChangeOp[]): string {
  if (ops.length === 0) return 'No changes';
  // Per verb and entity: how many, and the first (named when it is the only one).
  const groups = new Map<string, { first: ChangeOp; length: number }>();
  for (const op of ops) {
    const key = `${opVerb(op)}:${op.entity}`;
    const group = groups.get(key);
    if (group) group.length += 1;
    else groups.set(key, { first: op, length: 1 });
  }
  const parts: string[] = [];
  for (const verb of VERB_ORDER) {
    const subjects: string[] = [];
    for (const entity of ENTITY_ORDER) {
      const group = groups.get(`${verb}:${entity}`);
      if (!group) continue;
      const [singular, plural] = NOUNS[entity];
      const name = group.length === 1 ? nameIn(group.first) : null;
      subjects.push(name !== null ? `${singular} ${quote(name)}` : `${group.length} ${group.length === 1 ? singular : plural}`);
    }
    if (subjects.length > 0) parts.push(`${verb} ${joinAnd(subjects)}`);
  }
  const line = parts.join(', ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
