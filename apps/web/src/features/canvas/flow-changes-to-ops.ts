import type { ChangeOp, LinkType, Position, TouchpointData } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import type { NodeChange } from '@xyflow/react';
import { dropLocation, type CanvasGeometry } from './canvas-geometry';
import type { TouchpointNode } from './journey-to-flow';

export type IdFactory = () => string;
export const randomId: IdFactory = () => crypto.randomUUID();

/**
 * Turns the node changes React Flow reports into one `/changes` batch. Only finished moves count
 * (`position` changes with `dragging: false`: the end of a drag, or a keyboard nudge); a drag in
 * progress is canvas-local state. Every moved touchpoint gets one update with its new cell offset,
 * plus `stageId` / `layer` when it was dropped into another column / lane. Selection, dimension
 * and removal changes produce nothing here (deletion goes through `deletionToOps`).
 */
export function flowChangesToOps(
  graph: GraphContent,
  geometry: CanvasGeometry,
  changes: readonly NodeChange<TouchpointNode>[],
): ChangeOp[] {
  const byId = new Map(graph.touchpoints.map((t) => [t.id, t]));
  const ops: ChangeOp[] = [];
  for (const change of changes) {
    if (change.type !== 'position' || change.dragging || !change.position) continue;
    const tp = byId.get(change.id);
    if (!tp) continue;
    const cell = dropLocation(geometry, change.position);
    if (!cell) continue;
    const data: Partial<TouchpointData> = {};
    if (cell.stageId !== tp.stageId) data.stageId = cell.stageId;
    if (cell.layer !== tp.layer) data.layer = cell.layer;
    if (!samePosition(cell.offset, tp.position)) data.position = cell.offset;
    if (Object.keys(data).length === 0) continue;
    ops.push({ op: 'update', entity: 'touchpoint', id: tp.id, version: tp.version, data });
  }
  return ops;
}

function samePosition(a: Position, b: Position): boolean {
  return a.x === b.x && a.y === b.y;
}

/** A new link for a connection drawn between two handles, or nothing if it would be invalid. */
export function connectionToOps(
  graph: GraphContent,
  connection: { source: string; target: string },
  newId: IdFactory = randomId,
  type: LinkType = 'leads_to',
): ChangeOp[] {
  const { source, target } = connection;
  if (source === target) return [];
  const ids = new Set(graph.touchpoints.map((t) => t.id));
  if (!ids.has(source) || !ids.has(target)) return [];
  const duplicate = graph.links.some((l) => l.sourceId === source && l.targetId === target && l.type === type);
  if (duplicate) return [];
  return [{ op: 'create', entity: 'link', id: newId(), data: { sourceId: source, targetId: target, type, label: null } }];
}

/**
 * Deletes touchpoints and links in one batch. Links of deleted touchpoints are left to the cascade
 * (deleting them explicitly too would make the batch refer to something already gone).
 */
export function deletionToOps(graph: GraphContent, nodeIds: readonly string[], edgeIds: readonly string[]): ChangeOp[] {
  const doomed = new Set(nodeIds);
  const ops: ChangeOp[] = [];
  for (const link of graph.links) {
    if (!edgeIds.includes(link.id)) continue;
    if (doomed.has(link.sourceId) || doomed.has(link.targetId)) continue;
    ops.push({ op: 'delete', entity: 'link', id: link.id, version: link.version });
  }
  for (const tp of graph.touchpoints) {
    if (doomed.has(tp.id)) ops.push({ op: 'delete', entity: 'touchpoint', id: tp.id, version: tp.version });
  }
  return ops;
}
