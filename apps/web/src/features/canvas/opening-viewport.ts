import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/** Below this zoom a card's text is too small to read: the opening view never goes lower. */
export const MIN_READABLE_ZOOM = 0.6;
/** The canvas's zoom range (React Flow's `minZoom` and `maxZoom`). */
export const CANVAS_ZOOM = { min: 0.1, max: 2 } as const;
/** The margin "Fit view" leaves around the map, as a share of the canvas. */
export const FIT_PADDING = 0.03;

/**
 * Where a canvas of `size` opens on a map of `bounds`: the whole map when it stays readable (as
 * "Fit view" would show it), otherwise its top-left part at the largest readable zoom, up to 1;
 * null when the canvas has no size yet (not laid out). Given to React Flow as its first viewport,
 * so the map is drawn once, where it opens, instead of at zoom 1 and then again.
 */
export function openingViewport(bounds: Rect, size: { width: number; height: number }): Viewport | null {
  if (size.width === 0 || size.height === 0) return null;
  const fit = Math.min((size.width - 32) / bounds.width, (size.height - 32) / bounds.height);
  if (fit >= MIN_READABLE_ZOOM) return getViewportForBounds(bounds, size.width, size.height, CANVAS_ZOOM.min, CANVAS_ZOOM.max, FIT_PADDING);
  return { x: 12, y: 12, zoom: Math.min(1, Math.max(MIN_READABLE_ZOOM, (size.height - 24) / bounds.height)) };
}
