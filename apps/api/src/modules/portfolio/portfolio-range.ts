import { formatIsoDate, shiftPeriod, type DateRange } from '@cxmap/domain';
import { AppError } from '../../core/errors/app-error';
import { checkRange } from '../metrics/dates';

/** The last twelve calendar months, the current one included: whole months, so the trend compares with the twelve before. */
export function defaultPortfolioRange(today: Date): DateRange {
  const thisMonth = formatIsoDate(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const nextMonth = shiftPeriod('month', thisMonth, 1);
  return { from: shiftPeriod('month', thisMonth, -11), to: formatIsoDate(Date.parse(`${nextMonth}T00:00:00Z`) - 86_400_000) };
}

/** The asked range (both ends, checked like every metrics range), or the default without either end. */
export function portfolioRange(query: { from?: string; to?: string }, today: Date): DateRange {
  if (query.from === undefined && query.to === undefined) return defaultPortfolioRange(today);
  if (query.from === undefined || query.to === undefined) {
    const missing = query.from === undefined ? 'from' : 'to';
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: missing, message: `${missing} is required when ${missing === 'from' ? 'to' : 'from'} is given` }] });
  }
  return checkRange(query.from, query.to);
}
