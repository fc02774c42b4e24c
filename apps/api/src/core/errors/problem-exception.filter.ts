import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { Problem } from '@cxmap/domain';
import { AppError } from './app-error';
import { fromBodyParserError } from '../http/body-parser-errors';
import { fromDatabaseError } from './database-error';
import { PROBLEM_CONTENT_TYPE, codeForStatus, toProblem } from './problem';

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
    const response = host.switchToHttp().getResponse<Response>();
    const error = toAppError(exception);
    if (error.code === 'INTERNAL') {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    const problem: Problem = toProblem(error);
    if (response.headersSent) return;
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
