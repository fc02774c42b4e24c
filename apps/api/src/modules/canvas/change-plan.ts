import type { EntityKind, LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';

export interface Update<T> {
  next: T;
  /** The version stored now; the UPDATE only hits a row still at this version. */
  previousVersion: number;
}

export interface KindPlan<T> {
  inserts: T[];
  updates: Update<T>[];
  deletes: string[];
}

export interface ChangePlan {
  stage: KindPlan<StageDto>;
  touchpoint: KindPlan<TouchpointDto>;
  link: KindPlan<LinkDto>;
}

function planKind<T extends { id: string; version: number }>(before: readonly T[], after: readonly T[]): KindPlan<T> {
  const previous = new Map(before.map((e) => [e.id, e]));
  const next = new Map(after.map((e) => [e.id, e]));
  const plan: KindPlan<T> = { inserts: [], updates: [], deletes: [] };
  for (const entity of after) {
    const old = previous.get(entity.id);
    if (!old) plan.inserts.push(entity);
    else if (old.version !== entity.version) plan.updates.push({ next: entity, previousVersion: old.version });
  }
  for (const entity of before) {
    if (!next.has(entity.id)) plan.deletes.push(entity.id);
  }
  return plan;
}

/**
 * What to write to go from `before` to `after` (the result of applyOps): rows to insert, rows to
 * update (their version moved) and ids to delete, per entity kind. An entity created and deleted
 * in the same batch appears nowhere.
 */
export function planChanges(before: GraphContent, after: GraphContent): ChangePlan {
  return {
    stage: planKind(before.stages, after.stages),
    touchpoint: planKind(before.touchpoints, after.touchpoints),
    link: planKind(before.links, after.links),
  };
}

export function planSize(plan: ChangePlan): number {
  return (['stage', 'touchpoint', 'link'] as const satisfies readonly EntityKind[]).reduce(
    (sum, kind) => sum + plan[kind].inserts.length + plan[kind].updates.length + plan[kind].deletes.length,
    0,
  );
}
