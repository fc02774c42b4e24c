import { CHANNEL_INFO, type Channel, type Interaction, type Layer, type MetricHealth, type MetricUnit } from '@cxmap/domain';
import type {
  JourneyReport,
  ReportAnnotation,
  ReportLink,
  ReportMeasurement,
  ReportMetric,
  ReportReading,
  ReportStage,
  ReportTouchpoint,
  SeverityCounts,
} from '../model';

/*
 * A small hand-made journey report for renderer tests: three stages, eight touchpoints, four links
 * (one a hand-off with its own metric), key metrics with monthly measurements, four pain points and
 * one comment with a reply. Figures are typed in by hand, not computed: renderers only lay them out.
 * Every call returns a fresh copy, so a test may change it.
 */

const noPains = (): SeverityCounts => ({ low: 0, medium: 0, high: 0, critical: 0 });

function reading(periodStart: string, score: number | null, sampleSize: number | null): ReportReading {
  return { period: 'month', periodStart, score, sampleSize, smallSample: sampleSize !== null && sampleSize < 30 };
}

interface MetricSpec {
  id: string;
  key: string;
  name: string;
  unit: MetricUnit;
  direction: 'higher' | 'lower';
  target: number;
  warning: number;
  health: MetricHealth;
  /** Scores of January, February and March 2026, with their sample sizes. */
  series: [number, number][];
  measurements: Omit<ReportMeasurement, 'period' | 'dimension' | 'source'>[];
}

function metric(spec: MetricSpec): ReportMetric {
  const series = spec.series.map(([score, n], index) => reading(`2026-0${index + 1}-01`, score, n));
  const latest = series.at(-1) ?? null;
  const previous = series.at(-2) ?? null;
  const better = spec.direction === 'higher' ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  const trend =
    latest?.score == null || previous?.score == null
      ? null
      : latest.score === previous.score
        ? 'steady'
        : better(latest.score, previous.score)
          ? 'improving'
          : 'worsening';
  return {
    attachmentId: spec.id,
    metricKey: spec.key,
    name: spec.name,
    unit: spec.unit,
    direction: spec.direction,
    target: spec.target,
    warning: spec.warning,
    isKey: true,
    health: spec.health,
    latest,
    previousScore: previous?.score ?? null,
    trend,
    series,
    measurements: spec.measurements.map((m) => ({ period: 'month', dimension: '', source: 'csv', ...m })),
  };
}

const csatCheckout = metric({
  id: 'a-csat-checkout',
  key: 'csat',
  name: 'Customer satisfaction (CSAT)',
  unit: 'percent',
  direction: 'higher',
  target: 85,
  warning: 75,
  health: 'at_risk',
  series: [
    [82, 120],
    [78, 150],
    [80, 100],
  ],
  measurements: [
    { periodStart: '2026-01-01', ratings: [4, 6, 12, 50, 48], score: 81.66666666666667 },
    { periodStart: '2026-02-01', ratings: [8, 10, 15, 60, 57], score: 78 },
    { periodStart: '2026-03-01', ratings: [5, 5, 10, 40, 40], score: 80 },
  ],
});

const npsOnboarding = metric({
  id: 'a-nps-welcome',
  key: 'nps',
  name: 'Net Promoter Score',
  unit: 'score',
  direction: 'higher',
  target: 30,
  warning: 10,
  health: 'on_target',
  series: [
    [25, 200],
    [31, 180],
    [36, 250],
  ],
  measurements: [
    { periodStart: '2026-01-01', promoters: 90, passives: 70, detractors: 40, score: 25 },
    { periodStart: '2026-02-01', promoters: 80, passives: 64, detractors: 36, score: 24.444444444444443 },
    { periodStart: '2026-03-01', promoters: 120, passives: 90, detractors: 30, score: 37.5 },
  ],
});

