import type { Position } from '@cxmap/domain';
import { LABEL_WIDTH, MIN_COLUMN_WIDTH, NODE_HEIGHT, NODE_WIDTH, CELL_INSET, CELL_PADDING, type CanvasGeometry, type Cell } from '@cxmap/journey-format';

/*
 * The canvas's grid (columns per stage × lanes per layer) lives in @cxmap/journey-format, so that
 * the report's map image is laid out by the same code; what only the interactive canvas needs
 * (dropping, double-clicking, fitting the view) stays here.
 */
export {
  absolutePosition,
  CELL_INSET,
  CELL_PADDING,
  computeGeometry,
  EMOTION_HEIGHT,
  HEADER_HEIGHT,
  LABEL_WIDTH,
  MIN_COLUMN_WIDTH,
  MIN_LANE_HEIGHT,
  NODE_HEIGHT,
  NODE_WIDTH,
  type Band,
  type CanvasGeometry,
  type Cell,
  type LayerLane,
  type StageColumn,
} from '@cxmap/journey-format';

function nearestIndex<T>(items: readonly T[], start: (item: T) => number, size: (item: T) => number, at: number): number {
  const index = items.findIndex((item) => at < start(item) + size(item));
  return index === -1 ? items.length - 1 : index;
}

/**
 * The cell a card lands in when its top-left corner is dropped at `topLeft`: the column and lane
 * under the card's centre (clamped to the nearest one when the centre is outside the grid), and
 * the offset of the corner inside that cell (never closer than CELL_INSET to its top-left edges;
 * a card dropped beyond the last column or lane is kept at that cell's far edge).
 */
export function dropLocation(geometry: CanvasGeometry, topLeft: Position): Cell | null {
  if (geometry.columns.length === 0) return null;
  const centre = { x: topLeft.x + NODE_WIDTH / 2, y: topLeft.y + NODE_HEIGHT / 2 };
  const column = geometry.columns[nearestIndex(geometry.columns, (c) => c.x, (c) => c.width, centre.x)];
  const lane = geometry.lanes[nearestIndex(geometry.lanes, (l) => l.y, (l) => l.height, centre.y)];
  // Past the last column / lane, the card stays at that cell's far edge instead of stretching it.
  const maxX = centre.x >= column.x + column.width ? column.width - NODE_WIDTH - CELL_PADDING : Infinity;
  const maxY = centre.y >= lane.y + lane.height ? lane.height - NODE_HEIGHT - CELL_PADDING : Infinity;
  return {
    stageId: column.stageId,
    layer: lane.layer,
    offset: {
      x: Math.round(Math.max(CELL_INSET, Math.min(maxX, topLeft.x - column.x))),
      y: Math.round(Math.max(CELL_INSET, Math.min(maxY, topLeft.y - lane.y))),
    },
  };
}

/**
 * The cell under a point (e.g. a double-click), with the offset that centres a new card on it, or
 * null when the point is outside the stage columns or the layer lanes.
 */
export function cellAtPoint(geometry: CanvasGeometry, point: Position): Cell | null {
  const column = geometry.columns.find((c) => point.x >= c.x && point.x < c.x + c.width);
  const lane = geometry.lanes.find((l) => point.y >= l.y && point.y < l.y + l.height);
  if (!column || !lane) return null;
  return dropLocation(geometry, { x: point.x - NODE_WIDTH / 2, y: point.y - NODE_HEIGHT / 2 });
}

/** Room right of the last column for the "New stage" button. */
export const ADD_STAGE_SPACE = 150;

/** The whole map (labels, header, emotion band, lanes, "New stage") as a rectangle, for fitting the view. */
export function canvasBounds(geometry: CanvasGeometry): { x: number; y: number; width: number; height: number } {
  return { x: 0, y: 0, width: Math.max(geometry.width, LABEL_WIDTH + MIN_COLUMN_WIDTH) + ADD_STAGE_SPACE, height: geometry.height };
}
