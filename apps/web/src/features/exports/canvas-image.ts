import { getViewportForBounds } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import type { ImageScope } from './export-formats';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Longest side of a whole-map image, in pixels (a huge map is drawn smaller rather than failing). */
const MAX_SIDE = 4096;
const PADDING = 24;

/**
 * Panels drawn over the map (minimap, zoom controls, legends) are not part of the picture, nor are
 * the editing controls on it (buttons, connection handles): fewer elements also draw faster.
 */
const OVERLAYS = ['react-flow__minimap', 'react-flow__controls', 'react-flow__panel', 'react-flow__attribution', 'react-flow__handle'];

export function isMapContent(node: HTMLElement | SVGElement | Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node.tagName === 'BUTTON') return false;
  return !OVERLAYS.some((name) => node.classList.contains(name));
}

/**
 * Size and viewport transform of a whole-map image: the map's bounds at 1:1 plus a margin, scaled
 * down to fit MAX_SIDE (React Flow's documented approach: bounds → getViewportForBounds).
 */
export function wholeMapFrame(bounds: Rect): { width: number; height: number; transform: string } {
  const scale = Math.min(1, MAX_SIDE / (bounds.width + 2 * PADDING), MAX_SIDE / (bounds.height + 2 * PADDING));
  const width = Math.round((bounds.width + 2 * PADDING) * scale);
  const height = Math.round((bounds.height + 2 * PADDING) * scale);
  const viewport = getViewportForBounds(bounds, width, height, 0.05, 2, `${PADDING}px`);
  return { width, height, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` };
}

/**
 * The map as a PNG or SVG data URL, drawn from the canvas in the page: the visible part as it is
 * now, or the whole map (`bounds`, in flow coordinates).
 */
export async function canvasImage(format: 'png' | 'svg', scope: ImageScope, bounds: Rect): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const pane = viewport?.closest<HTMLElement>('.react-flow');
  if (!viewport || !pane) throw new Error('The map is not on the page.');
  const frame =
    scope === 'map'
      ? wholeMapFrame(bounds)
      : { width: pane.clientWidth, height: pane.clientHeight, transform: viewport.style.transform };
  const options = {
    backgroundColor: '#ffffff',
    width: frame.width,
    height: frame.height,
    filter: isMapContent,
    style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
  };
  return format === 'png' ? toPng(viewport, { ...options, pixelRatio: scope === 'map' ? 1 : 2 }) : toSvg(viewport, options);
}

/** Saves a data URL (or any same-origin URL) under `fileName`, as the browser's download. */
export function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
