import { CHANNEL_INFO, LIMITS, type ChangeOp, type Layer, type Position } from '@cxmap/domain';
import type { ImportedJourney } from './imported-journey';
import { composeDescription, DESCRIPTION_MAX, truncate } from './touchpoint-text';

/** Cards of one stage × layer cell are stacked top to bottom in file order (as the demo seed does). */
const CELL_OFFSET = 24;
const ROW_PITCH = 120;

/**
 * The `/changes` operations that build an imported journey: stages, then touchpoints, then links,
 * so the import goes through the same write path (and the same checks) as a canvas edit.
 */
export function importedJourneyToOps(imported: ImportedJourney, newId: () => string): ChangeOp[] {
  return buildImportOps(imported, newId).ops;
}

/** The operations, and the new id of each touchpoint by its place (`touchpointIds[stage][index]`). */
export function buildImportOps(imported: ImportedJourney, newId: () => string): { ops: ChangeOp[]; touchpointIds: string[][] } {
  const ops: ChangeOp[] = [];
  const stageIds = imported.stages.map(() => newId());
  imported.stages.forEach((stage, index) => {
    ops.push({
      op: 'create',
      entity: 'stage',
      id: stageIds[index],
      data: {
        name: truncate(stage.name.trim() || 'Untitled stage', LIMITS.nameMax),
        phase: stage.phase,
        order: index,
        customerGoal: '',
        description: truncate(stage.description, DESCRIPTION_MAX),
      },
    });
  });

  const touchpointIds = imported.stages.map((stage) => stage.touchpoints.map(() => newId()));
  imported.stages.forEach((stage, stageIndex) => {
    const filled = new Map<Layer, number>();
    stage.touchpoints.forEach((touchpoint, index) => {
      const row = filled.get(touchpoint.layer) ?? 0;
      filled.set(touchpoint.layer, row + 1);
      const position: Position = { x: CELL_OFFSET, y: CELL_OFFSET + row * ROW_PITCH };
      ops.push({
        op: 'create',
        entity: 'touchpoint',
        id: touchpointIds[stageIndex][index],
        data: {
          stageId: stageIds[stageIndex],
          title: truncate(touchpoint.title.trim() || 'Untitled touchpoint', LIMITS.titleMax),
          description: truncate(composeDescription(touchpoint.description, touchpoint.actors, touchpoint.notes), DESCRIPTION_MAX),
          channel: touchpoint.channel,
          interaction: touchpoint.interaction ?? CHANNEL_INFO[touchpoint.channel].defaultInteraction,
          ownerTeam: touchpoint.ownerTeam ?? null,
          layer: touchpoint.layer,
          emotion: touchpoint.emotion,
          position,
        },
      });
    });
  });

  const seen = new Set<string>();
  for (const link of imported.links) {
    const sourceId = touchpointIds[link.source.stage]?.[link.source.touchpoint];
    const targetId = touchpointIds[link.target.stage]?.[link.target.touchpoint];
    if (!sourceId || !targetId || sourceId === targetId) continue;
    const key = `${sourceId}|${targetId}|${link.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ops.push({ op: 'create', entity: 'link', id: newId(), data: { sourceId, targetId, type: link.type, label: link.label } });
  }
  return { ops, touchpointIds };
}
