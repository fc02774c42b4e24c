import { LIMITS } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { validateJourneyDescription, validateJourneyName } from './journey-validation';

describe('validateJourneyName', () => {
  it('requires a name that is more than spaces', () => {
    expect(validateJourneyName('  ')).toBe('Give the journey a name');
    expect(validateJourneyName('Claims')).toBeUndefined();
  });

  it('refuses a name over the limit', () => {
    expect(validateJourneyName('x'.repeat(LIMITS.nameMax + 1))).toMatch(/at most/);
  });
});

describe('validateJourneyDescription', () => {
  it('allows an empty description and refuses an over-long one', () => {
    expect(validateJourneyDescription('')).toBeUndefined();
    expect(validateJourneyDescription('x'.repeat(LIMITS.descriptionMax + 1))).toMatch(/at most/);
  });
});
