import type { Request, Response } from 'express';
import { JOURNEY_EVENT_NAME, type JourneyEventMessage } from '@cxmap/domain';

/** A comment line every 25 s keeps proxies and browsers from closing an idle stream, and notices gone clients. */
export const HEARTBEAT_MS = 25_000;
/** How long a browser waits before reconnecting a dropped stream (the SSE `retry` field). */
export const RECONNECT_HINT_MS = 5_000;

export interface EventStreamOptions {
  /** Subscribes the stream to its changes; returns the unsubscribe. */
  subscribe: (send: (message: JourneyEventMessage) => void) => () => void;
  /** Asked at every heartbeat: false ends the stream (access revoked, link expired, journey deleted). */
  stillAllowed: () => Promise<boolean>;
  /** Subscribes to what ends every stream of the instance (shutdown, a reconnected LISTEN that may have missed changes); returns the removal. */
  onForcedEnd: (end: () => void) => () => void;
  heartbeatMs?: number;
}

/** One `journey-change` event in SSE wire format. */
export function formatEvent(message: JourneyEventMessage): string {
  return `event: ${JOURNEY_EVENT_NAME}\ndata: ${JSON.stringify(message)}\n\n`;
}

/**
 * Turns the answer into a `text/event-stream` that stays open until the client leaves, access
 * ends, or the instance stops (the client then reconnects, to any instance).
 */
export function openEventStream(request: Request, response: Response, options: EventStreamOptions): void {
  // The client left while access was checked: its 'close' has fired already and would never end the stream.
  if (request.destroyed || response.destroyed || response.writableEnded) return;
  response.status(200);
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store, no-transform');
  // nginx: pass every event on at once (docker/nginx.conf also turns buffering off for these paths).
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  let ended = false;
  const unsubscribe = options.subscribe((message) => {
    if (!ended) response.write(formatEvent(message));
  });
  // Subscribed before this first line: a client that has read it misses no later change.
  response.write(`retry: ${RECONNECT_HINT_MS}\n: connected\n\n`);
  const heartbeat = setInterval(() => {
    options.stillAllowed().then(
      (allowed) => {
        if (ended) return;
        // A socket gone without 'close' (seen with some proxies) ends the stream too.
        if (allowed && !response.destroyed) response.write(': heartbeat\n\n');
        else end();
      },
      // A database hiccup is no reason to drop the stream: try again at the next beat.
      () => undefined,
    );
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  const removeForcedEnd = options.onForcedEnd(() => end());

  function end(): void {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    removeForcedEnd();
    response.end();
  }
  request.on('close', end);
  response.on('close', end);
}
