import { createContext, useContext, useSyncExternalStore } from 'react';
import { samePainMarker, type PainMarker, type PainMarkers } from './pain-marker';

type Listener = () => void;

/**
 * The pain markers the cards and stage headers read, outside React Flow's node objects (as the
 * metric badges): a summary refetch re-renders only the cards whose marker changed.
 */
export class CanvasPainStore {
  private markers: PainMarkers = new Map();
  private readonly listeners = new Set<Listener>();

  update(markers: PainMarkers): void {
    const next = new Map<string, PainMarker>();
    // An unchanged marker keeps its object, so its card's snapshot stays equal and it does not re-render.
    for (const [id, marker] of markers) {
      const before = this.markers.get(id);
      next.set(id, before && samePainMarker(before, marker) ? before : marker);
    }
    this.markers = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  markerOf(targetId: string): PainMarker | undefined {
    return this.markers.get(targetId);
  }
}

/** Used where no canvas provides annotations (the shared view, tests of the bare canvas). */
const EMPTY_STORE = new CanvasPainStore();

export const CanvasPainContext = createContext<CanvasPainStore | null>(null);

export function usePainMarker(targetId: string): PainMarker | undefined {
  const store = useContext(CanvasPainContext) ?? EMPTY_STORE;
  return useSyncExternalStore(store.subscribe, () => store.markerOf(targetId));
}
