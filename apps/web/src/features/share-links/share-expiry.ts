import { LIMITS } from '@cxmap/domain';

export const EXPIRY_CHOICES = ['never', '1d', '7d', '30d', 'date'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

export const EXPIRY_LABELS: Record<ExpiryChoice, string> = {
  never: 'Never',
  '1d': '1 day',
  '7d': '7 days',
  '30d': '30 days',
  date: 'On a date',
};

const DAY_MS = 24 * 60 * 60 * 1000;
const DAYS: Partial<Record<ExpiryChoice, number>> = { '1d': 1, '7d': 7, '30d': 30 };

/** `YYYY-MM-DD` of a local date, as a date input reads and writes it. */
export function toDateInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The range a date input offers: today up to the last whole day the API accepts. */
export function dateInputRange(now: Date): { min: string; max: string } {
  const last = new Date(now.getFullYear(), now.getMonth(), now.getDate() + LIMITS.shareExpiryDaysMax - 1);
  return { min: toDateInputValue(now), max: toDateInputValue(last) };
}

export type ExpiryResult = { ok: true; expiresAt: string | null } | { ok: false; error: string };

/**
 * The `expiresAt` to send for a choice: null for never, now + n days, or the end of the picked
 * local day (`YYYY-MM-DD`), which must be today or later and within the API's limit.
 */
export function expiryFor(choice: ExpiryChoice, now: Date, date = ''): ExpiryResult {
  if (choice === 'never') return { ok: true, expiresAt: null };
  const days = DAYS[choice];
  if (days !== undefined) return { ok: true, expiresAt: new Date(now.getTime() + days * DAY_MS).toISOString() };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return { ok: false, error: 'Pick the day the link stops working' };
  const [, year, month, day] = match.map(Number);
  const end = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, 23, 59, 59);
  const { min, max } = dateInputRange(now);
  if (Number.isNaN(end.getTime()) || date < min) return { ok: false, error: 'Pick today or a later day' };
  if (date > max) return { ok: false, error: `Pick a day at most ${LIMITS.shareExpiryDaysMax} days away` };
  return { ok: true, expiresAt: end.toISOString() };
}
