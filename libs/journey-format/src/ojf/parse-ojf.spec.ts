import { describe, expect, it } from 'vitest';
import { applyOps } from '../apply-ops';
import { emptyGraph } from '../graph';
import { importedJourneyToOps } from '../import/to-ops';
import { importedJourneyToPlan } from '../import/to-plan';
import { ojfFiles, ojfFixture } from '../../testing/fixtures';
import { parseJsonWithLines } from './json-lines';
import { ojfScoreToEmotion } from './ojf-mapping';
import { parseOjf } from './parse-ojf';

interface Expected {
  name: string;
  perStage: number[];
  layers: Partial<Record<'customer' | 'frontstage' | 'backstage' | 'support', number>>;
  links: number;
  painPoints: number;
  /** Swimlanes with nodes that are no blueprint layer. */
  unmatchedLanes: string[];
}

/** Counted by hand from the files (nodes per stage plus blueprint onstage/backstage/support entries). */
const EXPECTED: Record<string, Expected> = {
  'b2b-software-purchase.ojf': {
    name: 'Procuring a new project management suite for the enterprise',
    perStage: [2, 2, 2, 2, 1],
    layers: { customer: 4, frontstage: 5 },
    links: 0,
    painPoints: 1,
    unmatchedLanes: ['Internal Blockers'],
  },
  'clinic-visit-blueprint.ojf': {
    name: 'Patient Clinic Visit',
    perStage: [4, 4, 5],
    layers: { customer: 3, frontstage: 3, backstage: 3, support: 4 },
    links: 10,
    painPoints: 0,
    unmatchedLanes: [],
  },
  'customer-support.ojf': {
    name: 'Getting a broken smart toy fixed before a birthday',
    perStage: [2, 2, 2, 2],
    layers: { customer: 7, frontstage: 1 },
    links: 0,
    painPoints: 2,
    unmatchedLanes: ['Emotional State', 'Pain Points'],
  },
  'ecommerce-purchase.ojf': {
    name: 'Buying a high-end coffee maker for a new kitchen',
    perStage: [2, 2, 2, 1],
    layers: { customer: 7 },
    links: 0,
    painPoints: 2,
    unmatchedLanes: ['Emotional State', 'Pain Points'],
  },
  'ecommerce-return.ojf': {
    name: 'Trying to return a defective sweater she bought online',
    perStage: [2, 3, 2, 2],
    layers: { customer: 2, frontstage: 7 },
    links: 0,
    painPoints: 3,
    unmatchedLanes: ['Pain Points'],
  },
  'event-booking.ojf': {
    name: 'Registering for an international developer conference',
    perStage: [3, 2, 1, 2],
    layers: { customer: 7, frontstage: 1 },
    links: 0,
    painPoints: 2,
    unmatchedLanes: ['Issues & Roadblocks'],
  },
  'hotel-check-in-blueprint.ojf': {
    name: 'Hotel Arrival & Check-in',
    perStage: [7, 4, 3],
    layers: { customer: 4, frontstage: 3, backstage: 3, support: 4 },
    links: 10,
    painPoints: 0,
    unmatchedLanes: [],
  },
  'self-guided-tutorial.ojf': {
    name: 'Learning how to use Ptolemy',
    perStage: [2, 2, 2, 2, 2],
    layers: { customer: 10 },
    links: 0,
    painPoints: 1,
    unmatchedLanes: ['Thoughts & Feelings', 'Friction Points'],
  },
};

