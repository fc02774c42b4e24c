import { describe, expect, it } from 'vitest';
import {
  CELL_INSET,
  CELL_PADDING,
  cellAtPoint,
  computeGeometry,
  dropLocation,
  EMOTION_HEIGHT,
  HEADER_HEIGHT,
  LABEL_WIDTH,
  MIN_COLUMN_WIDTH,
  MIN_LANE_HEIGHT,
  NODE_HEIGHT,
  NODE_WIDTH,
} from './canvas-geometry';
import { given } from './given';

describe('computeGeometry', () => {
  it('lays stages out as columns in `order`, right of the lane labels, at least the minimum wide', () => {
    const graph = given.journey();
    const b = given.stage({ order: 2, name: 'B' });
    const a = given.stage({ order: 1, name: 'A' });
    graph.stages = [b, a];
    const geometry = computeGeometry(graph);
    expect(geometry.columns.map((c) => c.stageId)).toEqual([a.id, b.id]);
    expect(geometry.columns[0]).toEqual({ stageId: a.id, x: LABEL_WIDTH, width: MIN_COLUMN_WIDTH });
    expect(geometry.columns[1].x).toBe(LABEL_WIDTH + MIN_COLUMN_WIDTH);
    expect(geometry.width).toBe(LABEL_WIDTH + 2 * MIN_COLUMN_WIDTH);
  });

  it('has one lane per layer, top to bottom, below the header and the emotion band', () => {
    const geometry = computeGeometry(given.journey({ stages: 1 }));
    expect(geometry.lanes.map((l) => l.layer)).toEqual(['customer', 'frontstage', 'backstage', 'support']);
    expect(geometry.header).toEqual({ y: 0, height: HEADER_HEIGHT });
    expect(geometry.lanes[0].y).toBe(HEADER_HEIGHT + EMOTION_HEIGHT);
    expect(geometry.lanes[1].y).toBe(HEADER_HEIGHT + EMOTION_HEIGHT + MIN_LANE_HEIGHT);
    expect(geometry.height).toBe(HEADER_HEIGHT + EMOTION_HEIGHT + 4 * MIN_LANE_HEIGHT);
  });

  it('widens a column and heightens a lane to fit their content', () => {
    const graph = given.journey({ stages: 2 });
    graph.touchpoints = [
      given.touchpoint(graph.stages[0].id, { layer: 'backstage', position: { x: 400, y: 300 } }),
    ];
    const geometry = computeGeometry(graph);
    expect(geometry.columns[0].width).toBe(400 + NODE_WIDTH + CELL_PADDING);
    expect(geometry.columns[1].x).toBe(LABEL_WIDTH + 400 + NODE_WIDTH + CELL_PADDING);
    expect(geometry.lanes[2].height).toBe(300 + NODE_HEIGHT + CELL_PADDING);
    expect(geometry.lanes[3].y).toBe(geometry.lanes[2].y + 300 + NODE_HEIGHT + CELL_PADDING);
  });
});

describe('dropLocation', () => {
  const graph = given.journey({ stages: 3 });
  const geometry = computeGeometry(graph);
  const [first, second, third] = geometry.columns;
  const [customer, frontstage, , support] = geometry.lanes;

  it('finds the cell under the card centre and the offset of its corner in that cell', () => {
    const cell = dropLocation(geometry, { x: second.x + 30, y: frontstage.y + 20 });
    expect(cell).toEqual({ stageId: second.stageId, layer: 'frontstage', offset: { x: 30, y: 20 } });
  });

  it('uses the centre, so a card hanging over the next column still belongs where most of it is', () => {
    const cell = dropLocation(geometry, { x: second.x - 60, y: customer.y + 40 });
    expect(cell?.stageId).toBe(second.stageId);
    expect(cell?.offset.x).toBe(CELL_INSET);
  });

  it('clamps drops outside the grid to the nearest column and lane', () => {
    expect(dropLocation(geometry, { x: -500, y: -500 })).toMatchObject({ stageId: first.stageId, layer: 'customer' });
    expect(dropLocation(geometry, { x: 99_999, y: 99_999 })).toMatchObject({ stageId: third.stageId, layer: 'support' });
    expect(dropLocation(geometry, { x: third.x + 10, y: support.y + 10 })?.offset).toEqual({ x: CELL_INSET, y: CELL_INSET });
  });

  it('keeps a card dropped beyond the last column or lane at that cell\'s far edge', () => {
    const cell = dropLocation(geometry, { x: third.x + third.width + 400, y: support.y + support.height + 300 });
    expect(cell?.offset).toEqual({
      x: third.width - NODE_WIDTH - CELL_PADDING,
      y: support.height - NODE_HEIGHT - CELL_PADDING,
    });
  });

  it('has nowhere to drop without stages', () => {
    expect(dropLocation(computeGeometry(given.journey()), { x: 300, y: 300 })).toBeNull();
  });
});

describe('cellAtPoint', () => {
  const geometry = computeGeometry(given.journey({ stages: 2 }));
  it('centres a new card on the point inside a cell', () => {
    const column = geometry.columns[1];
    const lane = geometry.lanes[1];
    const cell = cellAtPoint(geometry, { x: column.x + 150, y: lane.y + 80 });
    expect(cell).toEqual({
      stageId: column.stageId,
      layer: 'frontstage',
      offset: { x: 150 - NODE_WIDTH / 2, y: 80 - NODE_HEIGHT / 2 },
    });
  });

  it('ignores the header, the emotion band and the lane labels', () => {
    expect(cellAtPoint(geometry, { x: LABEL_WIDTH + 10, y: 10 })).toBeNull();
    expect(cellAtPoint(geometry, { x: LABEL_WIDTH + 10, y: HEADER_HEIGHT + 10 })).toBeNull();
    expect(cellAtPoint(geometry, { x: 10, y: geometry.lanes[0].y + 10 })).toBeNull();
  });
});
