import type { ConflictItem, FieldError } from '@cxmap/domain';

/** Every failure the API reports on purpose. Each code is mapped to HTTP once, in `problem.ts`. */
export type AppErrorCode =
  | 'VALIDATION_FAILED'
  | 'MALFORMED_JSON'
  | 'BAD_REQUEST'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'METHOD_NOT_ALLOWED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS'
  | 'CSRF_REJECTED'
  | 'WRONG_PASSWORD'
  | 'FORBIDDEN'
  | 'INVALID_API_KEY'
  | 'API_KEY_NOT_ALLOWED'
  | 'API_KEY_NOT_FOUND'
  | 'TOO_MANY_API_KEYS'
  | 'ROUTE_NOT_FOUND'
  | 'WORKSPACE_NOT_FOUND'
  | 'JOURNEY_NOT_FOUND'
  | 'STAGE_NOT_FOUND'
  | 'TOUCHPOINT_NOT_FOUND'
  | 'MEMBER_NOT_FOUND'
  | 'LINK_NOT_FOUND'
  | 'METRIC_NOT_FOUND'
  | 'METRIC_ATTACHMENT_NOT_FOUND'
  | 'METRIC_KEY_TAKEN'
  | 'METRIC_BUILT_IN'
  | 'METRIC_IN_USE'
  | 'METRIC_ALREADY_ATTACHED'
  | 'METRIC_NOT_FOR_TARGET'
  | 'TOO_MANY_METRICS'
  | 'ANNOTATION_NOT_FOUND'
  | 'REPLY_NOT_FOUND'
  | 'TOO_MANY_REPLIES'
  | 'TOO_MANY_ANNOTATIONS'
  | 'TOO_MANY_METRIC_ATTACHMENTS'
  | 'TOO_MANY_MEASUREMENTS'
  | 'DOCUMENT_TOO_LARGE'
  | 'IMPORTS_BUSY'
  | 'INVITATION_NOT_FOUND'
  | 'INVITATION_FOR_ANOTHER_EMAIL'
  | 'SHARE_LINK_NOT_FOUND'
  | 'TOO_MANY_SHARE_LINKS'
  | 'EXPORT_NOT_FOUND'
  | 'EXPORT_NOT_READY'
  | 'EXPORT_NOT_ALLOWED'
  | 'TOO_MANY_EXPORTS'
  | 'LAST_OWNER'
  | 'SOLE_OWNER'
  | 'ALREADY_MEMBER'
  | 'EMAIL_TAKEN'
  | 'STALE_REVISION'
  | 'VERSION_CONFLICT'
  | 'DUPLICATE_ID'
  | 'REMOVED_IN_BATCH'
  | 'ID_TAKEN'
  | 'SELF_LINK'
  | 'DUPLICATE_LINK'
  | 'TOO_MANY_STAGES'
  | 'TOO_MANY_TOUCHPOINTS'
  | 'TOO_MANY_LINKS'
  | 'CONSTRAINT_VIOLATION'
  | 'IMPORT_INVALID'
  | 'MEASUREMENTS_INVALID'
  | 'BATCH_TOO_LARGE'
  | 'PAYLOAD_TOO_LARGE'
  | 'HEADERS_TOO_LARGE'
  | 'REQUEST_TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'SHUTTING_DOWN'
  | 'INTERNAL';

export interface AppErrorDetails {
  detail?: string;
  errors?: FieldError[];
  conflicts?: ConflictItem[];
  /** Overrides the code's default `Retry-After` (seconds) for this one answer. */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details: AppErrorDetails = {},
  ) {
    super(details.detail ?? code);
    this.name = 'AppError';
  }
}