describe('parseOjf over the eight Ptolemy sample maps', () => {
  it('covers every fixture', () => {
    expect(ojfFiles()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: stages, touchpoints by layer, links and pain points`, () => {
      const result = parseOjf(ojfFixture(file));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const { journey, warnings } = result;
      expect(journey.name).toBe(expected.name);
      expect(journey.stages.map((stage) => stage.touchpoints.length)).toEqual(expected.perStage);
      const layers: Record<string, number> = {};
      for (const touchpoint of journey.stages.flatMap((stage) => stage.touchpoints)) layers[touchpoint.layer] = (layers[touchpoint.layer] ?? 0) + 1;
      expect(layers).toEqual(expected.layers);
      expect(journey.links).toHaveLength(expected.links);
      expect(journey.painPoints).toHaveLength(expected.painPoints);
      const laneWarnings = warnings.filter((w) => w.message.startsWith('Swimlane "')).map((w) => /^Swimlane "([^"]+)"/.exec(w.message)?.[1]);
      expect(laneWarnings).toEqual(expected.unmatchedLanes);
      // Pain points become annotations: nothing is lost, so nothing is warned about them.
      expect(warnings.filter((w) => /^\d+ pain point/.test(w.message))).toEqual([]);
      for (const warning of laneWarnings.length ? warnings.filter((w) => w.message.startsWith('Swimlane')) : []) expect(warning.line).toBeGreaterThan(0);

      // Through the ops and the one apply path, nothing refused.
      let next = 0;
      const applied = applyOps(emptyGraph(), importedJourneyToOps(journey, () => `id-${(next += 1)}`));
      expect(applied.errors).toEqual([]);
      expect(applied.graph.touchpoints).toHaveLength(expected.perStage.reduce((a, b) => a + b, 0));
      expect(applied.graph.links).toHaveLength(expected.links);
    });
  }

  it('maps a hotel node in detail: score, notes, blueprint steps and their links', () => {
    const result = parseOjf(ojfFixture('hotel-check-in-blueprint.ojf'));
    if (!result.ok) throw new Error('refused');
    const [arrive, doorman, security, valet] = result.journey.stages[0].touchpoints;
    expect(arrive).toMatchObject({ title: 'Arrive at Entrance', layer: 'customer', emotion: 1, description: 'Customer pulls up to the hotel in a taxi.' });
    expect(arrive.notes).toEqual([
      'Severity: low',
      'Sentiment: positive',
      'Purpose: touchpoint',
      'Swimlane: Customer Actions',
      'Evidence: Hotel Signage (Physical); Valet Stand (Physical)',
    ]);
    expect(arrive.line).toBe(18);
    expect(doorman).toMatchObject({ title: 'Opens taxi door and greets guest', actors: ['Doorman'], layer: 'frontstage', emotion: null });
    expect(security).toMatchObject({ title: 'Logs vehicle arrival', actors: ['Security'], layer: 'backstage' });
    expect(valet).toMatchObject({ title: 'Valet System', description: 'Registers arrival time', layer: 'support' });
    expect(result.journey.links.slice(0, 3)).toEqual([
      { source: { stage: 0, touchpoint: 0 }, target: { stage: 0, touchpoint: 1 }, type: 'depends_on', label: null },
      { source: { stage: 0, touchpoint: 0 }, target: { stage: 0, touchpoint: 2 }, type: 'depends_on', label: null },
      { source: { stage: 0, touchpoint: 0 }, target: { stage: 0, touchpoint: 3 }, type: 'depends_on', label: null },
    ]);
    expect(result.journey.description).toBe('Persona: Business Traveler\nPoint of view: Checking into a premium hotel after a long flight\nImported from OpenJourney 1.1.0.');
  });

  it('drafts pain points with their severity, which become pain-point annotations on their touchpoints', () => {
    const result = parseOjf(ojfFixture('ecommerce-return.ojf'));
    if (!result.ok) throw new Error('refused');
    expect(result.journey.painPoints.map((p) => [p.title, p.severity])).toEqual([
      ['Return Portal', 'high'],
      ['Restocking Fee', 'high'],
      ['Radio Silence', 'low'],
    ]);
    const fee = result.journey.stages[1].touchpoints.find((t) => t.title === 'Restocking Fee');
    expect(fee?.notes.filter((note) => /^(Pain point|Severity)/.test(note))).toEqual([]);
    expect(fee?.emotion).toBe(-2);

    let next = 0;
    const plan = importedJourneyToPlan(result.journey, () => `id-${(next += 1)}`);
    const applied = applyOps(emptyGraph(), plan.ops);
    const titleOf = (id: string) => applied.graph.touchpoints.find((t) => t.id === id)?.title;
    expect(plan.annotations.map((a) => [titleOf(a.on.id), a.on.kind, a.kind, a.severity, a.status, a.author])).toEqual([
      ['Return Portal', 'touchpoint', 'pain_point', 'high', 'open', null],
      ['Restocking Fee', 'touchpoint', 'pain_point', 'high', 'open', null],
      ['Radio Silence', 'touchpoint', 'pain_point', 'low', 'open', null],
    ]);
  });

  it('gives a node without a score the spec default 0', () => {
    const result = parseOjf(ojfFixture('event-booking.ojf'));
    if (!result.ok) throw new Error('refused');
    expect(result.journey.stages[0].touchpoints.find((t) => t.title === 'Conference Website')?.emotion).toBe(0);
  });
});

describe('parseOjf refusals name the line', () => {
  const base = (nodes: string) => `{\n  "stages": [{ "id": "s1", "name": "One" }],\n  "swimlanes": [{ "id": "l1", "name": "Customer Actions" }],\n  "nodes": [\n${nodes}\n  ]\n}`;

  it.each([
    ['{ "stages": [', 1, /Not valid JSON/],
    ['{\n  "stages": [\n    { "id": "s1" "name": "x" }\n  ]\n}', 3, /Expected ',' or '}'/],
    ['[]', 1, /JSON object/],
    ['{}', 1, /no "stages"/],
    ['{ "stages": [] }', 1, /no stages/],
    [base('    { "stageId": "s9", "title": "A" }'), 5, /stage "s9", which the file does not define/],
    [base('    { "stageId": "s1", "swimlaneId": "x", "title": "A" }'), 5, /swimlane "x"/],
    [base('    {},\n    { "stageId": "s1",\n      "title": "A", "score": 7 }'), 5, /has no "stageId"/],
    [base('    { "stageId": "s1",\n      "title": "A",\n      "score": 7 }'), 7, /score must be a number from -5 to \+5, not 7/],
    [base('    { "stageId": "s1", "title": "A", "score": "3" }'), 5, /not "3"/],
    [base('    { "stageId": "s1", "title": "A", "severity": "urgent" }'), 5, /"low", "medium" or "high"/],
    [base('    { "stageId": "s1", "title": "  " }'), 5, /empty title/],
    [base('    { "stageId": "s1", "title": "A", "blueprint": { "onstage": [{}] } }'), 5, /needs "actor" or "action"/],
  ])('refuses %j at line %i', (text, line, message) => {
    const result = parseOjf(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ line, message: expect.stringMatching(message) });
  });

  it('reports every bad node', () => {
    const result = parseOjf(base('    { "stageId": "s1", "title": "A", "score": 9 },\n    { "stageId": "s2", "title": "B" }'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toEqual([5, 6]);
  });
});

describe('OJF mappings', () => {
  it('folds −5…+5 onto −2…+2 symmetrically', () => {
    expect([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5].map(ojfScoreToEmotion)).toEqual([-2, -2, -1, -1, 0, 0, 0, 1, 1, 2, 2]);
  });

  it('parses JSON like JSON.parse and keeps prototype keys as plain data', () => {
    const text = '{"a":[1,-2.5e3,true,null,"x\\u00e9\\n"],"__proto__":{"b":1}}';
    const parsed = parseJsonWithLines(text);
    expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
    expect(({} as Record<string, unknown>)['b']).toBeUndefined();
  });
});
