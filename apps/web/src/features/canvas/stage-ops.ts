import type { ChangeOp, StageDto } from '@cxmap/domain';
import { sortedStages, type GraphContent } from '@cxmap/journey-format';
import { randomId, type IdFactory } from './flow-changes-to-ops';

/** Creates a stage after the last column. */
export function addStageOps(graph: GraphContent, newId: IdFactory = randomId, name = 'New stage'): ChangeOp[] {
  const last = Math.max(-1, ...graph.stages.map((s) => s.order));
  return [
    {
      op: 'create',
      entity: 'stage',
      id: newId(),
      data: { name, phase: 'custom', order: Math.floor(last) + 1, customerGoal: '', description: '' },
    },
  ];
}

/**
 * Moves a stage one column left (-1) or right (+1). Swaps the `order` of the two neighbours; when
 * orders collide (ties are broken by id, so a swap would change nothing) every stage is renumbered
 * 0, 1, 2… in its new place instead.
 */
export function moveStageOps(stages: readonly StageDto[], stageId: string, direction: -1 | 1): ChangeOp[] {
  const sorted = sortedStages(stages);
  const index = sorted.findIndex((s) => s.id === stageId);
  const other = index + direction;
  if (index === -1 || other < 0 || other >= sorted.length) return [];
  const a = sorted[index];
  const b = sorted[other];
  if (a.order !== b.order) {
    return [
      { op: 'update', entity: 'stage', id: a.id, version: a.version, data: { order: b.order } },
      { op: 'update', entity: 'stage', id: b.id, version: b.version, data: { order: a.order } },
    ];
  }
  const reordered = [...sorted];
  reordered[index] = b;
  reordered[other] = a;
  return reordered.flatMap((stage, order): ChangeOp[] =>
    stage.order === order ? [] : [{ op: 'update', entity: 'stage', id: stage.id, version: stage.version, data: { order } }],
  );
}

export function deleteStageOps(stage: StageDto): ChangeOp[] {
  return [{ op: 'delete', entity: 'stage', id: stage.id, version: stage.version }];
}

export function touchpointCount(graph: GraphContent, stageId: string): number {
  return graph.touchpoints.filter((t) => t.stageId === stageId).length;
}
