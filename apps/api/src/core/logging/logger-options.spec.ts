import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp, { type Options } from 'pino-http';
import { loggerOptions } from './logger-options';

/** Runs one request through pino-http with our options and returns what it logged. */
function logOneRequest(headers: Record<string, string>): string {
  let output = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const options = loggerOptions('info').pinoHttp as Options;
  const middleware = pinoHttp(options, stream);
  const request = new IncomingMessage(new Socket());
  request.method = 'GET';
  request.url = '/api/journeys/1';
  request.headers = headers;
  const response = new ServerResponse(request);
  middleware(request, response);
  request.log.info({ req: request }, 'a line that carries the request');
  response.statusCode = 200;
  response.end();
  return output;
}

describe('request logs', () => {
  it('never hold the API key, the session cookie or the bearer header', () => {
    const secret = `cxk_${'S'.repeat(43)}`;
    const output = logOneRequest({ authorization: `Bearer ${secret}`, cookie: 'cxmap_session=top-secret-session' });
    expect(output).toContain('/api/journeys/1');
    expect(output).not.toContain(secret);
    expect(output).not.toContain('top-secret-session');
  });
});
