import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { answerClientErrors, clientErrorCode, clientErrorResponse } from './client-errors';

/**
 * Sends `raw` on one connection, then `afterFirstAnswer` once the server has written something, and
 * collects everything the server writes until it closes the connection.
 */
function exchange(server: Server, raw: string, afterFirstAnswer?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.write(raw));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      if (received === '' && afterFirstAnswer !== undefined) socket.write(afterFirstAnswer);
      received += chunk;
    });
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('answers to requests Node refuses', () => {
  it('maps the parser’s codes to problems', () => {
    expect(clientErrorCode('HPE_HEADER_OVERFLOW')).toBe('HEADERS_TOO_LARGE');
    expect(clientErrorCode('ERR_HTTP_REQUEST_TIMEOUT')).toBe('REQUEST_TIMEOUT');
    expect(clientErrorCode('HPE_INVALID_METHOD')).toBe('BAD_REQUEST');
    expect(clientErrorCode(undefined)).toBe('BAD_REQUEST');
  });

  it('writes a complete HTTP answer with a problem+json body and closes', () => {
    const raw = clientErrorResponse('HPE_HEADER_OVERFLOW');
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toContain('Content-Type: application/problem+json');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(head).toContain('Connection: close');
    expect(JSON.parse(body)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  describe('on a live server', () => {
    let server: Server;
    beforeAll(async () => {
      // '/stream' starts an answer and keeps it open, like an event stream; everything else answers at once.
      server = createServer((request, response) => {
        if (request.url === '/stream') {
          response.writeHead(200, { 'Content-Type': 'text/event-stream' });
          response.write(': connected\n\n');
          return;
        }
        response.end('ok');
      });
      answerClientErrors(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('answers a malformed request with problem+json', async () => {
      const received = await exchange(server, 'NOT A REQUEST\r\n\r\n');
      expect(received).toMatch(/^HTTP\/1\.1 400 /);
      expect(received).toContain('application/problem+json');
    });

    it('drops the connection, writing nothing into it, when a malformed request follows an answer under way', async () => {
      const received = await exchange(server, 'GET /stream HTTP/1.1\r\nHost: x\r\n\r\n', 'NOT A REQUEST\r\n\r\n');
      expect(received).toMatch(/^HTTP\/1\.1 200 /);
      expect(received.match(/HTTP\/1\.1/g)).toHaveLength(1);
      expect(received).not.toContain('problem+json');
    });
  });
});
