import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { MIN_READABLE_ZOOM, openingViewport } from './opening-viewport';

describe('openingViewport', () => {
  it('fits a map that stays readable whole, as "Fit view" does', () => {
    const bounds = { x: 0, y: 0, width: 1200, height: 600 };
    const view = openingViewport(bounds, { width: 1280, height: 800 });
    expect(view).toEqual(getViewportForBounds(bounds, 1280, 800, 0.1, 2, 0.03));
    expect(view?.zoom).toBeGreaterThanOrEqual(MIN_READABLE_ZOOM);
  });

  it('opens a map too big to read whole at its top-left, at the largest readable zoom up to 1', () => {
    // 2,000 cards: far wider than the window.
    expect(openingViewport({ x: 0, y: 0, width: 20_000, height: 2_000 }, { width: 1280, height: 1400 })).toEqual({ x: 12, y: 12, zoom: (1400 - 24) / 2_000 });
    expect(openingViewport({ x: 0, y: 0, width: 20_000, height: 900 }, { width: 1280, height: 1400 })).toEqual({ x: 12, y: 12, zoom: 1 });
    expect(openingViewport({ x: 0, y: 0, width: 20_000, height: 9_000 }, { width: 1280, height: 1400 })).toEqual({ x: 12, y: 12, zoom: MIN_READABLE_ZOOM });
  });

  it('has no opening view for a canvas that is not laid out yet', () => {
    expect(openingViewport({ x: 0, y: 0, width: 100, height: 100 }, { width: 0, height: 0 })).toBeNull();
  });
});
