import type { ChangeOp, EntityData, EntityKind } from '@cxmap/domain';

/**
 * Batches that only change plain fields of distinct entities (a drag of 2,000 touchpoints, a
 * rename, an edited description) cannot break any rule that applyOps checks besides "the entity
 * exists in the journey at this version": they can go straight to one version-checked UPDATE per
 * group, without loading the rows first. References (a touchpoint's stage, a link's ends) and a
 * link's type (the duplicate-link rule) need the graph, so batches touching them take the full path.
 */
const PLAIN_FIELDS: { readonly [K in EntityKind]: ReadonlySet<keyof EntityData[K]> } = {
  stage: new Set(['name', 'phase', 'order', 'customerGoal', 'description']),
  touchpoint: new Set(['title', 'description', 'channel', 'interaction', 'ownerTeam', 'layer', 'emotion', 'position']),
  link: new Set(['label']),
};

/** More groups than this and the full path (one UPDATE per kind) is cheaper than one statement per group. */
const MAX_GROUPS = 4;

export interface FieldUpdate<K extends EntityKind = EntityKind> {
  id: string;
  /** The version the caller saw: the row is updated only if it is still at it. */
  version: number;
  data: Partial<EntityData[K]>;
}

/** Updates of one entity kind that set the same fields: one UPDATE. */
export interface FieldUpdateGroup<K extends EntityKind = EntityKind> {
  entity: K;
  fields: ReadonlySet<string>;
  updates: FieldUpdate<K>[];
}

/** The batch as groups of plain-field updates, or null when it needs the full path. */
export function fieldUpdateGroups(ops: readonly ChangeOp[]): FieldUpdateGroup[] | null {
  const groups = new Map<string, FieldUpdateGroup>();
  const seen = new Set<string>();
  // The group of the last op: a drag's ops all go to one, found without building its key again.
  let last: { entity: EntityKind; field: string; group: FieldUpdateGroup } | null = null;
  for (const op of ops) {
    if (op.op !== 'update' || seen.has(op.id)) return null;
    seen.add(op.id);
    const fields = Object.keys(op.data);
    const plain = PLAIN_FIELDS[op.entity] as ReadonlySet<string>;
    if (fields.length === 0) return null;
    for (const field of fields) if (!plain.has(field)) return null;
    let group: FieldUpdateGroup | undefined;
    if (last !== null && fields.length === 1 && last.entity === op.entity && last.field === fields[0]) {
      group = last.group;
    } else {
      const key = `${op.entity}|${[...fields].sort().join(',')}`;
      group = groups.get(key);
      if (!group) {
        if (groups.size === MAX_GROUPS) return null;
        group = { entity: op.entity, fields: new Set(fields), updates: [] };
        groups.set(key, group);
      }
      last = fields.length === 1 ? { entity: op.entity, field: fields[0] as string, group } : null;
    }
    group.updates.push({ id: op.id, version: op.version, data: op.data });
  }
  return [...groups.values()];
}
