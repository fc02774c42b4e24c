import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { JourneyEventMessage } from '@cxmap/domain';

export interface OpenedStream {
  status: number;
  contentType: string;
  /** The body of a refused stream (a problem document). */
  body: string;
  /** Events received so far, in order. */
  events: JourneyEventMessage[];
  /** Comment lines received (`connected`, `heartbeat`). */
  comments: string[];
  /** Resolves with the first event (already received or still to come) that `match` accepts. */
  next(match: (event: JourneyEventMessage) => boolean): Promise<JourneyEventMessage>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/**
 * Opens a server-sent event stream on a listening app and parses it as it arrives. Resolves once
 * the server's first line (`: connected`, written after the subscription) is in, or with the
 * answer of a refused stream.
 */
export function openStream(url: string, headers: Record<string, string> = {}): Promise<OpenedStream> {
  return new Promise((resolve, reject) => {
    const events: JourneyEventMessage[] = [];
    const comments: string[] = [];
    const waiters: { match: (e: JourneyEventMessage) => boolean; resolve: (e: JourneyEventMessage) => void }[] = [];
    let buffer = '';
    let endResolve: () => void = () => undefined;
    const ended = new Promise<void>((r) => {
      endResolve = r;
    });
    const stream = (res: IncomingMessage, body: string): OpenedStream => ({
      status: res.statusCode ?? 0,
      contentType: String(res.headers['content-type'] ?? ''),
      body,
      events,
      comments,
      ended,
      next: (match) => {
        const found = events.find(match);
        if (found) return Promise.resolve(found);
        return new Promise((r) => waiters.push({ match, resolve: r }));
      },
      close: () => req.destroy(),
    });
    const req: ClientRequest = httpRequest(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      if (res.statusCode !== 200) {
        let body = '';
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(stream(res, body)));
        return;
      }
      let opened = false;
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let split = buffer.indexOf('\n\n');
        while (split >= 0) {
          const block = buffer.slice(0, split);
          buffer = buffer.slice(split + 2);
          split = buffer.indexOf('\n\n');
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n');
          for (const line of block.split('\n')) if (line.startsWith(': ')) comments.push(line.slice(2));
          if (data !== '') {
            const event = JSON.parse(data) as JourneyEventMessage;
            events.push(event);
            for (const waiter of waiters.filter((w) => w.match(event))) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve(event);
            }
          }
        }
        if (!opened && comments.includes('connected')) {
          opened = true;
          resolve(stream(res, ''));
        }
      });
      res.on('end', endResolve);
      res.on('close', endResolve);
    });
    req.on('error', (error) => {
      endResolve();
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
    });
    req.end();
  });
}
