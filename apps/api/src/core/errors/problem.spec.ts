import { AppError } from './app-error';
import { codeForStatus, problemSpec, toProblem } from './problem';

describe('problem mapping', () => {
  it.each([
    ['VALIDATION_FAILED', 400],
    ['UNAUTHENTICATED', 401],
    ['INVALID_CREDENTIALS', 401],
    ['FORBIDDEN', 403],
    ['INVALID_API_KEY', 401],
    ['API_KEY_NOT_ALLOWED', 403],
    ['API_KEY_NOT_FOUND', 404],
    ['TOO_MANY_API_KEYS', 422],
    ['TOO_MANY_SHARE_LINKS', 422],
    ['JOURNEY_NOT_FOUND', 404],
    ['STAGE_NOT_FOUND', 404],
    ['TOUCHPOINT_NOT_FOUND', 404],
    ['MEMBER_NOT_FOUND', 404],
    ['LINK_NOT_FOUND', 404],
    ['METRIC_NOT_FOUND', 404],
    ['METRIC_ATTACHMENT_NOT_FOUND', 404],
    ['METRIC_KEY_TAKEN', 409],
    ['METRIC_BUILT_IN', 409],
    ['METRIC_IN_USE', 409],
    ['METRIC_ALREADY_ATTACHED', 409],
    ['METRIC_NOT_FOR_TARGET', 422],
    ['TOO_MANY_METRICS', 422],
    ['TOO_MANY_ANNOTATIONS', 422],
    ['TOO_MANY_METRIC_ATTACHMENTS', 422],
    ['TOO_MANY_MEASUREMENTS', 422],
    ['DOCUMENT_TOO_LARGE', 422],
    ['IMPORTS_BUSY', 503],
    ['INVITATION_NOT_FOUND', 404],
    ['INVITATION_FOR_ANOTHER_EMAIL', 403],
    ['LAST_OWNER', 409],
    ['SOLE_OWNER', 409],
    ['WRONG_PASSWORD', 400],
    ['ALREADY_MEMBER', 409],
    ['VERSION_CONFLICT', 409],
    ['STALE_REVISION', 409],
    ['DUPLICATE_ID', 422],
    ['SELF_LINK', 422],
    ['DUPLICATE_LINK', 422],
    ['ID_TAKEN', 422],
    ['BATCH_TOO_LARGE', 413],
    ['REMOVED_IN_BATCH', 422],
    ['TOO_MANY_TOUCHPOINTS', 422],
    ['TOO_MANY_LINKS', 422],
    ['UNSUPPORTED_MEDIA_TYPE', 415],
    ['METHOD_NOT_ALLOWED', 405],
    ['DATABASE_UNAVAILABLE', 503],
    ['SHUTTING_DOWN', 503],
    ['HEADERS_TOO_LARGE', 431],
    ['REQUEST_TIMEOUT', 408],
  ] as const)('maps %s to %i', (code, status) => {
    expect(problemSpec(code).status).toBe(status);
  });

  it('asks clients to retry temporary failures only', () => {
    expect(problemSpec('DATABASE_UNAVAILABLE').retryAfterSeconds).toBe(5);
    expect(problemSpec('SHUTTING_DOWN').retryAfterSeconds).toBeGreaterThan(0);
    expect(problemSpec('INTERNAL').retryAfterSeconds).toBeUndefined();
  });

  it('builds an RFC 9457 document with the code, field errors and conflicts', () => {
    const problem = toProblem(
      new AppError('VERSION_CONFLICT', {
        detail: '1 entity changed',
        conflicts: [{ index: 0, entity: 'stage', id: 'x', current: null }],
      }),
    );
    expect(problem).toEqual({
      type: 'urn:cxmap:problem:version-conflict',
      title: expect.any(String),
      status: 409,
      code: 'VERSION_CONFLICT',
      detail: '1 entity changed',
      conflicts: [{ index: 0, entity: 'stage', id: 'x', current: null }],
    });
  });

  it('omits absent optional members', () => {
    expect(Object.keys(toProblem(new AppError('FORBIDDEN')))).toEqual(['type', 'title', 'status', 'code']);
  });

  it('derives codes for foreign statuses', () => {
    expect(codeForStatus(404)).toBe('ROUTE_NOT_FOUND');
    expect(codeForStatus(413)).toBe('PAYLOAD_TOO_LARGE');
    expect(codeForStatus(405)).toBe('METHOD_NOT_ALLOWED');
    expect(codeForStatus(415)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(codeForStatus(418)).toBe('BAD_REQUEST');
    expect(codeForStatus(503)).toBe('INTERNAL');
  });
});
