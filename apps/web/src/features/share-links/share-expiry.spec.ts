import { describe, expect, it } from 'vitest';
import { dateInputRange, expiryFor } from './share-expiry';

describe('expiryFor', () => {
  const now = new Date(2030, 0, 15, 10, 30);

  it('sends null for never, and now plus the days for the presets', () => {
    expect(expiryFor('never', now)).toEqual({ ok: true, expiresAt: null });
    expect(expiryFor('1d', now)).toEqual({ ok: true, expiresAt: new Date(2030, 0, 16, 10, 30).toISOString() });
    expect(expiryFor('30d', now)).toEqual({ ok: true, expiresAt: new Date(2030, 1, 14, 10, 30).toISOString() });
  });

  it('ends a picked day at its last second, local time', () => {
    expect(expiryFor('date', now, '2030-03-01')).toEqual({ ok: true, expiresAt: new Date(2030, 2, 1, 23, 59, 59).toISOString() });
    expect(expiryFor('date', now, '2030-01-15')).toEqual({ ok: true, expiresAt: new Date(2030, 0, 15, 23, 59, 59).toISOString() });
  });

  it('refuses a missing day, a past day, and one beyond the limit', () => {
    expect(expiryFor('date', now, '')).toEqual({ ok: false, error: 'Pick the day the link stops working' });
    expect(expiryFor('date', now, '2030-01-14')).toEqual({ ok: false, error: 'Pick today or a later day' });
    const { max } = dateInputRange(now);
    expect(max).toBe('2031-01-14');
    expect(expiryFor('date', now, max).ok).toBe(true);
    expect(expiryFor('date', now, '2031-01-15')).toEqual({ ok: false, error: 'Pick a day at most 365 days away' });
  });
});
