import type { ChangeOp } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { applyOps } from './apply-ops';
import type { GraphContent } from './graph';
import { inverseOps, withCurrentVersions } from './inverse-ops';
import { given } from './test-builders';

/** Applies a batch, then its inverse, and returns both graphs without versions. */
function roundTrip(before: GraphContent, ops: ChangeOp[]): { before: GraphContent; restored: GraphContent } {
  const done = applyOps(before, ops);
  expect(done.errors).toEqual([]);
  const undo = withCurrentVersions(done.graph, inverseOps(before, ops, done.removed));
  const undone = applyOps(done.graph, undo);
  expect(undone.errors).toEqual([]);
  return { before: strip(before), restored: strip(undone.graph) };
}

function strip(graph: GraphContent): GraphContent {
  const sortById = <T extends { id: string; version: number }>(list: T[]): T[] =>
    [...list].map((e) => ({ ...e, version: 0 })).sort((a, b) => a.id.localeCompare(b.id));
  return { stages: sortById(graph.stages), touchpoints: sortById(graph.touchpoints), links: sortById(graph.links) };
}

describe('inverseOps', () => {
  it('undoes a move', () => {
    const { before, restored } = roundTrip(given.graph(), [
      { op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { stageId: 's2', layer: 'backstage', position: { x: 9, y: 9 } } },
    ]);
    expect(restored).toEqual(before);
  });

  it('undoes creates', () => {
    const { before, restored } = roundTrip(given.graph(), [
      { op: 'create', entity: 'touchpoint', id: 'x', data: { ...given.touchpoint('x', 's1') } },
      { op: 'create', entity: 'link', id: 'ax', data: { sourceId: 'a', targetId: 'x', type: 'leads_to', label: null } },
    ]);
    expect(restored).toEqual(before);
  });

  it('undoes a stage delete with everything that went with it', () => {
    const { before, restored } = roundTrip(given.graph(), [{ op: 'delete', entity: 'stage', id: 's1', version: 1 }]);
    expect(restored).toEqual(before);
  });

  it('fills versions from the graph the undo is applied to', () => {
    const graph = given.graph();
    graph.touchpoints[0] = { ...graph.touchpoints[0], version: 7 };
    const ops = withCurrentVersions(graph, [{ op: 'delete', entity: 'touchpoint', id: 'a', version: 0 }]);
    expect(ops).toEqual([{ op: 'delete', entity: 'touchpoint', id: 'a', version: 7 }]);
  });
});
