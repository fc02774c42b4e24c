import { describe, expect, it } from 'vitest';
import { addDays, daysPastReview, localIsoDate, nextReviewBy, REVIEW_INTERVAL_DAYS } from './review';

describe('review dates', () => {
  it('sets the next review the interval after today, across month and year ends and leap days', () => {
    expect(REVIEW_INTERVAL_DAYS).toBe(90);
    expect(nextReviewBy('2026-01-15')).toBe('2026-04-15');
    expect(nextReviewBy('2025-12-01')).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(() => addDays('2025-02-30', 1)).toThrow('not a date');
  });

  it('counts days past a review date: overdue positive, due today 0, ahead negative', () => {
    expect(daysPastReview('2026-03-01', '2026-03-11')).toBe(10);
    expect(daysPastReview('2026-03-11', '2026-03-11')).toBe(0);
    expect(daysPastReview('2026-03-21', '2026-03-11')).toBe(-10);
    expect(daysPastReview('garbage', '2026-03-11')).toBe(0);
  });

  it('reads today in local time', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
