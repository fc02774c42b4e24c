import { lastUsedIsStale } from './api-key-authenticator';

describe('lastUsedIsStale', () => {
  const now = new Date('2026-03-01T12:00:00.000Z');

  it('stamps a key never used', () => {
    expect(lastUsedIsStale(null, now)).toBe(true);
  });

  it('skips the write within a minute of the last stamp', () => {
    expect(lastUsedIsStale(new Date('2026-03-01T11:59:30.000Z'), now)).toBe(false);
    expect(lastUsedIsStale(new Date('2026-03-01T11:59:00.001Z'), now)).toBe(false);
  });

  it('stamps again once a minute has passed', () => {
    expect(lastUsedIsStale(new Date('2026-03-01T11:59:00.000Z'), now)).toBe(true);
    expect(lastUsedIsStale(new Date('2026-03-01T10:00:00.000Z'), now)).toBe(true);
  });
});
