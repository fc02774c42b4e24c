import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/**
 * For partial updates (after the global ValidationPipe): a body that sets no field would change
 * nothing yet still bump a revision, so it is a 400.
 */
@Injectable()
export class NonEmptyBodyPipe implements PipeTransform<object, object> {
  transform(value: object): object {
    if (Object.values(value).some((field) => field !== undefined)) return value;
    throw new AppError('VALIDATION_FAILED', { detail: 'Send at least one field to change.' });
  }
}
