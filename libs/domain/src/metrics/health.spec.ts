import { describe, expect, it } from 'vitest';
import { healthOf, isSmallSample, thresholdsAreOrdered, trendOf } from './health';

describe('health from target and warning', () => {
  it('reads higher-is-better scores (CSAT target 85, warning 80)', () => {
    const thresholds = { target: 85, warning: 80 };
    expect(healthOf('higher', thresholds, 92)).toBe('on_target');
    expect(healthOf('higher', thresholds, 85)).toBe('on_target');
    expect(healthOf('higher', thresholds, 84.9)).toBe('at_risk');
    expect(healthOf('higher', thresholds, 80)).toBe('at_risk');
    expect(healthOf('higher', thresholds, 79.9)).toBe('off_target');
    expect(healthOf('higher', thresholds, null)).toBe('no_data');
  });

  it('reads lower-is-better scores (AHT target 300 s, warning 360 s)', () => {
    const thresholds = { target: 300, warning: 360 };
    expect(healthOf('lower', thresholds, 290)).toBe('on_target');
    expect(healthOf('lower', thresholds, 300)).toBe('on_target');
    expect(healthOf('lower', thresholds, 330)).toBe('at_risk');
    expect(healthOf('lower', thresholds, 360)).toBe('at_risk');
    expect(healthOf('lower', thresholds, 361)).toBe('off_target');
  });

  it('wants the warning on the bad side of the target', () => {
    expect(thresholdsAreOrdered('higher', { target: 85, warning: 80 })).toBe(true);
    expect(thresholdsAreOrdered('higher', { target: 85, warning: 90 })).toBe(false);
    expect(thresholdsAreOrdered('lower', { target: 300, warning: 360 })).toBe(true);
    expect(thresholdsAreOrdered('lower', { target: 300, warning: 200 })).toBe(false);
    // equal thresholds: no at-risk band, still valid
    expect(thresholdsAreOrdered('lower', { target: 300, warning: 300 })).toBe(true);
  });
});

describe('trend against the previous period', () => {
  it('reads movement in the metric’s direction', () => {
    expect(trendOf('higher', 45, 40)).toBe('improving');
    expect(trendOf('higher', 35, 40)).toBe('worsening');
    expect(trendOf('lower', 280, 300)).toBe('improving');
    expect(trendOf('lower', 320, 300)).toBe('worsening');
    expect(trendOf('higher', 0.1 + 0.2, 0.3)).toBe('steady');
    expect(trendOf('higher', 45, null)).toBeNull();
    expect(trendOf('higher', null, 40)).toBeNull();
  });
});

describe('small samples', () => {
  it('flags fewer than 30 observations', () => {
    expect(isSmallSample(29)).toBe(true);
    expect(isSmallSample(0)).toBe(true);
    expect(isSmallSample(30)).toBe(false);
    expect(isSmallSample(null)).toBe(false);
  });
});
