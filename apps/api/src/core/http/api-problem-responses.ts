import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem';
import { ProblemDto } from './problem.dto';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** What each status means across the API; an operation may say more with `{ status, description }`. */
const DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Invalid input; `errors` holds a message per field path (also: NUL characters, nesting too deep, prototype keys)',
  401: 'No valid session',
  403: 'Your role in the workspace does not allow this',
  404: 'Not found; a resource of another workspace answers exactly the same',
  409: 'Conflict with the stored state',
  413: 'The body is too large',
  415: 'The body is not application/json',
  422: 'The request breaks a rule of the domain',
  429: 'Too many attempts; `Retry-After` says after how many seconds to try again',
  500: 'Unexpected failure; details are in the server log, never in the answer',
  503: 'Temporarily unavailable (database outage, instance shutting down); `Retry-After` says when to try again',
};

export type ProblemResponse = ProblemStatus | { status: ProblemStatus; description: string };

/**
 * Documents error answers as `application/problem+json` with the Problem schema (RFC 9457):
 * `@ApiProblemResponses(400, 404, { status: 409, description: 'Stale If-Match' })`.
 */
export function ApiProblemResponses(...responses: ProblemResponse[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...responses.map((response) => {
      const { status, description } = typeof response === 'number' ? { status: response, description: DESCRIPTIONS[response] } : response;
      return ApiResponse({
        status,
        description,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      });
    }),
  );
}
