import { describe, expect, it } from 'vitest';
import { CELL_INSET, NODE_WIDTH } from './canvas-geometry';
import { given } from './given';
import { addTouchpointOps, freeSlot } from './touchpoint-ops';

describe('freeSlot', () => {
  it('is the top-left corner of an empty cell', () => {
    const graph = given.journey({ stages: 1 });
    expect(freeSlot(graph, graph.stages[0].id, 'customer')).toEqual({ x: CELL_INSET, y: CELL_INSET });
  });

  it('skips slots taken by cards of the same cell only', () => {
    const graph = given.journey({ stages: 1 });
    const stageId = graph.stages[0].id;
    graph.touchpoints = [
      given.touchpoint(stageId, { position: { x: CELL_INSET, y: CELL_INSET } }),
      given.touchpoint(stageId, { layer: 'backstage', position: { x: CELL_INSET + NODE_WIDTH + 16, y: CELL_INSET } }),
    ];
    expect(freeSlot(graph, stageId, 'customer')).toEqual({ x: CELL_INSET + NODE_WIDTH + 16, y: CELL_INSET });
  });
});

describe('addTouchpointOps', () => {
  it('creates a touchpoint in the given cell with the channel default interaction', () => {
    const graph = given.journey({ stages: 1 });
    const [op] = addTouchpointOps(graph, { stageId: graph.stages[0].id, layer: 'frontstage', position: { x: 5, y: 6 } }, () => 'tp-new');
    expect(op).toMatchObject({
      op: 'create',
      entity: 'touchpoint',
      id: 'tp-new',
      data: { stageId: graph.stages[0].id, layer: 'frontstage', position: { x: 5, y: 6 }, channel: 'web', interaction: 'digital' },
    });
  });
});
