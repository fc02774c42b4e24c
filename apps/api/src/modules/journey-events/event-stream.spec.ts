import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import type { JourneyEventMessage } from '@cxmap/domain';
import { openEventStream, type EventStreamOptions } from './event-stream';

/** Just enough of Node's request and response for the stream: what it writes, whether it ended. */
class FakeResponse extends EventEmitter {
  written: string[] = [];
  destroyed = false;
  writableEnded = false;
  status(): this {
    return this;
  }
  setHeader(): void {}
  flushHeaders(): void {}
  write(chunk: string): boolean {
    this.written.push(chunk);
    return true;
  }
  end(): void {
    this.writableEnded = true;
  }
}

function harness(allowed: () => Promise<boolean> = async () => true) {
  const request = Object.assign(new EventEmitter(), { destroyed: false });
  const response = new FakeResponse();
  const state = { subscribed: 0, forcedEnd: null as null | (() => void), send: null as null | ((m: JourneyEventMessage) => void) };
  const options: EventStreamOptions = {
    subscribe: (send) => {
      state.subscribed += 1;
      state.send = send;
      return () => (state.subscribed -= 1);
    },
    stillAllowed: allowed,
    onForcedEnd: (end) => {
      state.forcedEnd = end;
      return () => (state.forcedEnd = null);
    },
    heartbeatMs: 1000,
  };
  const open = (): void => openEventStream(request as unknown as Request, response as unknown as Response, options);
  return { request, response, state, open };
}

const message: JourneyEventMessage = { journeyId: 'j', kind: 'graph', revision: 2, own: false };

describe('openEventStream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('subscribes, says connected, passes changes on and ends when the client leaves', () => {
    const { request, response, state, open } = harness();
    open();
    expect(state.subscribed).toBe(1);
    expect(response.written[0]).toContain(': connected');
    state.send?.(message);
    expect(response.written[1]).toBe(`event: journey-change\ndata: ${JSON.stringify(message)}\n\n`);
    request.emit('close');
    expect([state.subscribed, response.writableEnded, state.forcedEnd]).toEqual([0, true, null]);
  });

  it('opens nothing for a client that left while its access was checked (its close has fired already)', () => {
    const { request, response, state, open } = harness();
    request.destroyed = true;
    open();
    expect([state.subscribed, response.written.length, state.forcedEnd]).toEqual([0, 0, null]);
  });

  it('ends at a heartbeat once access is gone, and writes heartbeats while it lasts', async () => {
    let allowed = true;
    const { response, state, open } = harness(async () => allowed);
    open();
    await jest.advanceTimersByTimeAsync(1000);
    expect(response.written.at(-1)).toBe(': heartbeat\n\n');
    allowed = false;
    await jest.advanceTimersByTimeAsync(1000);
    expect([state.subscribed, response.writableEnded]).toEqual([0, true]);
  });

  it('ends at a heartbeat when the socket is gone without a close event', async () => {
    const { response, state, open } = harness();
    open();
    response.destroyed = true;
    await jest.advanceTimersByTimeAsync(1000);
    expect([state.subscribed, response.writableEnded]).toEqual([0, true]);
  });

  it('ends when the instance forces it (shutdown, a resync after the listener reconnected)', () => {
    const { response, state, open } = harness();
    open();
    state.forcedEnd?.();
    expect([state.subscribed, response.writableEnded, state.forcedEnd]).toEqual([0, true, null]);
  });
});
