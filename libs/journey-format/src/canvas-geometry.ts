import { LAYERS, type Layer, type Position } from '@cxmap/domain';
import { sortedStages, type GraphContent } from './graph';

/** Size of a touchpoint card on the canvas (flow pixels). */
export const NODE_WIDTH = 216;
export const NODE_HEIGHT = 92;
/** Free space kept right of / below the last card of a cell. */
export const CELL_PADDING = 24;
/** Smallest offset a card may have inside its cell. */
export const CELL_INSET = 12;
export const MIN_COLUMN_WIDTH = 280;
export const MIN_LANE_HEIGHT = 140;
export const LABEL_WIDTH = 160;
export const HEADER_HEIGHT = 84;
export const EMOTION_HEIGHT = 120;

export interface StageColumn {
  stageId: string;
  x: number;
  width: number;
}

export interface LayerLane {
  layer: Layer;
  y: number;
  height: number;
}

export interface Band {
  y: number;
  height: number;
}

/**
 * Where everything sits on the canvas (shared by the web canvas and the report's map image, so both
 * draw the same picture), in flow coordinates. From top to bottom: the stage header
 * row, the emotion-curve band, then one lane per service-blueprint layer. From left to right: the
 * lane labels, then one column per stage in `order`.
 */
export interface CanvasGeometry {
  columns: StageColumn[];
  lanes: LayerLane[];
  header: Band;
  emotion: Band;
  labelWidth: number;
  /** Right edge of the last column (the label column alone when there are no stages). */
  width: number;
  /** Bottom edge of the last lane. */
  height: number;
}

export interface Cell {
  stageId: string;
  layer: Layer;
  /** Offset of the card's top-left corner from the cell's top-left corner. */
  offset: Position;
}

/**
 * Columns are as wide as the right-most card in them needs (at least MIN_COLUMN_WIDTH); lanes as
 * tall as their lowest card needs across all columns (at least MIN_LANE_HEIGHT).
 */
export function computeGeometry(graph: GraphContent): CanvasGeometry {
  const stages = sortedStages(graph.stages);
  const columnNeeds = new Map<string, number>();
  const laneNeeds = new Map<Layer, number>();
  for (const tp of graph.touchpoints) {
    const right = tp.position.x + NODE_WIDTH + CELL_PADDING;
    const bottom = tp.position.y + NODE_HEIGHT + CELL_PADDING;
    columnNeeds.set(tp.stageId, Math.max(columnNeeds.get(tp.stageId) ?? 0, right));
    laneNeeds.set(tp.layer, Math.max(laneNeeds.get(tp.layer) ?? 0, bottom));
  }

  const header: Band = { y: 0, height: HEADER_HEIGHT };
  const emotion: Band = { y: HEADER_HEIGHT, height: EMOTION_HEIGHT };

  let x = LABEL_WIDTH;
  const columns = stages.map((stage) => {
    const width = Math.ceil(Math.max(MIN_COLUMN_WIDTH, columnNeeds.get(stage.id) ?? 0));
    const column = { stageId: stage.id, x, width };
    x += width;
    return column;
  });

  let y = emotion.y + emotion.height;
  const lanes = LAYERS.map((layer) => {
    const height = Math.ceil(Math.max(MIN_LANE_HEIGHT, laneNeeds.get(layer) ?? 0));
    const lane = { layer, y, height };
    y += height;
    return lane;
  });

  return { columns, lanes, header, emotion, labelWidth: LABEL_WIDTH, width: x, height: y };
}

/** Absolute canvas position of a touchpoint, or null when its stage is not on the canvas. */
export function absolutePosition(
  geometry: CanvasGeometry,
  stageId: string,
  layer: Layer,
  offset: Position,
): Position | null {
  const column = geometry.columns.find((c) => c.stageId === stageId);
  const lane = geometry.lanes.find((l) => l.layer === layer);
  if (!column || !lane) return null;
  return { x: column.x + offset.x, y: lane.y + offset.y };
}
