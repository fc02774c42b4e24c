/** The length of one measurement's period. Weeks start on Monday (ISO 8601), months on the 1st. */
export const PERIOD_KINDS = ['day', 'week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** A calendar date as `YYYY-MM-DD` (UTC, no time). */
export type IsoDate = string;

export interface DateRange {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of the date at 00:00 UTC, or null when it is not a real `YYYY-MM-DD` date. */
export function parseIsoDate(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2025-02-30 over to March: a real date comes back unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1970 || year > 9999) return null;
  return time;
}

export function formatIsoDate(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

function requireDate(value: IsoDate): number {
  const time = parseIsoDate(value);
  if (time === null) throw new Error(`not a date: ${value}`);
  return time;
}

/** Why a period start is wrong for its kind, or null when it is a valid start. */
export function periodStartProblem(kind: PeriodKind, start: string): string | null {
  const time = parseIsoDate(start);
  if (time === null) return 'must be a date, YYYY-MM-DD';
  const date = new Date(time);
  if (kind === 'week' && date.getUTCDay() !== 1) return 'a week starts on a Monday';
  if (kind === 'month' && date.getUTCDate() !== 1) return 'a month starts on the 1st';
  return null;
}

/** The start of the period `steps` periods after (or before, when negative) the one starting at `start`. */
export function shiftPeriod(kind: PeriodKind, start: IsoDate, steps: number): IsoDate {
  const date = new Date(requireDate(start));
  if (kind === 'day') return formatIsoDate(date.getTime() + steps * DAY_MS);
  if (kind === 'week') return formatIsoDate(date.getTime() + steps * 7 * DAY_MS);
  return formatIsoDate(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + steps, 1));
}

export function daysIn(range: DateRange): number {
  return Math.round((requireDate(range.to) - requireDate(range.from)) / DAY_MS) + 1;
}

function isWholeMonths(range: DateRange): boolean {
  const from = new Date(requireDate(range.from));
  const after = new Date(requireDate(range.to) + DAY_MS);
  return from.getUTCDate() === 1 && after.getUTCDate() === 1;
}

/**
 * The period of equal length just before `range`, for the trend. Whole calendar months map to the
 * same number of months before (Q2 → Q1, not "the 91 days before 1 April", which would cut
 * January's monthly rows out); any other range to the same number of days before it.
 */
export function previousRange(range: DateRange): DateRange {
  const to = formatIsoDate(requireDate(range.from) - DAY_MS);
  if (isWholeMonths(range)) {
    const from = new Date(requireDate(range.from));
    const after = new Date(requireDate(range.to) + DAY_MS);
    const months = (after.getUTCFullYear() - from.getUTCFullYear()) * 12 + (after.getUTCMonth() - from.getUTCMonth());
    return { from: shiftPeriod('month', range.from, -months), to };
  }
  return { from: formatIsoDate(requireDate(range.from) - daysIn(range) * DAY_MS), to };
}
