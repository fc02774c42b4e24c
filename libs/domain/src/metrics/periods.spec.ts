import { describe, expect, it } from 'vitest';
import { daysIn, parseIsoDate, periodStartProblem, previousRange, shiftPeriod } from './periods';

describe('periods', () => {
  it('parses real dates only', () => {
    expect(parseIsoDate('2025-02-28')).toBe(Date.UTC(2025, 1, 28));
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDate('2025-1-01')).toBeNull();
    expect(parseIsoDate('2025-01-01T00:00:00Z')).toBeNull();
  });

  it('checks that a period starts where its kind starts', () => {
    expect(periodStartProblem('day', '2025-03-12')).toBeNull();
    // 2025-03-10 is a Monday, 2025-03-12 a Wednesday
    expect(periodStartProblem('week', '2025-03-10')).toBeNull();
    expect(periodStartProblem('week', '2025-03-12')).toBe('a week starts on a Monday');
    expect(periodStartProblem('month', '2025-03-01')).toBeNull();
    expect(periodStartProblem('month', '2025-03-02')).toBe('a month starts on the 1st');
    expect(periodStartProblem('month', 'March')).toBe('must be a date, YYYY-MM-DD');
  });

  it('steps periods back and forth', () => {
    expect(shiftPeriod('day', '2025-03-01', -1)).toBe('2025-02-28');
    expect(shiftPeriod('week', '2025-01-06', -1)).toBe('2024-12-30');
    expect(shiftPeriod('month', '2025-01-01', -1)).toBe('2024-12-01');
    expect(shiftPeriod('month', '2025-11-01', 3)).toBe('2026-02-01');
  });

  it('takes the previous period of equal length', () => {
    // Q2 (91 days) → Q1 (90 days): whole months map to whole months
    expect(previousRange({ from: '2025-04-01', to: '2025-06-30' })).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousRange({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(previousRange({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    // a week (Monday to Sunday) → the week before
    expect(previousRange({ from: '2025-03-10', to: '2025-03-16' })).toEqual({ from: '2025-03-03', to: '2025-03-09' });
    // 10 days from the 5th → the 10 days before
    expect(previousRange({ from: '2025-03-05', to: '2025-03-14' })).toEqual({ from: '2025-02-23', to: '2025-03-04' });
    expect(daysIn({ from: '2025-03-05', to: '2025-03-14' })).toBe(10);
  });
});
