import { applyOps } from '@cxmap/journey-format';
import { describe, expect, it } from 'vitest';
import { autoLayoutOps, flowOrder } from './auto-layout';
import { CELL_INSET } from './canvas-geometry';
import { given } from './given';

function chainInOneCell() {
  const graph = given.journey({ stages: 2 });
  const stageId = graph.stages[0].id;
  const c = given.touchpoint(stageId, { title: 'c', position: { x: 10, y: 10 } });
  const a = given.touchpoint(stageId, { title: 'a', position: { x: 300, y: 200 } });
  const b = given.touchpoint(stageId, { title: 'b', position: { x: 50, y: 400 } });
  graph.touchpoints = [c, a, b];
  graph.links = [given.link(a.id, b.id), given.link(b.id, c.id)];
  return { graph, a, b, c };
}

describe('flowOrder', () => {
  it('follows links, breaking ties in reading order and ignoring feedback loops', () => {
    const { graph, a, b, c } = chainInOneCell();
    graph.links.push(given.link(c.id, a.id, { type: 'feedback_loop' }));
    expect(flowOrder(graph)).toEqual([a.id, b.id, c.id]);
  });

  it('still orders every touchpoint when links form a cycle', () => {
    const { graph, a, c } = chainInOneCell();
    graph.links.push(given.link(c.id, a.id));
    expect(flowOrder(graph)).toHaveLength(3);
  });
});

describe('autoLayoutOps', () => {
  it('lays a linked chain out left to right inside its cell, starting at the inset', () => {
    const { graph, a, b, c } = chainInOneCell();
    const after = applyOps(graph, autoLayoutOps(graph)).graph;
    const pos = (id: string) => after.touchpoints.find((t) => t.id === id)!.position;
    expect(pos(a.id).x).toBe(CELL_INSET);
    expect(pos(a.id).x).toBeLessThan(pos(b.id).x);
    expect(pos(b.id).x).toBeLessThan(pos(c.id).x);
    expect(Math.min(pos(a.id).y, pos(b.id).y, pos(c.id).y)).toBe(CELL_INSET);
  });

  it('stacks unlinked cards and never moves a card to another cell', () => {
    const graph = given.journey({ stages: 2 });
    const [s1, s2] = graph.stages;
    graph.touchpoints = [
      given.touchpoint(s1.id, { position: { x: 100, y: 100 } }),
      given.touchpoint(s1.id, { position: { x: 100, y: 100 } }),
      given.touchpoint(s2.id, { layer: 'support', position: { x: 90, y: 70 } }),
    ];
    const ops = autoLayoutOps(graph);
    for (const op of ops) expect(Object.keys(op.op === 'update' ? op.data : {})).toEqual(['position']);
    const after = applyOps(graph, ops).graph.touchpoints;
    expect(after[0].position.x).toBe(after[1].position.x);
    expect(after[0].position.y).not.toBe(after[1].position.y);
    expect(after[2].position).toEqual({ x: CELL_INSET, y: CELL_INSET });
  });

  it('changes nothing when run twice', () => {
    const { graph } = chainInOneCell();
    const once = applyOps(graph, autoLayoutOps(graph)).graph;
    expect(autoLayoutOps(once)).toEqual([]);
  });
});
