import { formatIsoDate, parseIsoDate, type IsoDate } from './metrics/periods';

/**
 * Freshness of touchpoints: each may carry a review-by date; past it, the touchpoint is in the
 * workspace's needs-review queue until someone reviews it and sets the next date.
 */

/** "Mark reviewed" sets the next review this many days after today. */
export const REVIEW_INTERVAL_DAYS = 90;

const DAY_MS = 86_400_000;

/** The local calendar date of `now` as YYYY-MM-DD (the date a person means by "today"). */
export function localIsoDate(now: Date): IsoDate {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `date` plus `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const time = parseIsoDate(date);
  if (time === null) throw new Error(`not a date: ${date}`);
  return formatIsoDate(time + days * DAY_MS);
}

/** The review-by date a touchpoint gets when it is marked reviewed on `today`. */
export function nextReviewBy(today: IsoDate, days: number = REVIEW_INTERVAL_DAYS): IsoDate {
  return addDays(today, days);
}

/** Whole days `reviewBy` lies before `today`: positive when overdue, 0 on the day, negative while still ahead. */
export function daysPastReview(reviewBy: IsoDate, today: IsoDate): number {
  const due = parseIsoDate(reviewBy);
  const now = parseIsoDate(today);
  if (due === null || now === null) return 0;
  return Math.round((now - due) / DAY_MS);
}
