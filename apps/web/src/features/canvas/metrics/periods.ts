import { shiftPeriod, type IsoDate, type PeriodKind } from '@cxmap/domain';

const month = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "May 2025" for a month start, "12 May 2025" for a week or a day. */
export function formatPeriod(start: IsoDate, kind: PeriodKind = 'month'): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return start;
  return kind === 'month' ? month.format(date) : `${kind === 'week' ? 'Week of ' : ''}${day.format(date)}`;
}

/** The start of the period of `kind` that holds `today` (weeks start on Monday, months on the 1st). */
export function currentPeriodStart(kind: PeriodKind, today: Date): IsoDate {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const d = today.getUTCDate();
  if (kind === 'month') return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  if (kind === 'day') return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(y, m, d - sinceMonday)).toISOString().slice(0, 10);
}

/** The first period start of the last `count` periods ending with the one starting at `latest`. */
export function windowStart(kind: PeriodKind, latest: IsoDate, count: number): IsoDate {
  return shiftPeriod(kind, latest, -(count - 1));
}
