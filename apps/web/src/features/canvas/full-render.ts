import { useSyncExternalStore } from 'react';

/**
 * While an image of the whole map is drawn, the canvas mounts every card and link (not only those
 * in view) at full detail (not the light card of a zoomed-out map), so the picture shows the map
 * as it is, whatever the zoom on screen. A small store outside React: the export dialog holds it,
 * the canvas reads it.
 */
let holders = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

const isFullRender = (): boolean => holders > 0;

/** Asks the canvas for every element at full detail; call the returned function to let it go (once is enough). */
export function requestFullRender(): () => void {
  holders += 1;
  notify();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    notify();
  };
}

/** true while someone holds a full render. */
export function useFullRender(): boolean {
  return useSyncExternalStore(subscribe, isFullRender, isFullRender);
}

/**
 * Resolves once `expected` cards are in the page, measured (React Flow shows a node when it knows
 * its size) and at full detail, or rejects after `timeoutMs`.
 */
export function whenAllCardsRendered(expected: number, timeoutMs = 15_000): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
      const ready =
        nodes.length >= expected &&
        [...nodes].every((node) => node.style.visibility !== 'hidden') &&
        document.querySelector('[data-testid="touchpoint-card"][data-light]') === null;
      if (ready) resolve();
      else if (performance.now() - started > timeoutMs) reject(new Error('The map took too long to draw every card; try the current view instead.'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
