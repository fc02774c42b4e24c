import type { ChangeOp, EntityKind } from '@cxmap/domain';

/**
 * The rows of a journey that a batch can read or change, so that applyOps sees exactly what the
 * whole graph would show it. Stages are few and always loaded in full; touchpoints and links only
 * when the batch can reach them:
 * - touchpoints: those the batch names (its ops, the ends in link data, the ids it creates — a
 *   taken id is a DUPLICATE_ID), the ends of the links it updates or deletes, and every touchpoint
 *   of a stage it deletes (the cascade);
 * - links: those the batch names, every link of a touchpoint it may remove (deleted itself, or with
 *   a deleted stage), and every link leaving a touchpoint it links from (the duplicate check is by
 *   source, target and type).
 * Loading more than this is always correct; loading less is not.
 */
export interface BatchReach {
  touchpointIds: string[];
  deletedStageIds: string[];
  /** Links the batch updates or deletes: their ends are loaded, and the links leaving their source. */
  linkOpIds: string[];
  linkIds: string[];
  /** Touchpoints whose links are all loaded (those the batch may remove). */
  removableTouchpointIds: string[];
  /** Touchpoints whose outgoing links are loaded (the sources of new link ends). */
  linkSourceIds: string[];
  /** When every touchpoint loaded may be removed (a stage is deleted): load all their links. */
  allLoadedRemovable: boolean;
  /** Whether the batch creates anything (only then can it grow past a journey limit). */
  creates: Record<EntityKind, boolean>;
}

export function batchReach(ops: readonly ChangeOp[]): BatchReach {
  const touchpointIds = new Set<string>();
  const deletedStageIds = new Set<string>();
  const linkOpIds = new Set<string>();
  const linkIds = new Set<string>();
  const removable = new Set<string>();
  const linkSources = new Set<string>();
  const creates: Record<EntityKind, boolean> = { stage: false, touchpoint: false, link: false };
  for (const op of ops) {
    if (op.op === 'create') {
      creates[op.entity] = true;
      // An id is unique across the three tables of a journey: look for it in both.
      touchpointIds.add(op.id);
      linkIds.add(op.id);
    }
    if (op.entity === 'touchpoint') {
      touchpointIds.add(op.id);
      if (op.op === 'delete') removable.add(op.id);
    } else if (op.entity === 'link') {
      linkIds.add(op.id);
      if (op.op !== 'create') linkOpIds.add(op.id);
      if (op.op !== 'delete') {
        const { sourceId, targetId } = op.data;
        if (sourceId !== undefined) {
          touchpointIds.add(sourceId);
          linkSources.add(sourceId);
        }
        if (targetId !== undefined) touchpointIds.add(targetId);
      }
    } else if (op.op === 'delete') {
      deletedStageIds.add(op.id);
    }
  }
  return {
    touchpointIds: [...touchpointIds],
    deletedStageIds: [...deletedStageIds],
    linkOpIds: [...linkOpIds],
    linkIds: [...linkIds],
    removableTouchpointIds: [...removable],
    linkSourceIds: [...linkSources],
    allLoadedRemovable: deletedStageIds.size > 0,
    creates,
  };
}

/** The data fields that the updates of a batch change, per entity kind: the columns its UPDATEs set. */
export function updatedFields(ops: readonly ChangeOp[]): Record<EntityKind, Set<string>> {
  const fields: Record<EntityKind, Set<string>> = { stage: new Set(), touchpoint: new Set(), link: new Set() };
  for (const op of ops) {
    if (op.op !== 'update') continue;
    const set = fields[op.entity];
    for (const key of Object.keys(op.data)) set.add(key);
  }
  return fields;
}
