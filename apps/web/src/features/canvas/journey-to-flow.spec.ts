import { describe, expect, it } from 'vitest';
import { computeGeometry } from './canvas-geometry';
import { given } from './given';
import { journeyToFlow, linkToEdge } from './journey-to-flow';
import { LINK_STYLES } from './link-styles';

function sample() {
  const graph = given.journey({ stages: 2 });
  const [s1, s2] = graph.stages;
  const a = given.touchpoint(s1.id, { title: 'Sees ad', position: { x: 20, y: 30 } });
  const b = given.touchpoint(s2.id, { title: 'Calls support', layer: 'frontstage', position: { x: 40, y: 10 } });
  const orphan = given.touchpoint('missing-stage');
  graph.touchpoints = [a, b, orphan];
  graph.links = [given.link(a.id, b.id, { type: 'hand_off', label: 'to agent' }), given.link(a.id, orphan.id)];
  return { graph, a, b };
}

describe('journeyToFlow', () => {
  it('places each touchpoint at its cell origin plus its offset', () => {
    const { graph, a, b } = sample();
    const geometry = computeGeometry(graph);
    const { nodes } = journeyToFlow(graph, geometry);
    expect(nodes.map((n) => n.id)).toEqual([a.id, b.id]);
    expect(nodes[0]).toMatchObject({
      type: 'touchpoint',
      position: { x: geometry.columns[0].x + 20, y: geometry.lanes[0].y + 30 },
      data: { touchpoint: a },
    });
    expect(nodes[1].position).toEqual({ x: geometry.columns[1].x + 40, y: geometry.lanes[1].y + 10 });
  });

  it('gives each card its fixed box and handles as already measured, so React Flow never measures a card', () => {
    const { graph } = sample();
    const { nodes } = journeyToFlow(graph, computeGeometry(graph));
    for (const node of nodes) {
      expect(node.measured).toEqual({ width: node.width, height: node.height });
      // A link enters on the left edge and leaves from the right one, at mid-height.
      const [target, source] = node.handles ?? [];
      expect(target).toMatchObject({ type: 'target', position: 'left', x: -5, y: (node.height ?? 0) / 2 - 5 });
      expect(source).toMatchObject({ type: 'source', position: 'right', x: (node.width ?? 0) - 5, y: (node.height ?? 0) / 2 - 5 });
    }
  });

  it('draws links between placed touchpoints, styled by type', () => {
    const { graph, a, b } = sample();
    const { edges } = journeyToFlow(graph, computeGeometry(graph));
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: a.id, target: b.id, label: 'to agent' });
    expect(edges[0].style?.stroke).toBe(LINK_STYLES.hand_off.color);
    expect(edges[0].style?.strokeDasharray).toBe(LINK_STYLES.hand_off.dash);
  });

  it('draws dashed link types with the dashed edge, solid ones as smooth steps', () => {
    const { a, b } = sample();
    for (const type of Object.keys(LINK_STYLES) as (keyof typeof LINK_STYLES)[]) {
      const edge = linkToEdge(given.link(a.id, b.id, { type }));
      expect(edge.type, type).toBe(LINK_STYLES[type].dash ? 'dashed' : 'smoothstep');
    }
  });

  it('reuses unchanged nodes and edges from the previous mapping', () => {
    const { graph, a } = sample();
    const geometry = computeGeometry(graph);
    const first = journeyToFlow(graph, geometry);
    const moved = { ...graph, touchpoints: graph.touchpoints.map((t) => (t.id === a.id ? { ...t, title: 'Renamed' } : t)) };
    const second = journeyToFlow(moved, computeGeometry(moved), first);
    expect(second.nodes[0]).not.toBe(first.nodes[0]);
    expect(second.nodes[0].data.touchpoint.title).toBe('Renamed');
    expect(second.nodes[1]).toBe(first.nodes[1]);
    expect(second.edges[0]).toBe(first.edges[0]);
  });
});
