import { ReactFlow, type NodeChange, type ReactFlowProps, type XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { LinkEdge, TouchpointNode } from './journey-to-flow';

type DraggingFlowProps = ReactFlowProps<TouchpointNode, LinkEdge> & { nodes: TouchpointNode[] };

/**
 * React Flow with the positions of the cards being dragged kept here, not in the canvas: a drag frame
 * re-renders this component and React Flow, while the canvas and what it passes as children (backdrop,
 * mini map, panels, toolbar) stay as they are. `onNodesChange` still receives every change; the
 * canvas writes the move into the journey when the drag ends, and this forgets its positions in the
 * same update.
 */
export function DraggingFlow({ nodes, onNodesChange, children, ...props }: DraggingFlowProps) {
  const [drag, setDrag] = useState<ReadonlyMap<string, XYPosition> | null>(null);

  const shown = useMemo(() => {
    if (!drag) return nodes;
    return nodes.map((node) => {
      const position = drag.get(node.id);
      return position ? { ...node, dragging: true, position } : node;
    });
  }, [nodes, drag]);

  const onChange = useCallback(
    (changes: NodeChange<TouchpointNode>[]) => {
      const finished = changes.some((c) => c.type === 'position' && !c.dragging);
      const moves = changes.flatMap((c) => (c.type === 'position' && c.dragging && c.position ? [{ id: c.id, position: c.position }] : []));
      if (finished) setDrag(null);
      else if (moves.length > 0) {
        setDrag((previous) => {
          const next = new Map(previous ?? []);
          for (const move of moves) next.set(move.id, move.position);
          return next;
        });
      }
      onNodesChange?.(changes);
    },
    [onNodesChange],
  );

  return (
    <ReactFlow<TouchpointNode, LinkEdge> nodes={shown} onNodesChange={onChange} {...props}>
      {children}
    </ReactFlow>
  );
}
