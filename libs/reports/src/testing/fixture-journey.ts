import { builtInMetric, type LinkDto, type MetricDefinition, type StageDto, type TouchpointDto } from '@cxmap/domain';
import type { JourneyReportInput, ReportInputAnnotation, ReportInputMeasurement, ReportInputMetric } from '../build/input';
import type { ReportOptions } from '../model';

/*
 * A small hand-made journey for the builder's and the renderers' specs. Every figure the specs
 * assert is worked out by hand in the comments here.
 *
 * Stages: Browse (t1 Home page, t2 Banner ad), Order (t3 Checkout, t4 Order hotline, t5 Confirmation
 * email), Support (t6 Chat agent, t7 Phone agent, t8 Help centre).
 * Personnel (customer service) touchpoints: t4, t6, t7 → 3 of 8 = 37.5 %.
 * Channels: web 2 (t1, t3), phone 2 (t4, t7), advertising, email, live chat, self-service 1 each.
 */

function definition(key: string): MetricDefinition {
  const found = builtInMetric(key);
  if (!found) throw new Error(`no built-in metric ${key}`);
  return found;
}

function stage(id: string, name: string, order: number): StageDto {
  return { id, version: 1, name, phase: 'custom', order, customerGoal: `Goal of ${name}`, description: '' };
}

function tp(id: string, stageId: string, title: string, fields: Partial<TouchpointDto> = {}): TouchpointDto {
  return {
    id,
    version: 1,
    stageId,
    title,
    description: '',
    channel: 'web',
    interaction: 'digital',
    ownerTeam: null,
    layer: 'customer',
    emotion: null,
    position: { x: 12, y: 12 },
    ...fields,
  };
}

function link(id: string, sourceId: string, targetId: string, type: LinkDto['type']): LinkDto {
  return { id, version: 1, sourceId, targetId, type, label: null };
}

const month = (periodStart: string, figures: Omit<ReportInputMeasurement, 'period' | 'periodStart' | 'dimension' | 'source'>, dimension = ''): ReportInputMeasurement => ({
  period: 'month',
  periodStart,
  dimension,
  source: 'manual',
  ...figures,
});

function metric(id: string, on: { touchpointId?: string; linkId?: string }, key: string, target: number, warning: number, isKey: boolean, rows: ReportInputMeasurement[]): ReportInputMetric {
  return {
    attachment: { id, touchpointId: on.touchpointId ?? null, linkId: on.linkId ?? null, target, warning, isKey },
    definition: definition(key),
    measurements: rows,
  };
}

/** The report range of the specs: Q1 2026. */
export const FIXTURE_RANGE = { from: '2026-01-01', to: '2026-03-31' };

export const FIXTURE_METRICS: ReportInputMetric[] = [
  // NPS on Checkout (key, target 40, warning 25). March, two regions, buckets summed:
  // promoters 50 + 10 = 60, passives 30 + 10 = 40, detractors 20 + 30 = 50, n = 150
  // → (60 − 50) ÷ 150 × 100 = 6.67: off target. (The mean of the regions' NPS, (30 − 40) ÷ 2 = −5, would be wrong.)
  // February: (40 − 20) ÷ 100 × 100 = 20 → worsening.
  metric('m1', { touchpointId: 't3' }, 'nps', 40, 25, true, [
    month('2026-03-01', { promoters: 50, passives: 30, detractors: 20 }, 'region=north'),
    month('2026-03-01', { promoters: 10, passives: 10, detractors: 30 }, 'region=south'),
    month('2026-02-01', { promoters: 40, passives: 40, detractors: 20 }),
  ]),
  // CSAT on Chat agent (key, 90/85). March: (6 + 10) ÷ 20 = 80 % → off target, small sample (20 < 30).
  // February: (8 + 10) ÷ 20 = 90 % → worsening.
  metric('m2', { touchpointId: 't6' }, 'csat', 90, 85, true, [
    month('2026-03-01', { ratings: [1, 1, 2, 6, 10] }),
    month('2026-02-01', { ratings: [0, 0, 2, 8, 10] }),
  ]),
  // CSAT on Phone agent (key, 90/85). March: (40 + 50) ÷ 100 = 90 % → on target. February: 80 % → improving.
  // The June 2025 row is outside the range and the window: ignored.
  metric('m3', { touchpointId: 't7' }, 'csat', 90, 85, true, [
    month('2026-03-01', { ratings: [2, 3, 5, 40, 50] }),
    month('2026-02-01', { ratings: [5, 5, 10, 40, 40] }),
    month('2025-06-01', { ratings: [100, 0, 0, 0, 0] }),
  ]),
  // Handle time on Phone agent (not key, lower is better, 420/540). March: (500 × 100 + 600 × 300) ÷ 400 = 575 s
  // → off target; no February → no trend.
  metric('m4', { touchpointId: 't7' }, 'aht', 420, 540, false, [
    month('2026-03-01', { mean: 500, count: 100 }, 'team=a'),
    month('2026-03-01', { mean: 600, count: 300 }, 'team=b'),
  ]),
  // Transfer rate on the hand-off Chat agent → Phone agent (lower is better, 10/20). March: 30 ÷ 100 = 30 % → off target;
  // February 25 % → worsening.
  metric('m5', { linkId: 'l2' }, 'transfer_rate', 10, 20, false, [
    month('2026-03-01', { numerator: 30, denominator: 100 }),
    month('2026-02-01', { numerator: 25, denominator: 100 }),
  ]),
  // FCR on Help centre (key) without measurements → no data.
  metric('m6', { touchpointId: 't8' }, 'fcr', 75, 65, true, []),
];
// Key metrics: m1 off, m2 off, m3 on, m6 no data → {on 1, at risk 0, off 2, no data 1}; 2 of 3 measured off (≥ ⅓) → off target.

