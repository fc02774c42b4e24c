import { createContext, useContext, useSyncExternalStore } from 'react';
import { sameBadge, type MetricBadge } from './metric-badges';

type Listener = () => void;

/**
 * What the touchpoint cards read of metrics and highlighting, outside React Flow's node objects:
 * a metrics refetch or a filter change re-renders only the cards whose badge or dimming changed,
 * and never rebuilds the node array. Cards subscribe to their own entry (useSyncExternalStore).
 */
export class CanvasMetricsStore {
  private badges: ReadonlyMap<string, MetricBadge> = new Map();
  private matches: ReadonlySet<string> | null = null;
  private readonly listeners = new Set<Listener>();

  /** `matches`: the highlighted touchpoints, null when no filter is active (nothing dims). */
  update(badges: ReadonlyMap<string, MetricBadge>, matches: ReadonlySet<string> | null): void {
    const next = new Map<string, MetricBadge>();
    // An unchanged badge keeps its object, so its card's snapshot stays equal and it does not re-render.
    for (const [id, badge] of badges) {
      const before = this.badges.get(id);
      next.set(id, before && sameBadge(before, badge) ? before : badge);
    }
    this.badges = next;
    this.matches = matches;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  badgeOf(touchpointId: string): MetricBadge | undefined {
    return this.badges.get(touchpointId);
  }

  isDimmed(touchpointId: string): boolean {
    return this.matches !== null && !this.matches.has(touchpointId);
  }
}

/** Used where no canvas provides metrics (the shared view, tests of the bare canvas). */
const EMPTY_STORE = new CanvasMetricsStore();

export const CanvasMetricsContext = createContext<CanvasMetricsStore | null>(null);

function useStore(): CanvasMetricsStore {
  return useContext(CanvasMetricsContext) ?? EMPTY_STORE;
}

export function useTouchpointBadge(touchpointId: string): MetricBadge | undefined {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => store.badgeOf(touchpointId));
}

export function useTouchpointDimmed(touchpointId: string): boolean {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => store.isDimmed(touchpointId));
}
