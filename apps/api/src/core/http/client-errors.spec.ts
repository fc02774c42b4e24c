import { clientErrorCode, clientErrorResponse } from './client-errors';

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
});
