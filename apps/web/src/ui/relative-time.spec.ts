import { describe, expect, it } from 'vitest';
import { formatRelativeTime, pluralize } from './relative-time';

const now = new Date('2025-06-15T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    [10, 'just now'],
    [60, '1 minute ago'],
    [5 * 60, '5 minutes ago'],
    [59 * 60, '59 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [26 * 3600, 'yesterday'],
    [3 * 86400, '3 days ago'],
    [10 * 86400, 'last week'],
    [21 * 86400, '3 weeks ago'],
    [65 * 86400, '2 months ago'],
    [400 * 86400, 'last year'],
  ])('shows %i seconds ago as "%s"', (seconds, expected) => {
    expect(formatRelativeTime(ago(seconds), now)).toBe(expected);
  });

  it('reads a date slightly in the future (clock skew) as just now', () => {
    expect(formatRelativeTime(ago(-20), now)).toBe('just now');
  });

  it('shows nothing for a date it cannot read', () => {
    expect(formatRelativeTime('not a date', now)).toBe('');
  });
});

describe('pluralize', () => {
  it('counts stages and touchpoints', () => {
    expect(pluralize(1, 'stage')).toBe('1 stage');
    expect(pluralize(0, 'touchpoint')).toBe('0 touchpoints');
    expect(pluralize(8, 'stage')).toBe('8 stages');
  });
});
