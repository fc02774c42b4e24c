import { describe, expect, it } from 'vitest';
import {
  absolutePosition,
  CELL_PADDING,
  computeGeometry,
  EMOTION_HEIGHT,
  HEADER_HEIGHT,
  LABEL_WIDTH,
  MIN_COLUMN_WIDTH,
  MIN_LANE_HEIGHT,
  NODE_HEIGHT,
  NODE_WIDTH,
} from './canvas-geometry';
import { given } from './test-builders';

describe('computeGeometry (shared by the canvas and the report map)', () => {
  it('puts columns in stage order right of the labels and lanes below the header and emotion band', () => {
    const graph = given.graph();
    graph.stages.reverse();
    const geometry = computeGeometry(graph);
    expect(geometry.columns).toEqual([
      { stageId: 's1', x: LABEL_WIDTH, width: MIN_COLUMN_WIDTH },
      { stageId: 's2', x: LABEL_WIDTH + MIN_COLUMN_WIDTH, width: MIN_COLUMN_WIDTH },
    ]);
    expect(geometry.width).toBe(LABEL_WIDTH + 2 * MIN_COLUMN_WIDTH);
    expect(geometry.header).toEqual({ y: 0, height: HEADER_HEIGHT });
    expect(geometry.lanes.map((l) => l.layer)).toEqual(['customer', 'frontstage', 'backstage', 'support']);
    expect(geometry.lanes[0]).toEqual({ layer: 'customer', y: HEADER_HEIGHT + EMOTION_HEIGHT, height: MIN_LANE_HEIGHT });
    expect(geometry.lanes[1]?.y).toBe(HEADER_HEIGHT + EMOTION_HEIGHT + MIN_LANE_HEIGHT);
    expect(geometry.height).toBe(HEADER_HEIGHT + EMOTION_HEIGHT + 4 * MIN_LANE_HEIGHT);
  });

  it('grows a column and a lane to hold their cards, and places a card at its cell plus its offset', () => {
    const graph = given.graph();
    graph.touchpoints = [given.touchpoint('a', 's1', { layer: 'backstage', position: { x: 300, y: 200 } })];
    const geometry = computeGeometry(graph);
    // 300 + 216 + 24 = 540 wide; 200 + 92 + 24 = 316 tall.
    expect(geometry.columns[0]?.width).toBe(300 + NODE_WIDTH + CELL_PADDING);
    expect(geometry.lanes[2]?.height).toBe(200 + NODE_HEIGHT + CELL_PADDING);
    // The next column and lane move along.
    expect(geometry.columns[1]?.x).toBe(LABEL_WIDTH + 300 + NODE_WIDTH + CELL_PADDING);
    expect(geometry.lanes[3]?.y).toBe((geometry.lanes[2]?.y ?? 0) + 200 + NODE_HEIGHT + CELL_PADDING);
    expect(absolutePosition(geometry, 's1', 'backstage', { x: 300, y: 200 })).toEqual({
      x: LABEL_WIDTH + 300,
      y: HEADER_HEIGHT + EMOTION_HEIGHT + 2 * MIN_LANE_HEIGHT + 200,
    });
    expect(absolutePosition(geometry, 'gone', 'customer', { x: 0, y: 0 })).toBeNull();
  });
});
