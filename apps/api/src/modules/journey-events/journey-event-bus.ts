import { Injectable } from '@nestjs/common';
import type { JourneyChange } from './journey-event';

type Listener = (change: JourneyChange) => void;

/**
 * This process's subscribers, by journey. Fed by the LISTEN connection (PostgreSQL) or straight by
 * the publisher after commit (embedded database); the SSE streams subscribe here.
 */
@Injectable()
export class JourneyEventBus {
  private readonly byJourney = new Map<string, Set<Listener>>();
  private readonly resyncs = new Set<() => void>();
  private count = 0;

  /** Calls `listener` for every change of the journey `journeyId` of `workspaceId`; returns the unsubscribe. */
  subscribe(workspaceId: string, journeyId: string, listener: Listener): () => void {
    const key = `${workspaceId}/${journeyId}`;
    const listeners = this.byJourney.get(key) ?? new Set<Listener>();
    this.byJourney.set(key, listeners);
    const own = (change: JourneyChange): void => listener(change);
    listeners.add(own);
    this.count += 1;
    return () => {
      if (!listeners.delete(own)) return;
      this.count -= 1;
      if (listeners.size === 0) this.byJourney.delete(key);
    };
  }

  deliver(change: JourneyChange): void {
    for (const listener of this.byJourney.get(`${change.workspaceId}/${change.journeyId}`) ?? []) listener(change);
  }

  /** Calls `onResync` when changes may have been missed (the LISTEN connection came back); returns the removal. */
  onResync(onResync: () => void): () => void {
    const own = (): void => onResync();
    this.resyncs.add(own);
    return () => void this.resyncs.delete(own);
  }

  /** Tells every stream that changes may have been missed, so they end and their clients reconnect and refetch. */
  resync(): void {
    for (const onResync of [...this.resyncs]) onResync();
  }

  /** Open subscriptions (SSE streams) in this process. */
  get subscribers(): number {
    return this.count;
  }
}
