import { Injectable, PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppError } from '../errors/app-error';

/** Route ids must be UUIDs; anything else is a 400 problem before it reaches SQL. */
@Injectable()
export class UuidParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value.toLowerCase();
    const name = metadata.data ?? 'id';
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: name, message: `${name} must be a UUID` }] });
  }
}
