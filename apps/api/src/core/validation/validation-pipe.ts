import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { AppError } from '../errors/app-error';
import { flattenValidationErrors } from './validation-errors';

export function validationFailed(errors: readonly ValidationError[], prefix = ''): AppError {
  return new AppError('VALIDATION_FAILED', { errors: flattenValidationErrors(errors, prefix) });
}

/** The global pipe: unknown properties are refused, failures carry dotted field paths. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(errors),
  });
}
