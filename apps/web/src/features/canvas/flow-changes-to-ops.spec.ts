import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { computeGeometry } from './canvas-geometry';
import { connectionToOps, deletionToOps, flowChangesToOps } from './flow-changes-to-ops';
import { given } from './given';
import type { TouchpointNode } from './journey-to-flow';

function setup() {
  const graph = given.journey({ stages: 2 });
  const a = given.touchpoint(graph.stages[0].id, { position: { x: 20, y: 20 }, version: 3 });
  const b = given.touchpoint(graph.stages[0].id, { position: { x: 20, y: 20 }, layer: 'backstage' });
  graph.touchpoints = [a, b];
  const geometry = computeGeometry(graph);
  return { graph, geometry, a, b };
}

const end = (id: string, x: number, y: number): NodeChange<TouchpointNode> => ({
  id,
  type: 'position',
  position: { x, y },
  dragging: false,
});

describe('flowChangesToOps', () => {
  it('turns a finished drag of several nodes into one batch of updates', () => {
    const { graph, geometry, a, b } = setup();
    const [col1, col2] = geometry.columns;
    const [customer, frontstage, backstage] = geometry.lanes;
    const ops = flowChangesToOps(graph, geometry, [
      end(a.id, col1.x + 60, customer.y + 20),
      end(b.id, col2.x + 30, frontstage.y + 40),
    ]);
    expect(ops).toEqual([
      { op: 'update', entity: 'touchpoint', id: a.id, version: 3, data: { position: { x: 60, y: 20 } } },
      {
        op: 'update',
        entity: 'touchpoint',
        id: b.id,
        version: 1,
        data: { stageId: graph.stages[1].id, layer: 'frontstage', position: { x: 30, y: 40 } },
      },
    ]);
    expect(backstage.layer).toBe('backstage');
  });

  it('ignores drags in progress, selection changes and drops where the card was', () => {
    const { graph, geometry, a } = setup();
    const origin = { x: geometry.columns[0].x + 20, y: geometry.lanes[0].y + 20 };
    const ops = flowChangesToOps(graph, geometry, [
      { id: a.id, type: 'position', position: { x: 900, y: 900 }, dragging: true },
      { id: a.id, type: 'select', selected: true },
      end(a.id, origin.x, origin.y),
      end('unknown', 10, 10),
    ]);
    expect(ops).toEqual([]);
  });
});

describe('connectionToOps', () => {
  it('creates a leads_to link with a fresh id', () => {
    const { graph, a, b } = setup();
    expect(connectionToOps(graph, { source: a.id, target: b.id }, () => 'new-link')).toEqual([
      { op: 'create', entity: 'link', id: 'new-link', data: { sourceId: a.id, targetId: b.id, type: 'leads_to', label: null } },
    ]);
  });

  it('refuses self links and duplicates', () => {
    const { graph, a, b } = setup();
    expect(connectionToOps(graph, { source: a.id, target: a.id })).toEqual([]);
    graph.links = [given.link(a.id, b.id)];
    expect(connectionToOps(graph, { source: a.id, target: b.id })).toEqual([]);
  });
});

describe('deletionToOps', () => {
  it('deletes selected links and touchpoints, leaving links of deleted touchpoints to the cascade', () => {
    const { graph, a, b } = setup();
    const c = given.touchpoint(graph.stages[1].id);
    graph.touchpoints.push(c);
    const ab = given.link(a.id, b.id);
    const bc = given.link(b.id, c.id, { version: 4 });
    graph.links = [ab, bc];
    expect(deletionToOps(graph, [a.id], [ab.id, bc.id])).toEqual([
      { op: 'delete', entity: 'link', id: bc.id, version: 4 },
      { op: 'delete', entity: 'touchpoint', id: a.id, version: 3 },
    ]);
  });
});
