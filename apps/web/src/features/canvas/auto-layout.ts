import { Graph, layout } from '@dagrejs/dagre';
import { groupBy, LAYERS, type ChangeOp, type Position, type TouchpointDto } from '@cxmap/domain';
import { sortedStages, type GraphContent } from '@cxmap/journey-format';
import { CELL_INSET, NODE_HEIGHT, NODE_WIDTH } from './canvas-geometry';

/*
 * Auto-layout: how it works.
 *
 * A touchpoint's stage (column) and layer (lane) carry meaning, so auto-layout never moves a card
 * to another cell; it only tidies the cards inside each cell, and the columns and lanes then size
 * themselves to the result (see computeGeometry).
 *
 * 1. Flow order. All touchpoints are sorted along the link flow: a topological order over the links
 *    (feedback loops are left out, they point backwards on purpose), where ties and cycles are
 *    broken by reading order — stage column, then layer, then current position.
 * 2. One dagre graph per cell, left to right (rankdir LR), with the cell's cards and the links
 *    between them. A chain of `leads_to` inside a stage therefore reads left to right, and cards
 *    that no link orders share a rank and are stacked top to bottom. Nodes are added in flow order,
 *    which dagre keeps for cards it has no reason to reorder, so a card fed by an earlier stage
 *    sits above one fed by a later step.
 * 3. The dagre box of each cell is moved to the cell's top-left inset; a card whose offset changes
 *    gets a `position` update. Everything ends up in one batch (one save, one undo step), and
 *    running it twice changes nothing the second time.
 */

const NODE_SEP = 20;
const RANK_SEP = 48;

type ReadingKey = [number, number, number, number];

function readingKey(tp: TouchpointDto, columnIndex: ReadonlyMap<string, number>): ReadingKey {
  return [columnIndex.get(tp.stageId) ?? 0, LAYERS.indexOf(tp.layer), tp.position.y, tp.position.x];
}

function compareKeys(a: ReadingKey, b: ReadingKey): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Touchpoint ids in link-flow order (see step 1 above). */
export function flowOrder(graph: GraphContent): string[] {
  const columnIndex = new Map(sortedStages(graph.stages).map((s, i) => [s.id, i]));
  const keys = new Map(graph.touchpoints.map((t) => [t.id, readingKey(t, columnIndex)]));
  const byReading = [...graph.touchpoints]
    .sort((a, b) => compareKeys(keys.get(a.id)!, keys.get(b.id)!) || a.id.localeCompare(b.id))
    .map((t) => t.id);
  const indegree = new Map(byReading.map((id) => [id, 0]));
  const next = new Map<string, string[]>();
  for (const link of graph.links) {
    if (link.type === 'feedback_loop' || !indegree.has(link.sourceId) || !indegree.has(link.targetId)) continue;
    if (link.sourceId === link.targetId) continue;
    indegree.set(link.targetId, indegree.get(link.targetId)! + 1);
    const targets = next.get(link.sourceId);
    if (targets) targets.push(link.targetId);
    else next.set(link.sourceId, [link.targetId]);
  }
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < byReading.length) {
    // The first card in reading order that nothing pending points to; in a cycle, the first left.
    const pick = byReading.find((id) => !done.has(id) && indegree.get(id) === 0) ?? byReading.find((id) => !done.has(id))!;
    done.add(pick);
    order.push(pick);
    for (const target of next.get(pick) ?? []) indegree.set(target, indegree.get(target)! - 1);
  }
  return order;
}

function layoutCell(members: TouchpointDto[], graph: GraphContent): Map<string, Position> {
  const ids = new Set(members.map((m) => m.id));
  const g = new Graph();
  g.setGraph({ rankdir: 'LR', nodesep: NODE_SEP, ranksep: RANK_SEP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const m of members) g.setNode(m.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const link of graph.links) {
    if (link.type === 'feedback_loop' || link.sourceId === link.targetId) continue;
    if (ids.has(link.sourceId) && ids.has(link.targetId)) g.setEdge(link.sourceId, link.targetId);
  }
  layout(g);
  const corners = members.map((m) => {
    const node = g.node(m.id) as { x: number; y: number };
    return { id: m.id, x: node.x - NODE_WIDTH / 2, y: node.y - NODE_HEIGHT / 2 };
  });
  const minX = Math.min(...corners.map((c) => c.x));
  const minY = Math.min(...corners.map((c) => c.y));
  return new Map(
    corners.map((c) => [c.id, { x: Math.round(c.x - minX + CELL_INSET), y: Math.round(c.y - minY + CELL_INSET) }]),
  );
}

/** Position updates that arrange every cell's touchpoints along the link flow (one batch). */
export function autoLayoutOps(graph: GraphContent): ChangeOp[] {
  const rank = new Map(flowOrder(graph).map((id, i) => [id, i]));
  const cells = groupBy(graph.touchpoints, (tp) => `${tp.stageId}|${tp.layer}`);
  const ops: ChangeOp[] = [];
  for (const members of cells.values()) {
    members.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    const targets =
      members.length === 1
        ? new Map([[members[0].id, { x: CELL_INSET, y: CELL_INSET }]])
        : layoutCell(members, graph);
    for (const tp of members) {
      const position = targets.get(tp.id)!;
      if (position.x === tp.position.x && position.y === tp.position.y) continue;
      ops.push({ op: 'update', entity: 'touchpoint', id: tp.id, version: tp.version, data: { position } });
    }
  }
  return ops;
}
