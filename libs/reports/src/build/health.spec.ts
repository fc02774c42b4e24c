import { describe, expect, it } from 'vitest';
import { overallHealthOf } from './health';

describe('overallHealthOf (one rule for the journey report and the portfolio)', () => {
  it('says nothing without a reading', () => {
    expect(overallHealthOf({ on_target: 0, at_risk: 0, off_target: 0, no_data: 2 })).toBe('no_data');
  });
  it('is on target when every measured key metric is', () => {
    expect(overallHealthOf({ on_target: 3, at_risk: 0, off_target: 0, no_data: 5 })).toBe('on_target');
  });
  it('is at risk when any is at risk or off target, below a third off target', () => {
    expect(overallHealthOf({ on_target: 3, at_risk: 1, off_target: 0, no_data: 0 })).toBe('at_risk');
    // 1 of 5 measured off target: 3 × 1 < 5.
    expect(overallHealthOf({ on_target: 3, at_risk: 1, off_target: 1, no_data: 0 })).toBe('at_risk');
  });
  it('is off target when at least a third of the measured ones are', () => {
    // 1 of 3 measured: 3 × 1 ≥ 3.
    expect(overallHealthOf({ on_target: 2, at_risk: 0, off_target: 1, no_data: 9 })).toBe('off_target');
  });
});
