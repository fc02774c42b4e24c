import type { GraphContent } from '@cxmap/journey-format';
import type { CanvasFocus } from '../../app/canvas-focus';

/** The entity the side panel edits. */
export type PanelTarget = { kind: 'touchpoint' | 'link' | 'stage'; id: string };

/** What is selected on the canvas: cards and links (React Flow selection) or one stage column. */
export interface CanvasSelection {
  nodes: readonly string[];
  edges: readonly string[];
  stageId: string | null;
}

export const NO_SELECTION: CanvasSelection = { nodes: [], edges: [], stageId: null };

/** Applies React Flow `select` changes to the nodes or edges part; selecting a card or link unselects the stage. */
export function applySelectChanges(
  selection: CanvasSelection,
  part: 'nodes' | 'edges',
  changes: readonly { id: string; selected: boolean }[],
): CanvasSelection {
  if (changes.length === 0) return selection;
  const ids = new Set(selection[part]);
  for (const change of changes) {
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  const next = { ...selection, [part]: [...ids] };
  if (ids.size > 0) next.stageId = null;
  return next;
}

/** Drops ids that no longer exist (after a delete, an undo or a reload). */
export function pruneSelection(selection: CanvasSelection, graph: GraphContent): CanvasSelection {
  const tps = new Set(graph.touchpoints.map((t) => t.id));
  const links = new Set(graph.links.map((l) => l.id));
  const nodes = selection.nodes.filter((id) => tps.has(id));
  const edges = selection.edges.filter((id) => links.has(id));
  const stageId = selection.stageId && graph.stages.some((s) => s.id === selection.stageId) ? selection.stageId : null;
  if (nodes.length === selection.nodes.length && edges.length === selection.edges.length && stageId === selection.stageId) {
    return selection;
  }
  return { nodes, edges, stageId };
}

/** The entity the side panel edits: exactly one card, or exactly one link, or the selected stage. */
export function panelTarget(selection: CanvasSelection): PanelTarget | null {
  if (selection.nodes.length === 1 && selection.edges.length === 0) return { kind: 'touchpoint', id: selection.nodes[0] };
  if (selection.edges.length === 1 && selection.nodes.length === 0) return { kind: 'link', id: selection.edges[0] };
  if (selection.stageId) return { kind: 'stage', id: selection.stageId };
  return null;
}

/** The canvas selection a focus starts with. */
export function selectionOfFocus(focus: CanvasFocus | null): CanvasSelection {
  if (!focus) return NO_SELECTION;
  const { kind, id } = focus.target;
  if (kind === 'touchpoint') return { nodes: [id], edges: [], stageId: null };
  if (kind === 'link') return { nodes: [], edges: [id], stageId: null };
  return { nodes: [], edges: [], stageId: id };
}
