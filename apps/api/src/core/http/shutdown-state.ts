import { Injectable } from '@nestjs/common';

/**
 * Whether this process has been asked to stop. Readiness turns false the moment it has, so a load
 * balancer stops sending new work while the requests already here finish.
 */
@Injectable()
export class ShutdownState {
  private startedAt: number | null = null;
  private readonly listeners = new Set<() => void>();

  begin(): void {
    if (this.startedAt !== null) return;
    this.startedAt = Date.now();
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` when stopping begins (long-lived answers such as event streams end then); returns the removal. */
  onBegin(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get shuttingDown(): boolean {
    return this.startedAt !== null;
  }
}
