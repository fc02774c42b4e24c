// Generates the benchmark journey: its graph as `/changes` batches (8 stages, 2,000 touchpoints,
// 3,000 links), then its metrics (50,000 measurements) and 1,000 annotations.
import { randomUUID } from 'node:crypto';

const CHANNELS = ['web', 'email', 'phone', 'live_chat', 'mail', 'product', 'social', 'sms'];
const INTERACTIONS = ['digital', 'marketing', 'personnel', 'product'];
const LAYERS = ['customer', 'frontstage', 'backstage', 'support'];
const LINK_TYPES = ['leads_to', 'hand_off', 'escalation', 'depends_on', 'feedback_loop'];

/** Deterministic pseudo-random numbers, so every run seeds the same map. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function largeJourneyBatches({ firstStageId, stages = 8, touchpoints = 2000, links = 3000, seed = 42 }) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const stageIds = [firstStageId, ...Array.from({ length: stages - 1 }, () => randomUUID())];
  const stageOps = stageIds.slice(1).map((id, i) => ({
    op: 'create',
    entity: 'stage',
    id,
    data: { name: `Stage ${i + 2}`, phase: 'custom', order: i + 1, customerGoal: '', description: '' },
  }));
  const perCell = new Map();
  const tpIds = [];
  const touchpointOps = Array.from({ length: touchpoints }, (_, i) => {
    const id = randomUUID();
    tpIds.push(id);
    const stageId = stageIds[i % stages];
    const layer = pick(LAYERS);
    const cell = `${stageId}/${layer}`;
    const n = perCell.get(cell) ?? 0;
    perCell.set(cell, n + 1);
    return {
      op: 'create',
      entity: 'touchpoint',
      id,
      data: {
        stageId,
        title: `Touchpoint ${i + 1}`,
        description: 'Generated for the benchmark.',
        channel: pick(CHANNELS),
        interaction: pick(INTERACTIONS),
        ownerTeam: `Team ${i % 12}`,
        layer,
        emotion: Math.floor(next() * 5) - 2,
        position: { x: 24 + (n % 4) * 240, y: 24 + Math.floor(n / 4) * 120 },
      },
    };
  });
  const seen = new Set();
  const linkOps = [];
  while (linkOps.length < links) {
    const a = Math.floor(next() * touchpoints);
    const b = Math.min(touchpoints - 1, a + 1 + Math.floor(next() * 40));
    const type = pick(LINK_TYPES);
    const key = `${a}>${b}>${type}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    linkOps.push({ op: 'create', entity: 'link', id: randomUUID(), data: { sourceId: tpIds[a], targetId: tpIds[b], type, label: null } });
  }
  return [[...stageOps, ...touchpointOps], linkOps];
}

const ANNOTATION_KINDS = ['pain_point', 'opportunity', 'idea', 'comment'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'];

/**
 * What the large journey carries besides its graph: `attached` NPS attachments on as many
 * touchpoints, each with `weeks` weekly measurements (250 × 200 = 50,000 rows, in batches of
 * 1,000), and `annotations` annotations spread over the touchpoints.
 */
export function largeJourneyExtras({ touchpointIds, attached = 250, weeks = 200, annotations = 1000, seed = 7 }) {
  const next = random(seed);
  const attachments = touchpointIds.slice(0, attached).map((touchpointId) => ({ metric: 'nps', touchpointId, target: 40, warning: 20 }));
  const firstMonday = Date.UTC(2022, 0, 3);
  const measurementRows = (attachmentIds) => {
    const rows = [];
    for (const attachmentId of attachmentIds) {
      for (let w = 0; w < weeks; w++) {
        const periodStart = new Date(firstMonday + w * 7 * 86_400_000).toISOString().slice(0, 10);
        rows.push({ attachmentId, period: 'week', periodStart, promoters: 20 + Math.floor(next() * 60), passives: Math.floor(next() * 30), detractors: Math.floor(next() * 30) });
      }
    }
    const batches = [];
    for (let i = 0; i < rows.length; i += 1000) batches.push({ rows: rows.slice(i, i + 1000) });
    return batches;
  };
  const annotationRequests = Array.from({ length: annotations }, (_, i) => {
    const kind = ANNOTATION_KINDS[i % ANNOTATION_KINDS.length];
    return {
      touchpointId: touchpointIds[Math.floor(next() * touchpointIds.length)],
      kind,
      ...(kind === 'pain_point' ? { severity: SEVERITIES[Math.floor(next() * SEVERITIES.length)] } : {}),
      title: `Annotation ${i + 1}`,
      body: 'Generated for the benchmark.',
    };
  });
  return { attachments, measurementRows, annotationRequests };
}