function annotation(id: string, target: ReportInputAnnotation['target'], fields: Partial<ReportInputAnnotation>): ReportInputAnnotation {
  return {
    id,
    target,
    kind: 'pain_point',
    severity: 'medium',
    status: 'open',
    title: id,
    body: '',
    ownerTeam: null,
    author: 'Ana Analyst',
    createdAt: '2026-03-10T09:00:00.000Z',
    evidence: [],
    replies: [],
    ...fields,
  };
}

export const FIXTURE_ANNOTATIONS: ReportInputAnnotation[] = [
  // Ranked: p1 (open, critical), p2 (open, high, target off target), p3 (in progress, high, target on target),
  // p4 (open, medium), then p5 (resolved, critical). Open by severity: critical 1, high 2, medium 1, low 0.
  annotation('p5', { kind: 'touchpoint', id: 't1' }, { title: 'Slow home page', severity: 'critical', status: 'resolved', createdAt: '2026-01-02T09:00:00.000Z' }),
  annotation('p3', { kind: 'touchpoint', id: 't7' }, { title: 'Customers repeat themselves', severity: 'high', status: 'in_progress' }),
  annotation('p4', { kind: 'link', id: 'l4' }, { title: 'Help link is broken', severity: 'medium' }),
  annotation('p2', { kind: 'touchpoint', id: 't6' }, {
    title: 'Long chat queue',
    severity: 'high',
    evidence: [{ kind: 'quote', text: 'I waited 20 minutes', url: null }],
    replies: [{ author: 'Sam Support', body: 'Staffing up in April.', createdAt: '2026-03-11T10:00:00.000Z' }],
  }),
  annotation('p1', { kind: 'touchpoint', id: 't3' }, { title: 'Card declined without a reason', severity: 'critical', ownerTeam: 'Payments' }),
  annotation('c1', { kind: 'stage', id: 's2' }, { kind: 'idea', severity: null, title: 'Offer wallet payments', createdAt: '2026-03-12T09:00:00.000Z' }),
];

export function fixtureInput(): JourneyReportInput {
  return {
    workspace: { id: 'w1', name: 'Acme Retail' },
    journey: {
      id: 'j1',
      name: 'Online order',
      description: 'From the first ad to after-sales support.',
      state: 'current',
      status: 'published',
      revision: 7,
      updatedAt: '2026-03-20T12:00:00.000Z',
    },
    persona: { id: 'p', name: 'Busy parent', description: 'Shops on the phone at night.', goals: 'Order fast', frustrations: 'Waiting' },
    stages: [stage('s3', 'Support', 2), stage('s1', 'Browse', 0), stage('s2', 'Order', 1)],
    touchpoints: [
      tp('t1', 's1', 'Home page', { emotion: 1 }),
      tp('t2', 's1', 'Banner ad', { channel: 'advertising', interaction: 'marketing', emotion: 0, position: { x: 260, y: 12 } }),
      tp('t3', 's2', 'Checkout', { emotion: -1, ownerTeam: 'Web' }),
      tp('t4', 's2', 'Order hotline', { channel: 'phone', interaction: 'personnel', layer: 'frontstage', emotion: 1 }),
      tp('t5', 's2', 'Confirmation email', { channel: 'email', interaction: 'marketing', layer: 'backstage' }),
      tp('t6', 's3', 'Chat agent', { channel: 'live_chat', interaction: 'personnel', emotion: -2, ownerTeam: 'Service' }),
      tp('t7', 's3', 'Phone agent', { channel: 'phone', interaction: 'personnel', layer: 'frontstage', emotion: 0, ownerTeam: 'Service' }),
      tp('t8', 's3', 'Help centre', { channel: 'self_service', layer: 'support' }),
    ],
    links: [link('l1', 't1', 't3', 'leads_to'), link('l2', 't6', 't7', 'hand_off'), link('l3', 't3', 't4', 'escalation'), link('l4', 't7', 't8', 'leads_to')],
    metrics: FIXTURE_METRICS,
    annotations: FIXTURE_ANNOTATIONS,
  };
}

export const FIXTURE_OPTIONS: ReportOptions = {
  sections: ['summary', 'emotion', 'map', 'stages', 'pains', 'handoffs', 'trends', 'comments'],
  range: FIXTURE_RANGE,
  includeComments: true,
};

export const FIXTURE_NOW = new Date('2026-04-02T08:00:00.000Z');
