import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, type AppErrorCode } from '../errors/app-error';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../errors/problem';

/** Node's HTTP parser error codes (and its request timeout) → our problem codes. */
export function clientErrorCode(nodeCode: string | undefined): AppErrorCode {
  if (nodeCode === 'HPE_HEADER_OVERFLOW') return 'HEADERS_TOO_LARGE';
  if (nodeCode === 'ERR_HTTP_REQUEST_TIMEOUT') return 'REQUEST_TIMEOUT';
  return 'BAD_REQUEST';
}

/** The raw HTTP answer for a request Node's parser refused: a problem+json document, then the connection closes. */
export function clientErrorResponse(nodeCode: string | undefined): string {
  const problem = toProblem(new AppError(clientErrorCode(nodeCode)));
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${problem.status} ${problem.title}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Requests Node refuses before express sees them (a URL or headers over the 16 KB limit, a broken
 * request line, a request that never finished) are answered like every other error, as problem+json,
 * instead of Node's bare status line.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // An answer already under way on this keep-alive connection (an event stream, a download) must not
    // get a second status line in its middle: as Node's own handler does, the connection is dropped instead.
    if (error.code === 'ECONNRESET' || !socket.writable || answerUnderWay(socket)) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code));
  });
}

/** Whether the response Node is writing on this socket has sent its headers (Node keeps it on the socket). */
function answerUnderWay(socket: Duplex): boolean {
  const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  return current?.headersSent === true;
}
