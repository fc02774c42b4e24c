import { applyOps, sortedStages } from '@cxmap/journey-format';
import { describe, expect, it } from 'vitest';
import { given } from './given';
import { addStageOps, moveStageOps } from './stage-ops';

describe('moveStageOps', () => {
  it('swaps the order of a stage and its neighbour', () => {
    const graph = given.journey({ stages: 3 });
    const [s1, s2] = graph.stages;
    expect(moveStageOps(graph.stages, s2.id, -1)).toEqual([
      { op: 'update', entity: 'stage', id: s2.id, version: 1, data: { order: 0 } },
      { op: 'update', entity: 'stage', id: s1.id, version: 1, data: { order: 1 } },
    ]);
  });

  it('does nothing at the edges', () => {
    const graph = given.journey({ stages: 2 });
    expect(moveStageOps(graph.stages, graph.stages[0].id, -1)).toEqual([]);
    expect(moveStageOps(graph.stages, graph.stages[1].id, 1)).toEqual([]);
  });

  it('renumbers all stages when orders tie', () => {
    const graph = given.journey({ stages: 3 });
    graph.stages = graph.stages.map((s) => ({ ...s, order: 5 }));
    const before = sortedStages(graph.stages).map((s) => s.id);
    const ops = moveStageOps(graph.stages, before[0], 1);
    const after = sortedStages(applyOps(graph, ops).graph.stages).map((s) => s.id);
    expect(after).toEqual([before[1], before[0], before[2]]);
  });
});

describe('addStageOps', () => {
  it('appends a custom stage after the last column', () => {
    const graph = given.journey({ stages: 2 });
    const [op] = addStageOps(graph, () => 'new-stage');
    expect(op).toMatchObject({ op: 'create', entity: 'stage', id: 'new-stage', data: { order: 2, phase: 'custom' } });
  });
});
