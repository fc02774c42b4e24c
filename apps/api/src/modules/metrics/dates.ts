import { daysIn, METRIC_LIMITS, parseIsoDate, type DateRange } from '@cxmap/domain';
import { AppError } from '../../core/errors/app-error';

/** A real calendar date, or a 400 naming the parameter. */
export function checkDate(path: string, value: string): string {
  if (parseIsoDate(value) === null) throw new AppError('VALIDATION_FAILED', { errors: [{ path, message: `${path} must be a date, YYYY-MM-DD` }] });
  return value;
}

export function checkRange(from: string, to: string): DateRange {
  const range = { from: checkDate('from', from), to: checkDate('to', to) };
  const days = daysIn(range);
  if (days < 1) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'to', message: 'to must not be before from' }] });
  if (days > METRIC_LIMITS.rangeDaysMax) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'to', message: `a range covers at most ${METRIC_LIMITS.rangeDaysMax} days` }] });
  }
  return range;
}
