import { daysIn, METRIC_LIMITS, parseIsoDate, type DateRange, type FieldError } from '@cxmap/domain';
import { REPORT_SECTIONS, type ReportOptions } from '@cxmap/reports';
import { AppError } from '../../core/errors/app-error';
import type { CreateExportDto } from './dto/export-requests.dto';

/** What the DTO cannot say alone: real dates, both ends or neither, from ≤ to, a bounded range. */
export function rangeProblems(from: string | undefined, to: string | undefined): FieldError[] {
  if (from === undefined && to === undefined) return [];
  if (from === undefined) return [{ path: 'from', message: 'from is needed with to' }];
  if (to === undefined) return [{ path: 'to', message: 'to is needed with from' }];
  const errors: FieldError[] = [];
  if (parseIsoDate(from) === null) errors.push({ path: 'from', message: 'from must be a date, YYYY-MM-DD' });
  if (parseIsoDate(to) === null) errors.push({ path: 'to', message: 'to must be a date, YYYY-MM-DD' });
  if (errors.length > 0) return errors;
  const days = daysIn({ from, to });
  if (days < 1) return [{ path: 'to', message: 'to must not be before from' }];
  if (days > METRIC_LIMITS.rangeDaysMax) return [{ path: 'to', message: `a range covers at most ${METRIC_LIMITS.rangeDaysMax} days` }];
  return [];
}

/** The report options of a request, or a 400 naming the fields. */
export function toReportOptions(request: CreateExportDto): ReportOptions {
  const errors = rangeProblems(request.from, request.to);
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  const range: DateRange | null = request.from !== undefined && request.to !== undefined ? { from: request.from, to: request.to } : null;
  const sections = request.sections ?? [...REPORT_SECTIONS];
  return { sections: REPORT_SECTIONS.filter((section) => sections.includes(section)), range, includeComments: request.includeComments ?? false };
}
