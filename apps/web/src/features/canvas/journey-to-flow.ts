import type { LinkDto, TouchpointDto } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { absolutePosition, NODE_HEIGHT, NODE_WIDTH, type CanvasGeometry } from './canvas-geometry';
import { LINK_STYLES } from './link-styles';

/** The card's handles (`.handle` in canvas.module.css: 10 px, centred on the left and right edges of the node's box). */
const HANDLE_SIZE = 10;
const CARD_HANDLES: NodeHandle[] = [
  { type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y: NODE_HEIGHT / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { type: 'source', position: Position.Right, x: NODE_WIDTH - HANDLE_SIZE / 2, y: NODE_HEIGHT / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
];

export type TouchpointNodeData = { touchpoint: TouchpointDto };
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type LinkEdgeData = { link: LinkDto };
/** Solid links are React Flow's smooth-step edges; dashed ones draw their dashes piece by piece (dashed-link-edge.tsx). */
export type LinkEdge = Edge<LinkEdgeData, 'smoothstep' | 'dashed'>;

export interface FlowElements {
  nodes: TouchpointNode[];
  edges: LinkEdge[];
}

/**
 * Maps a journey graph onto React Flow elements: one `touchpoint` node per touchpoint at its
 * absolute position (cell origin + stored offset), one edge per ecosystem link, styled by type.
 * When `previous` is given, a node or edge whose entity and position did not change is reused as
 * the same object, so memoised nodes do not re-render after an unrelated edit.
 */
export function journeyToFlow(graph: GraphContent, geometry: CanvasGeometry, previous?: FlowElements): FlowElements {
  const previousNodes = new Map(previous?.nodes.map((n) => [n.id, n]));
  const previousEdges = new Map(previous?.edges.map((e) => [e.id, e]));

  const nodes: TouchpointNode[] = [];
  for (const tp of graph.touchpoints) {
    const position = absolutePosition(geometry, tp.stageId, tp.layer, tp.position);
    if (!position) continue;
    const before = previousNodes.get(tp.id);
    if (before && before.data.touchpoint === tp && before.position.x === position.x && before.position.y === position.y) {
      nodes.push(before);
      continue;
    }
    nodes.push({
      id: tp.id,
      type: 'touchpoint',
      position,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      // A card's box and handles are fixed (the card fills the node), so React Flow is told them instead of
      // measuring them: without `measured` it takes every new node object (each drag frame) for a new node and
      // measures it again, a forced layout of the whole canvas; without `handles` it mounts every card once,
      // in view or not, to measure its handles (2,000 cards on a big map).
      measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
      handles: CARD_HANDLES,
      ariaLabel: `Touchpoint: ${tp.title}`,
      data: { touchpoint: tp },
    });
  }

  const placed = new Set(nodes.map((n) => n.id));
  const edges: LinkEdge[] = [];
  for (const link of graph.links) {
    if (!placed.has(link.sourceId) || !placed.has(link.targetId)) continue;
    const before = previousEdges.get(link.id);
    edges.push(before && before.data?.link === link ? before : linkToEdge(link));
  }
  return { nodes, edges };
}

export function linkToEdge(link: LinkDto): LinkEdge {
  const style = LINK_STYLES[link.type];
  return {
    id: link.id,
    source: link.sourceId,
    target: link.targetId,
    type: style.dash ? 'dashed' : 'smoothstep',
    className: `link-edge link-edge--${link.type}`,
    label: link.label ?? undefined,
    ariaLabel: `Link: ${link.type.replace('_', ' ')}`,
    style: { stroke: style.color, strokeWidth: style.width, strokeDasharray: style.dash },
    markerEnd: { type: MarkerType.ArrowClosed, color: style.color, width: 16, height: 16 },
    data: { link },
  };
}
