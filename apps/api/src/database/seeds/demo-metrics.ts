import { shiftPeriod, type MeasurementFigures } from '@cxmap/domain';
import { linkKey } from './demo-ops';

/** A metric on a touchpoint (by key) or a link (by its two touchpoint keys) of DEMO_JOURNEY. */
export interface DemoMetric {
  on: { touchpoint: string } | { link: [string, string] };
  metric: string;
  target: number;
  warning: number;
  isKey?: boolean;
  /** Figures of month `m` (0 = a year ago … 11 = last month); `noise` is in [−1, 1]. */
  figures: (m: number, noise: () => number) => MeasurementFigures;
}

/**
 * Satisfaction as a CSAT distribution (1–5) with `satisfied` the share of 4s and 5s: live chat
 * around 92 %, voice 88 %, email 85 % (seed 000), drifting a little from month to month.
 */
function csat(satisfied: number, answers: number): DemoMetric['figures'] {
  return (m, noise) => {
    const n = Math.round(answers * (1 + 0.15 * noise()));
    const share = Math.min(0.99, satisfied + 0.012 * noise() + 0.001 * m);
    const top = Math.round(n * share);
    const fives = Math.round(top * 0.58);
    const rest = n - top;
    const ones = Math.round(rest * 0.15);
    const twos = Math.round(rest * 0.25);
    return { ratings: [ones, twos, rest - ones - twos, top - fives, fives] };
  };
}

function nps(promoters: number, detractors: number, respondents: number): DemoMetric['figures'] {
  return (m, noise) => {
    const n = Math.round(respondents * (1 + 0.2 * noise()));
    const p = Math.round(n * (promoters + 0.02 * noise() + 0.003 * m));
    const d = Math.round(n * (detractors + 0.02 * noise() - 0.002 * m));
    return { promoters: p, passives: n - p - d, detractors: d };
  };
}

function mean(base: number, spread: number, count: number, improvement = 0): DemoMetric['figures'] {
  return (m, noise) => ({
    mean: Math.round((base + spread * noise() - improvement * m) * 10) / 10,
    count: Math.round(count * (1 + 0.15 * noise())),
  });
}

function ratio(rate: number, denominator: number, drift = 0): DemoMetric['figures'] {
  return (m, noise) => {
    const d = Math.round(denominator * (1 + 0.15 * noise()));
    return { numerator: Math.round(d * Math.max(0, rate + 0.015 * noise() + drift * m)), denominator: d };
  };
}

export const DEMO_METRICS: readonly DemoMetric[] = [
  { on: { touchpoint: 'chat-agent' }, metric: 'csat', target: 90, warning: 85, isKey: true, figures: csat(0.92, 420) },
  { on: { touchpoint: 'chat-agent' }, metric: 'fcr', target: 75, warning: 65, figures: ratio(0.78, 380) },
  { on: { touchpoint: 'chat-agent' }, metric: 'response_time', target: 60, warning: 120, figures: mean(45, 12, 1900) },
  { on: { touchpoint: 'phone-agent' }, metric: 'csat', target: 90, warning: 85, isKey: true, figures: csat(0.88, 310) },
  { on: { touchpoint: 'phone-agent' }, metric: 'aht', target: 420, warning: 540, figures: mean(610, 40, 2300, 8) },
  { on: { touchpoint: 'phone-agent' }, metric: 'fcr', target: 75, warning: 65, figures: ratio(0.62, 2300, 0.004) },
  { on: { touchpoint: 'phone-agent' }, metric: 'agent_friendliness', target: 4.3, warning: 4, figures: mean(4.1, 0.1, 300) },
  { on: { touchpoint: 'calls-support' }, metric: 'incident_volume', target: 2000, warning: 2600, figures: (m, noise) => ({ value: Math.round(2400 - 20 * m + 200 * noise()) }) },
  { on: { touchpoint: 'replacement' }, metric: 'csat', target: 90, warning: 85, figures: csat(0.85, 140) },
  { on: { touchpoint: 'replacement' }, metric: 'response_time', target: 14_400, warning: 28_800, figures: mean(21_600, 3600, 260) },
  { on: { touchpoint: 'csat-survey' }, metric: 'nps', target: 40, warning: 25, isKey: true, figures: nps(0.52, 0.2, 900) },
  { on: { touchpoint: 'chatbot' }, metric: 'ces', target: 5.5, warning: 4.5, figures: mean(4.6, 0.3, 22) },
  { on: { touchpoint: 'refer-friend' }, metric: 'repeat_purchase_rate', target: 35, warning: 28, figures: ratio(0.31, 5200, 0.002) },
  { on: { touchpoint: 'newsletter' }, metric: 'churn_rate', target: 3, warning: 5, figures: ratio(0.041, 48_000, -0.0008) },
  { on: { link: ['chatbot', 'chat-agent'] }, metric: 'transfer_rate', target: 30, warning: 40, figures: ratio(0.36, 5200) },
  { on: { link: ['phone-agent', 'claims'] }, metric: 'drop_off_rate', target: 5, warning: 10, figures: ratio(0.12, 240, -0.003) },
];

export function demoMetricKey(metric: DemoMetric): string {
  return 'touchpoint' in metric.on ? metric.on.touchpoint : linkKey(metric.on.link[0], metric.on.link[1]);
}

/** A small deterministic generator (mulberry32), so the demo shows the same figures on every run. */
function noiseFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * 2 - 1;
  };
}

/** Twelve monthly measurements per demo metric: the twelve full months before `today`. */
export function demoMeasurements(today: Date): { metric: DemoMetric; periodStart: string; figures: MeasurementFigures }[] {
  const thisMonth = `${today.toISOString().slice(0, 7)}-01`;
  return DEMO_METRICS.flatMap((metric, index) => {
    const noise = noiseFrom(index + 1);
    return Array.from({ length: 12 }, (_, m) => ({ metric, periodStart: shiftPeriod('month', thisMonth, m - 12), figures: metric.figures(m, noise) }));
  });
}
