import { formatIsoDate, parseIsoDate, shiftPeriod, type DateRange, type IsoDate } from '@cxmap/domain';

const DAY_MS = 86_400_000;

function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/**
 * The range a report covers: the one asked for, else the latest twelve whole months with data
 * (ending with the month of the latest period measured), else the twelve months up to `now`.
 */
export function resolveReportRange(range: DateRange | null, latestPeriodStart: IsoDate | null, now: Date): DateRange {
  if (range) return range;
  const last = monthStart(latestPeriodStart ?? formatIsoDate(now.getTime()));
  const after = shiftPeriod('month', last, 1);
  return { from: shiftPeriod('month', last, -11), to: formatIsoDate((parseIsoDate(after) ?? 0) - DAY_MS) };
}

/** The rows a report reads: its range and the month before it (the period before the first one, for its trend). */
export function measurementWindow(range: DateRange): DateRange {
  return { from: shiftPeriod('month', monthStart(range.from), -1), to: range.to };
}
