// Generates the benchmark journey as `/changes` batches: 8 stages, 2,000 touchpoints, 3,000 links.
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
