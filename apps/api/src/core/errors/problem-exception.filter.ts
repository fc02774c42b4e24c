import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Problem } from '@cxmap/domain';
import { AppError } from './app-error';
import { allowedMethods } from '../http/allowed-methods';
import { fromBodyParserError } from '../http/body-parser-errors';
import { fromDatabaseError } from './database-error';
import { PROBLEM_CONTENT_TYPE, codeForStatus, problemSpec, toProblem } from './problem';

/** Turns anything thrown into an `application/problem+json` answer. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const parserError = fromBodyParserError(error);
  if (parserError) return parserError;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = codeForStatus(status);
    return new AppError(code, code === 'ROUTE_NOT_FOUND' ? { detail: 'No such route' } : {});
  }
  return fromDatabaseError(error) ?? new AppError('INTERNAL');
}

@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    let error = toAppError(exception);
    if (error.code === 'INTERNAL') {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    } else if (error.code === 'DATABASE_UNAVAILABLE') {
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    }
    if (response.headersSent) return;
    if (error.code === 'ROUTE_NOT_FOUND') {
      // A path that exists under other methods: 405 with Allow, and OPTIONS answers with Allow alone.
      const request = http.getRequest<Request>();
      const allowed = allowedMethods(request);
      if (allowed.length > 0 && !allowed.includes(request.method)) {
        response.setHeader('Allow', allowed.join(', '));
        if (request.method === 'OPTIONS') {
          response.status(204).end();
          return;
        }
        error = new AppError('METHOD_NOT_ALLOWED', { detail: `Allowed: ${allowed.join(', ')}.` });
      }
    }
    const problem: Problem = toProblem(error);
    const retryAfter = error.details.retryAfterSeconds ?? problemSpec(error.code).retryAfterSeconds;
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
