import type { Server } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ShutdownState } from './shutdown-state';

export interface DrainOptions {
  /** Longest wait for in-flight requests (SHUTDOWN_GRACE_MS). */
  graceMs: number;
  /** Time to keep accepting requests with readiness false, so load balancers notice (SHUTDOWN_DELAY_MS). */
  delayMs: number;
  logger: LoggerService;
}

export type DrainResult = 'drained' | 'timed-out';

/** While shutting down, answers close their connection, so keep-alive clients reconnect elsewhere. */
export function closeConnectionsWhenStopping(state: ShutdownState): (request: Request, response: Response, next: NextFunction) => void {
  return (_request, response, next) => {
    if (state.shuttingDown) response.setHeader('Connection', 'close');
    next();
  };
}

/**
 * The SIGTERM sequence: readiness false at once; after `delayMs` stop accepting connections; let
 * in-flight requests finish (a `/changes` batch is one transaction: it commits whole or not at
 * all); then close the app, database pool last. Gives up after `graceMs` ('timed-out'): the caller
 * then exits non-zero, and PostgreSQL rolls back whatever transaction was still open.
 */
export async function drainAndClose(app: INestApplication, options: DrainOptions): Promise<DrainResult> {
  app.get(ShutdownState).begin();
  const server = app.getHttpServer() as Server;
  let deadline: NodeJS.Timeout | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  const timedOut = new Promise<DrainResult>((resolve) => {
    deadline = setTimeout(() => resolve('timed-out'), options.graceMs);
  });
  const drained = (async (): Promise<DrainResult> => {
    if (options.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections that fall idle after their last answer are closed as soon as they do.
    server.closeIdleConnections();
    sweeper = setInterval(() => server.closeIdleConnections(), 100);
    await closed;
    options.logger.log('all requests answered; closing');
    await app.close();
    return 'drained';
  })();
  drained.catch(() => undefined); // after a time-out nobody awaits it any more
  try {
    const result = await Promise.race([drained, timedOut]);
    if (result === 'timed-out') {
      options.logger.error(`requests still running after SHUTDOWN_GRACE_MS=${options.graceMs}: closing their connections`);
      server.closeAllConnections();
    }
    return result;
  } finally {
    clearTimeout(deadline);
    clearInterval(sweeper);
  }
}
