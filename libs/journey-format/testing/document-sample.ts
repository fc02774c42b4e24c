import type { JourneyDocument } from '../src/document/journey-document';

/** A small complete journey document: three stages, four touchpoints, two links, three metrics, two annotations. */
export function sampleJourneyDocument(): JourneyDocument {
  return {
    format: 'cxmap.journey',
    version: 1,
    exportedAt: '2026-04-01T08:00:00.000Z',
    journey: { name: 'Broadband sign-up', description: 'From first search to first bill.', state: 'current', status: 'published' },
    persona: { name: 'Sam', description: 'Moves house', goals: 'Internet on day one', frustrations: 'Waiting in line' },
    stages: [
      { id: 's1', name: 'Discovery', phase: 'discovery', customerGoal: 'Find a plan', description: '' },
      { id: 's2', name: 'Purchase', phase: 'purchase', customerGoal: '', description: '' },
      { id: 's3', name: 'Use', phase: 'use', customerGoal: '', description: 'After installation' },
    ],
    touchpoints: [
      t('t1', 's1', 'Compare plans online', 'web', 'digital', 'customer', 1, 24),
      t('t2', 's2', 'Call the sales line', 'phone', 'personnel', 'frontstage', -1, 24),
      t('t3', 's2', 'Credit check', 'other', 'digital', 'backstage', null, 24),
      { ...t('t4', 's3', 'First bill', 'email', 'digital', 'customer', -2, 24), ownerTeam: 'Billing', reviewBy: '2026-06-30' },
    ],
    links: [
      { id: 'l1', sourceId: 't1', targetId: 't2', type: 'leads_to', label: null },
      { id: 'l2', sourceId: 't2', targetId: 't3', type: 'hand_off', label: 'Order placed' },
    ],
    metricDefinitions: [
      {
        key: 'install_wait_days',
        name: 'Days to installation',
        description: '',
        family: 'operational',
        unit: 'count',
        scale: null,
        direction: 'lower',
        kind: 'value',
        valuePooling: 'mean',
        appliesTo: ['touchpoint'],
      },
    ],
    metrics: [
      {
        metric: 'csat',
        on: { kind: 'touchpoint', id: 't2' },
        target: 85,
        warning: 70,
        isKey: true,
        measurements: [
          { period: 'month', periodStart: '2026-01-01', dimension: '', source: 'csv', ratings: [3, 4, 10, 40, 43] },
          { period: 'month', periodStart: '2026-02-01', dimension: '', source: 'api', ratings: [5, 5, 10, 40, 40] },
        ],
      },
      {
        metric: 'nps',
        on: { kind: 'touchpoint', id: 't4' },
        target: 30,
        warning: 0,
        isKey: false,
        measurements: [{ period: 'week', periodStart: '2026-03-02', dimension: 'region=north', source: 'manual', promoters: 40, passives: 30, detractors: 30 }],
      },
      {
        metric: 'install_wait_days',
        on: { kind: 'touchpoint', id: 't3' },
        target: 3,
        warning: 7,
        isKey: false,
        measurements: [{ period: 'day', periodStart: '2026-03-05', dimension: '', source: 'manual', value: 4, sampleSize: 12 }],
      },
    ],
    annotations: [
      {
        on: { kind: 'touchpoint', id: 't2' },
        kind: 'pain_point',
        severity: 'critical',
        status: 'resolved',
        title: 'Transferred between departments',
        body: 'Callers are passed on three times.',
        ownerTeam: 'Sales',
        evidence: [{ kind: 'quote', text: 'I was put on hold twice', url: null }, { kind: 'ticket', text: 'Ticket 4711', url: 'https://example.com/t/4711' }],
        author: { name: 'Dana Former-Colleague' },
        createdAt: '2026-02-10T09:00:00.000Z',
        updatedAt: '2026-03-01T10:00:00.000Z',
        resolvedAt: '2026-03-01T10:00:00.000Z',
        replies: [{ body: 'Routing fixed in March.', author: { name: 'Lee' }, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' }],
      },
      {
        on: { kind: 'stage', id: 's3' },
        kind: 'idea',
        severity: null,
        status: 'open',
        title: 'Explain the first bill',
        body: '',
        ownerTeam: null,
        evidence: [],
        author: { name: 'Lee' },
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-03-02T09:00:00.000Z',
        resolvedAt: null,
        replies: [],
      },
    ],
  };
}

function t(
  id: string,
  stageId: string,
  title: string,
  channel: JourneyDocument['touchpoints'][number]['channel'],
  interaction: JourneyDocument['touchpoints'][number]['interaction'],
  layer: JourneyDocument['touchpoints'][number]['layer'],
  emotion: number | null,
  y: number,
): JourneyDocument['touchpoints'][number] {
  return { id, stageId, title, description: '', channel, interaction, ownerTeam: null, layer, emotion, position: { x: 24, y }, reviewBy: null };
}
