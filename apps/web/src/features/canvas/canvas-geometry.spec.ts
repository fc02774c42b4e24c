import { describe, expect, it } from 'vitest';
import {
  CELL_INSET,
  CELL_PADDING,
  cellAtPoint,
  computeGeometry,
  dropLocation,
  HEADER_HEIGHT,
  LABEL_WIDTH,
  NODE_HEIGHT,
  NODE_WIDTH,
} from './canvas-geometry';
import { given } from './given';

// computeGeometry itself is specified with the shared lib (libs/journey-format/src/canvas-geometry.spec.ts).
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
