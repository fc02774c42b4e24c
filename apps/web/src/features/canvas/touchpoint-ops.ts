import { CHANNEL_INFO, type ChangeOp, type Layer, type Position } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import { CELL_INSET, NODE_HEIGHT, NODE_WIDTH } from './canvas-geometry';
import { randomId, type IdFactory } from './flow-changes-to-ops';

const GAP = 16;

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_WIDTH + GAP / 2 && Math.abs(a.y - b.y) < NODE_HEIGHT + GAP / 2;
}

/**
 * A free spot for a new card in a cell: the first slot of a grid (left to right, then down) that
 * overlaps no card already there.
 */
export function freeSlot(graph: GraphContent, stageId: string, layer: Layer): Position {
  const taken = graph.touchpoints.filter((t) => t.stageId === stageId && t.layer === layer).map((t) => t.position);
  for (let row = 0; ; row += 1) {
    for (let col = 0; col < 3; col += 1) {
      const slot = { x: CELL_INSET + col * (NODE_WIDTH + GAP), y: CELL_INSET + row * (NODE_HEIGHT + GAP) };
      if (!taken.some((p) => overlaps(p, slot))) return slot;
    }
  }
}

export interface NewTouchpoint {
  stageId: string;
  layer: Layer;
  /** Offset in the cell; a free slot when omitted. */
  position?: Position;
}

export function addTouchpointOps(graph: GraphContent, place: NewTouchpoint, newId: IdFactory = randomId): ChangeOp[] {
  const channel = 'web';
  return [
    {
      op: 'create',
      entity: 'touchpoint',
      id: newId(),
      data: {
        stageId: place.stageId,
        layer: place.layer,
        title: 'New touchpoint',
        description: '',
        channel,
        interaction: CHANNEL_INFO[channel].defaultInteraction,
        ownerTeam: null,
        emotion: null,
        position: place.position ?? freeSlot(graph, place.stageId, place.layer),
      },
    },
  ];
}
