import { getViewportForBounds } from '@xyflow/react';
import { requestFullRender, whenAllCardsRendered } from '../canvas/full-render';
import type { ImageScope } from './export-formats';
import { snapshotSvg, svgDataUrl, svgToPng } from './map-snapshot';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Longest side of a whole-map image, in pixels (a huge map is drawn smaller rather than failing). */
const MAX_SIDE = 4096;
const PADDING = 24;

const BACKGROUND = '#ffffff';

/**
 * Panels drawn over the map (minimap, zoom controls, legends) are not part of the picture, nor are
 * the editing controls on it (buttons, connection handles) or the invisible wide paths that make
 * links easier to click: fewer elements also draw faster.
 */
const OVERLAYS = [
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__panel',
  'react-flow__attribution',
  'react-flow__handle',
  'react-flow__edge-interaction',
];

/** Mantine's buttons on the map are editing controls ("New stage", move and delete icons). */
const CONTROLS = ['mantine-Button-root', 'mantine-ActionIcon-root', 'mantine-CloseButton-root'];

export function isMapContent(node: HTMLElement | SVGElement | Node): boolean {
  if (!(node instanceof Element)) return true;
  // A plain button that shows text is content (a stage's name, double-click to rename); other buttons are controls.
  if (node.tagName === 'BUTTON') return (node.textContent ?? '').trim() !== '' && !CONTROLS.some((name) => node.classList.contains(name));
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
 * now, or the whole map (`bounds`, in flow coordinates). The picture is the map's own elements
 * styled by the page's stylesheets (see map-snapshot.ts), so it looks as the map does on screen.
 */
export async function canvasImage(format: 'png' | 'svg', scope: ImageScope, bounds: Rect, cards: number): Promise<string> {
  if (scope === 'view') return drawCanvas(format, scope, bounds);
  // The canvas mounts only what is in view, and light cards when zoomed out: the whole map needs them all, in full.
  const release = requestFullRender();
  try {
    await whenAllCardsRendered(cards);
    return await drawCanvas(format, scope, bounds);
  } finally {
    release();
  }
}

async function drawCanvas(format: 'png' | 'svg', scope: ImageScope, bounds: Rect): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const pane = viewport?.closest<HTMLElement>('.react-flow');
  if (!viewport || !pane) throw new Error('The map is not on the page.');
  const frame =
    scope === 'map'
      ? wholeMapFrame(bounds)
      : { width: pane.clientWidth, height: pane.clientHeight, transform: viewport.style.transform };
  const svg = await snapshotSvg(viewport, frame, { backgroundColor: BACKGROUND, keep: isMapContent });
  // The visible part is drawn at twice its size (sharp when zoomed in); the whole map is already up to 4096 px.
  return format === 'png' ? svgToPng(svg, frame, scope === 'map' ? 1 : 2, BACKGROUND) : svgDataUrl(svg);
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
