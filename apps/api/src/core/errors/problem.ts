import type { Problem } from '@cxmap/domain';
import { assertUnreachable } from '../assert-unreachable';
import type { AppError, AppErrorCode } from './app-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemSpec {
  status: number;
  title: string;
  /** Sent as `Retry-After` (seconds): the failure is temporary and the same request may succeed later. */
  retryAfterSeconds?: number;
}

/** A database outage: clients (and load balancers) retry after this many seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The one place where error codes become HTTP statuses. */
export function problemSpec(code: AppErrorCode): ProblemSpec {
  switch (code) {
    case 'VALIDATION_FAILED':
      return { status: 400, title: 'The request is invalid' };
    case 'MALFORMED_JSON':
      return { status: 400, title: 'The request body is not valid JSON' };
    case 'BAD_REQUEST':
      return { status: 400, title: 'Bad request' };
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { status: 415, title: 'Send the request body as application/json' };
    case 'METHOD_NOT_ALLOWED':
      return { status: 405, title: 'This method is not allowed on this resource' };
    case 'UNAUTHENTICATED':
      return { status: 401, title: 'Sign in to continue' };
    case 'INVALID_CREDENTIALS':
      return { status: 401, title: 'Wrong email or password' };
    case 'TOO_MANY_ATTEMPTS':
      return { status: 429, title: 'Too many failed sign-in attempts; try again later' };
    case 'CSRF_REJECTED':
      return { status: 403, title: 'Cross-site request refused' };
    case 'WRONG_PASSWORD':
      return { status: 400, title: 'The password is wrong' };
    case 'FORBIDDEN':
      return { status: 403, title: 'Your role does not allow this' };
    case 'INVALID_API_KEY':
      return { status: 401, title: 'The API key is malformed, unknown or revoked' };
    case 'API_KEY_NOT_ALLOWED':
      return { status: 403, title: 'This route does not accept API keys' };
    case 'API_KEY_NOT_FOUND':
      return { status: 404, title: 'API key not found' };
    case 'TOO_MANY_API_KEYS':
      return { status: 422, title: 'The workspace has too many active API keys' };
    case 'ROUTE_NOT_FOUND':
      return { status: 404, title: 'Not found' };
    case 'WORKSPACE_NOT_FOUND':
      return { status: 404, title: 'Workspace not found' };
    case 'JOURNEY_NOT_FOUND':
      return { status: 404, title: 'Journey not found' };
    case 'STAGE_NOT_FOUND':
      return { status: 404, title: 'A referenced stage does not exist in this journey' };
    case 'TOUCHPOINT_NOT_FOUND':
      return { status: 404, title: 'A referenced touchpoint does not exist in this journey' };
    case 'LINK_NOT_FOUND':
      return { status: 404, title: 'A referenced link does not exist in this journey' };
    case 'METRIC_NOT_FOUND':
      return { status: 404, title: 'No such metric in the catalog of this workspace' };
    case 'METRIC_ATTACHMENT_NOT_FOUND':
      return { status: 404, title: 'This metric is not attached in this journey' };
    case 'METRIC_KEY_TAKEN':
      return { status: 409, title: 'A metric with this key already exists' };
    case 'METRIC_BUILT_IN':
      return { status: 409, title: 'Built-in metrics cannot be changed or deleted' };
    case 'METRIC_IN_USE':
      return { status: 409, title: 'This metric is attached in journeys; detach it first' };
    case 'METRIC_ALREADY_ATTACHED':
      return { status: 409, title: 'This metric is already attached there' };
    case 'METRIC_NOT_FOR_TARGET':
      return { status: 422, title: 'This metric cannot be attached to this kind of element' };
    case 'TOO_MANY_METRICS':
      return { status: 422, title: 'The workspace has too many custom metrics' };
    case 'ANNOTATION_NOT_FOUND':
      return { status: 404, title: 'No such annotation in this journey' };
    case 'REPLY_NOT_FOUND':
      return { status: 404, title: 'No such reply to this annotation' };
    case 'TOO_MANY_REPLIES':
      return { status: 422, title: 'This annotation has too many replies' };
    case 'TOO_MANY_ANNOTATIONS':
      return { status: 422, title: 'The journey has too many annotations' };
    case 'TOO_MANY_METRIC_ATTACHMENTS':
      return { status: 422, title: 'The journey has too many attached metrics' };
    case 'TOO_MANY_MEASUREMENTS':
      return { status: 422, title: 'The journey has too many measurements' };
    case 'IMPORTS_BUSY':
      return { status: 503, title: 'This server is reading other large imports; try again shortly', retryAfterSeconds: 5 };
    case 'DOCUMENT_TOO_LARGE':
      return { status: 422, title: 'The journey is too large for one CXMap document' };
    case 'MEMBER_NOT_FOUND':
      return { status: 404, title: 'Member not found' };
    case 'INVITATION_NOT_FOUND':
      return { status: 404, title: 'This invitation does not exist, has expired, or was already used' };
    case 'INVITATION_FOR_ANOTHER_EMAIL':
      return { status: 403, title: 'This invitation is for another email address' };
    case 'SHARE_LINK_NOT_FOUND':
      return { status: 404, title: 'This share link does not exist, has expired, or was revoked' };
    case 'TOO_MANY_SHARE_LINKS':
      return { status: 422, title: 'The journey has too many active share links' };
    case 'EXPORT_NOT_FOUND':
      return { status: 404, title: 'No such export, or it has expired' };
    case 'EXPORT_NOT_READY':
      return { status: 409, title: 'The export has not finished (or it failed)' };
    case 'EXPORT_NOT_ALLOWED':
      return { status: 403, title: 'This share link does not allow exports' };
    case 'TOO_MANY_EXPORTS':
      return { status: 429, title: 'The workspace has too many exports in progress; try again shortly', retryAfterSeconds: 10 };
    case 'LAST_OWNER':
      return { status: 409, title: 'A workspace needs at least one owner' };
    case 'SOLE_OWNER':
      return { status: 409, title: 'You are the only owner of a workspace' };
    case 'ALREADY_MEMBER':
      return { status: 409, title: 'This person is already a member of the workspace' };
    case 'EMAIL_TAKEN':
      return { status: 409, title: 'An account with this email already exists' };
    case 'STALE_REVISION':
      return { status: 409, title: 'The journey changed since you loaded it' };
    case 'VERSION_CONFLICT':
      return { status: 409, title: 'Some entities changed meanwhile; nothing was applied' };
    case 'DUPLICATE_ID':
      return { status: 422, title: 'An entity with this id already exists' };
    case 'REMOVED_IN_BATCH':
      return { status: 422, title: 'The batch changes an entity it removed earlier' };
    case 'ID_TAKEN':
      return { status: 422, title: 'This id is already in use' };
    case 'SELF_LINK':
      return { status: 422, title: 'A link must join two different touchpoints' };
    case 'DUPLICATE_LINK':
      return { status: 422, title: 'These touchpoints are already linked' };
    case 'TOO_MANY_STAGES':
      return { status: 422, title: 'The journey has too many stages' };
    case 'TOO_MANY_TOUCHPOINTS':
      return { status: 422, title: 'The journey has too many touchpoints' };
    case 'TOO_MANY_LINKS':
      return { status: 422, title: 'The journey has too many links' };
    case 'CONSTRAINT_VIOLATION':
      return { status: 422, title: 'The change breaks a data rule' };
    case 'MEASUREMENTS_INVALID':
      return { status: 422, title: 'Some lines of the measurement file cannot be recorded; nothing was written' };
    case 'IMPORT_INVALID':
      return { status: 422, title: 'The file cannot be imported' };
    case 'BATCH_TOO_LARGE':
      return { status: 413, title: 'Too many operations in one batch' };
    case 'PAYLOAD_TOO_LARGE':
      return { status: 413, title: 'The request body is too large' };
    case 'HEADERS_TOO_LARGE':
      return { status: 431, title: 'The request line or headers are too large' };
    case 'REQUEST_TIMEOUT':
      return { status: 408, title: 'The request was not received in time' };
    case 'DATABASE_UNAVAILABLE':
      return { status: 503, title: 'The service is temporarily unavailable; try again shortly', retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS };
    case 'SHUTTING_DOWN':
      return { status: 503, title: 'This instance is shutting down', retryAfterSeconds: 1 };
    case 'INTERNAL':
      return { status: 500, title: 'Something went wrong on our side' };
    default:
      return assertUnreachable(code);
  }
}

export function problemType(code: AppErrorCode): string {
  return `urn:cxmap:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

export function toProblem(error: AppError): Problem {
  const spec = problemSpec(error.code);
  const problem: Problem = { type: problemType(error.code), title: spec.title, status: spec.status, code: error.code };
  if (error.details.detail !== undefined) problem.detail = error.details.detail;
  if (error.details.errors !== undefined) problem.errors = error.details.errors;
  if (error.details.conflicts !== undefined) problem.conflicts = error.details.conflicts;
  return problem;
}

/** An error code for a status produced outside our code (router, body parser, Nest built-ins). */
export function codeForStatus(status: number): AppErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status >= 400 && status < 500) return 'BAD_REQUEST';
  return 'INTERNAL';
}
