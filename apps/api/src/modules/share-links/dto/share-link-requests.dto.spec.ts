import { expiryProblem } from './share-link-requests.dto';

describe('expiryProblem', () => {
  const now = Date.parse('2030-01-01T12:00:00Z');

  it('accepts a date-time in the future, up to 365 days away', () => {
    expect(expiryProblem('2030-01-01T12:01:00Z', now)).toBeNull();
    expect(expiryProblem('2031-01-01T12:00:00Z', now)).toBeNull();
  });

  it('refuses now, the past and beyond a year', () => {
    expect(expiryProblem('2030-01-01T12:00:00Z', now)).toBe('past');
    expect(expiryProblem('2029-06-01T00:00:00Z', now)).toBe('past');
    expect(expiryProblem('2031-01-01T12:00:01Z', now)).toBe('too-far');
  });

  it('flags strings no clock can read, and leaves other types to the type check', () => {
    expect(expiryProblem('2030-W01', now)).toBe('unreadable');
    expect(expiryProblem(42, now)).toBeNull();
  });
});