const ahtPhone = metric({
  id: 'a-aht-phone',
  key: 'aht',
  name: 'Average handle time',
  unit: 'seconds',
  direction: 'lower',
  target: 300,
  warning: 420,
  health: 'off_target',
  series: [
    [410, 900],
    [445, 950],
    [480, 1000],
  ],
  measurements: [
    { periodStart: '2026-01-01', mean: 410, count: 900, score: 410 },
    { periodStart: '2026-02-01', mean: 445, count: 950, score: 445 },
    { periodStart: '2026-03-01', mean: 480, count: 1000, score: 480 },
  ],
});

const fcrChat = metric({
  id: 'a-fcr-chat',
  key: 'fcr',
  name: 'First-contact resolution',
  unit: 'percent',
  direction: 'higher',
  target: 70,
  warning: 60,
  health: 'on_target',
  series: [
    [68, 300],
    [71, 320],
    [74, 310],
  ],
  measurements: [
    { periodStart: '2026-01-01', numerator: 204, denominator: 300, score: 68 },
    { periodStart: '2026-02-01', numerator: 227, denominator: 320, score: 70.9375 },
    { periodStart: '2026-03-01', numerator: 229, denominator: 310, score: 73.87096774193549 },
  ],
});

const transferHandoff = metric({
  id: 'a-transfer-handoff',
  key: 'transfer_rate',
  name: 'Transfer rate',
  unit: 'percent',
  direction: 'lower',
  target: 10,
  warning: 20,
  health: 'off_target',
  series: [
    [18, 400],
    [22, 410],
    [26, 420],
  ],
  measurements: [
    { periodStart: '2026-01-01', numerator: 72, denominator: 400, score: 18 },
    { periodStart: '2026-02-01', numerator: 90, denominator: 410, score: 21.951219512195124 },
    { periodStart: '2026-03-01', numerator: 109, denominator: 420, score: 25.952380952380953 },
  ],
});

interface TouchpointSpec {
  id: string;
  stage: ReportStage;
  title: string;
  description: string;
  channel: Channel;
  interaction: Interaction;
  layer: Layer;
  ownerTeam: string | null;
  emotion: number | null;
  metrics?: ReportMetric[];
  openPains?: Partial<SeverityCounts>;
}

function touchpoint(spec: TouchpointSpec): ReportTouchpoint {
  const metrics = spec.metrics ?? [];
  const created: ReportTouchpoint = {
    id: spec.id,
    stageId: spec.stage.id,
    stageName: spec.stage.name,
    title: spec.title,
    description: spec.description,
    channel: spec.channel,
    channelLabel: CHANNEL_INFO[spec.channel].label,
    interaction: spec.interaction,
    layer: spec.layer,
    ownerTeam: spec.ownerTeam,
    emotion: spec.emotion,
    health: metrics[0]?.health ?? 'no_data',
    metrics,
    openPains: { ...noPains(), ...spec.openPains },
  };
  spec.stage.touchpoints.push(created);
  return created;
}

function stage(id: string, name: string, phase: ReportStage['phase'], order: number, customerGoal: string): ReportStage {
  return {
    id,
    name,
    phase,
    order,
    customerGoal,
    description: '',
    health: { on_target: 0, at_risk: 0, off_target: 0, no_data: 0 },
    emotion: null,
    touchpoints: [],
  };
}

function link(id: string, type: ReportLink['type'], source: ReportTouchpoint, target: ReportTouchpoint, label: string | null = null): ReportLink {
  return { id, type, label, sourceId: source.id, sourceTitle: source.title, targetId: target.id, targetTitle: target.title };
}

export function sampleJourneyReport(): JourneyReport {
  // Metrics are module constants shared by touchpoints and trends: clone so callers may change the copy.
  return structuredClone(buildSample());
}

