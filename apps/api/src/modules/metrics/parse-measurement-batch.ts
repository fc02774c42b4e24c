import { METRIC_LIMITS, type FieldError } from '@cxmap/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidatorOptions } from 'class-validator';
import { AppError } from '../../core/errors/app-error';
import { flattenValidationErrors } from '../../core/validation/validation-errors';
import { MeasurementBatchDto, type MeasurementRowDto } from './dto/measurement-batch.dto';

const OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { errors });
}

/**
 * Checks the shape of a measurement batch: over the size limit is 413 before anything else is
 * looked at; then every row must be an object, and every field of the right type, each error with
 * its path (`rows.3.promoters`). What a row must carry depends on its metric: checked later.
 */
export function parseMeasurementBatch(body: unknown): MeasurementRowDto[] {
  if (!isRecord(body)) throw invalid([{ path: 'rows', message: 'rows must be an array' }]);
  const rows = body['rows'];
  if (Array.isArray(rows)) {
    const max = METRIC_LIMITS.measurementsPerBatchMax;
    if (rows.length > max) throw new AppError('BATCH_TOO_LARGE', { detail: `A batch holds at most ${max} measurements; split it.` });
    // Checked first: class-transformer turns a nested array into something no validator looks at.
    const notObjects = rows.flatMap((row, index) => (isRecord(row) ? [] : [{ path: `rows.${index}`, message: 'each row must be an object' }]));
    if (notObjects.length > 0) throw invalid(notObjects);
  }
  const batch = plainToInstance(MeasurementBatchDto, body);
  const errors = flattenValidationErrors(validateSync(batch, OPTIONS));
  if (errors.length > 0) throw invalid(errors);
  return batch.rows;
}
