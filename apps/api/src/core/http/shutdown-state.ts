import { Injectable } from '@nestjs/common';

/**
 * Whether this process has been asked to stop. Readiness turns false the moment it has, so a load
 * balancer stops sending new work while the requests already here finish.
 */
@Injectable()
export class ShutdownState {
  private startedAt: number | null = null;

  begin(): void {
    this.startedAt ??= Date.now();
  }

  get shuttingDown(): boolean {
    return this.startedAt !== null;
  }
}