function buildSample(): JourneyReport {
  const purchase = stage('s-purchase', 'Purchase', 'purchase', 0, 'Buy the right plan quickly');
  const onboarding = stage('s-onboarding', 'Onboarding', 'use', 1, 'Get set up without help');
  const support = stage('s-support', 'Support', 'cultivation', 2, 'Get a problem fixed in one contact');

  const pricing = touchpoint({
    id: 't-pricing', stage: purchase, title: 'Compare plans', description: 'Pricing page with the plan table.',
    channel: 'web', interaction: 'digital', layer: 'customer', ownerTeam: 'Marketing', emotion: 1,
  });
  const checkout = touchpoint({
    id: 't-checkout', stage: purchase, title: 'Checkout', description: 'Card payment and order confirmation.',
    channel: 'web', interaction: 'digital', layer: 'frontstage', ownerTeam: 'E-commerce', emotion: -1,
    metrics: [csatCheckout], openPains: { high: 1 },
  });
  const confirmation = touchpoint({
    id: 't-confirmation', stage: purchase, title: 'Order confirmation email', description: '',
    channel: 'email', interaction: 'marketing', layer: 'frontstage', ownerTeam: 'CRM', emotion: 0,
  });
  const welcome = touchpoint({
    id: 't-welcome', stage: onboarding, title: 'Welcome call', description: 'An agent walks the customer through set-up.',
    channel: 'phone', interaction: 'personnel', layer: 'frontstage', ownerTeam: 'Onboarding', emotion: 2,
    metrics: [npsOnboarding],
  });
  const setup = touchpoint({
    id: 't-setup', stage: onboarding, title: 'Self set-up in the app', description: 'Guided set-up screens.',
    channel: 'mobile_app', interaction: 'product', layer: 'customer', ownerTeam: 'Product', emotion: -1, openPains: { medium: 1 },
  });
  const hotline = touchpoint({
    id: 't-hotline', stage: support, title: 'Support hotline', description: 'First-line phone support.',
    channel: 'phone', interaction: 'personnel', layer: 'frontstage', ownerTeam: 'Customer service', emotion: -2,
    metrics: [ahtPhone], openPains: { critical: 1 },
  });
  const chat = touchpoint({
    id: 't-chat', stage: support, title: 'Live chat', description: 'Chat with second-line specialists.',
    channel: 'live_chat', interaction: 'personnel', layer: 'frontstage', ownerTeam: 'Tech support', emotion: 1,
    metrics: [fcrChat],
  });
  touchpoint({
    id: 't-ticketing', stage: support, title: 'Ticket routing', description: 'Back-office queue assignment.',
    channel: 'other', interaction: 'digital', layer: 'backstage', ownerTeam: null, emotion: null,
  });

  purchase.health = { on_target: 0, at_risk: 1, off_target: 0, no_data: 0 };
  purchase.emotion = 0;
  onboarding.health = { on_target: 1, at_risk: 0, off_target: 0, no_data: 0 };
  onboarding.emotion = 0.5;
  support.health = { on_target: 1, at_risk: 0, off_target: 1, no_data: 0 };
  support.emotion = -0.5;

  const handoffLink = link('l-handoff', 'hand_off', hotline, chat, 'Transfer to specialists');
  const links = [
    link('l-1', 'leads_to', pricing, checkout),
    link('l-2', 'leads_to', checkout, confirmation),
    link('l-3', 'leads_to', welcome, setup),
    handoffLink,
  ];

  const author = 'Dana Lead';
  const pain = (
    id: string,
    severity: ReportAnnotation['severity'],
    title: string,
    target: ReportTouchpoint,
    targetHealth: MetricHealth,
    ownerTeam: string | null,
  ): ReportAnnotation => ({
    id,
    kind: 'pain_point',
    severity,
    status: 'open',
    title,
    body: `${title}: seen in support tickets.`,
    ownerTeam,
    author,
    createdAt: '2026-03-10T09:00:00.000Z',
    target: { kind: 'touchpoint', id: target.id, label: target.title, stageName: target.stageName },
    targetHealth,
    evidence: [{ kind: 'ticket', text: 'Ticket #4711', url: null }],
    replies: [],
  });

  const pains = [
    pain('p-wait', 'critical', 'Long waits on the hotline', hotline, 'off_target', null),
    pain('p-card', 'high', 'Card declined without a reason', checkout, 'at_risk', 'E-commerce'),
    pain('p-setup', 'medium', 'Set-up asks for the contract number twice', setup, 'no_data', 'Product'),
    { ...pain('p-old', 'low', 'Confirmation email lands in spam', confirmation, 'no_data', 'CRM'), status: 'resolved' as const },
  ];
  const comments: ReportAnnotation[] = [
    {
      id: 'c-1',
      kind: 'comment',
      severity: null,
      status: 'open',
      title: 'Callback instead of queue?',
      body: 'Could we offer a callback when the wait passes five minutes?',
      ownerTeam: null,
      author: 'Sam Support',
      createdAt: '2026-03-12T14:30:00.000Z',
      target: { kind: 'touchpoint', id: hotline.id, label: hotline.title, stageName: hotline.stageName },
      targetHealth: 'off_target',
      evidence: [],
      replies: [{ author, body: 'Yes, let us pilot it in April.', createdAt: '2026-03-13T08:00:00.000Z' }],
    },
  ];

  const stages = [purchase, onboarding, support];
  const touchpoints = stages.flatMap((s) => s.touchpoints);
  return {
    generatedAt: '2026-04-02T10:15:00.000Z',
    options: { sections: ['summary', 'emotion', 'stages', 'pains', 'handoffs', 'trends', 'comments'], range: null, includeComments: true },
    range: { from: '2025-04-01', to: '2026-03-31' },
    workspace: { id: 'w-1', name: 'Acme Telecom' },
    journey: {
      id: 'j-1',
      name: 'Broadband customer journey',
      description: 'From choosing a plan to getting help.',
      state: 'current',
      status: 'published',
      revision: 42,
      updatedAt: '2026-03-30T16:00:00.000Z',
    },
    persona: { name: 'Busy parent', description: 'Works from home.', goals: 'Reliable internet', frustrations: 'Waiting on hold' },
    summary: {
      stageCount: 3,
      touchpointCount: touchpoints.length,
      linkCount: links.length,
      touchpointsByStage: stages.map((s) => ({ stageId: s.id, name: s.name, count: s.touchpoints.length })),
      touchpointsByChannel: [
        { channel: 'web', label: 'Website', count: 2 },
        { channel: 'phone', label: 'Phone', count: 2 },
        { channel: 'email', label: 'Email', count: 1 },
        { channel: 'mobile_app', label: 'Mobile app', count: 1 },
        { channel: 'live_chat', label: 'Live chat', count: 1 },
        { channel: 'other', label: 'Other', count: 1 },
      ],
      personnelCount: 3,
      personnelShare: 3 / 8,
      health: { on_target: 2, at_risk: 1, off_target: 1, no_data: 4 },
      overallHealth: 'at_risk',
      openPains: { low: 0, medium: 1, high: 1, critical: 1 },
    },
    stages,
    links,
    pains,
    comments,
    handoffs: [
      {
        link: handoffLink,
        sourceOwnerTeam: hotline.ownerTeam,
        targetOwnerTeam: chat.ownerTeam,
        health: 'off_target',
        metrics: [transferHandoff],
        openPains: noPains(),
        reasons: ['Transfer rate off target', 'Crosses teams: Customer service → Tech support'],
      },
    ],
    trends: [csatCheckout, npsOnboarding, ahtPhone, fcrChat].map((m) => ({
      metricKey: m.metricKey,
      name: m.name,
      unit: m.unit,
      direction: m.direction,
      where: touchpoints.find((t) => t.metrics.includes(m))?.title ?? '',
      current: m.latest,
      previousScore: m.previousScore,
      trend: m.trend,
    })),
    map: { width: 0, height: 0, columns: [], lanes: [], nodes: [], edges: [] },
  };
}

/** The attachments of the sample (touchpoints' and the hand-off's), for tests that count metric rows. */
export function sampleMetricCount(report: JourneyReport): number {
  return report.stages.reduce((n, s) => n + s.touchpoints.reduce((m, t) => m + t.metrics.length, 0), 0) + report.handoffs.reduce((n, h) => n + h.metrics.length, 0);
}
