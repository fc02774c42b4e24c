import { fromBodyParserError } from './body-parser-errors';

describe('fromBodyParserError', () => {
  it('maps malformed JSON, oversize bodies and other parser failures', () => {
    expect(fromBodyParserError(Object.assign(new SyntaxError('x'), { type: 'entity.parse.failed', status: 400 }))?.code).toBe(
      'MALFORMED_JSON',
    );
    expect(fromBodyParserError({ type: 'entity.too.large', status: 413 })?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(fromBodyParserError({ type: 'entity.verify.failed', status: 403 })?.code).toBe('FORBIDDEN');
    expect(fromBodyParserError({ type: 'charset.unsupported', status: 415 })?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(fromBodyParserError({ type: 'encoding.unsupported', status: 415 })?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(fromBodyParserError({ type: 'request.aborted', status: 400 })?.code).toBe('BAD_REQUEST');
    expect(fromBodyParserError({ type: 'stream.not.readable', status: 500 })).toBeNull();
    expect(fromBodyParserError(new Error('boom'))).toBeNull();
  });
});
