import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { METRIC_KEY_PATTERN } from '@cxmap/domain';
import { AppError } from '../../core/errors/app-error';

/** A metric key in a route: the catalog's key pattern, else a 400 problem before it reaches SQL. */
@Injectable()
export class MetricKeyParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && METRIC_KEY_PATTERN.test(value)) return value;
    const name = metadata.data ?? 'key';
    throw new AppError('VALIDATION_FAILED', {
      errors: [{ path: name, message: `${name} must be 2–48 characters: a lower-case letter, then letters, digits or _` }],
    });
  }
}
