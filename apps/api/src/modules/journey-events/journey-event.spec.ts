import { AUDIT_ACTIONS, type AuditAction, type JourneyEventKind } from '@cxmap/domain';
import { journeyEventKind, parseJourneyChange } from './journey-event';
import { RECONNECT_FIRST_MS, RECONNECT_MAX_MS, reconnectDelay } from './journey-event-listener';
import { toMessage } from './journey-events.service';

const W = '11111111-1111-4111-8111-111111111111';
const J = '22222222-2222-4222-8222-222222222222';

/** Families of audited actions a canvas never shows: the workspace, its people, keys and links, the metric catalogue. */
const OFF_CANVAS_FAMILIES = new Set(['workspace', 'member', 'invitation', 'share_link', 'api_key', 'metric_definition', 'portfolio']);
/** What a canvas shows of the other families, whatever the action. */
const KIND_OF_FAMILY: Record<string, JourneyEventKind> = { annotation: 'annotations', touchpoint: 'annotations', metric: 'metrics', measurements: 'metrics' };
/** Journey actions one by one: a new or imported journey has no canvas open yet, and an export changes nothing. */
const KIND_OF_JOURNEY_ACTION: Record<string, JourneyEventKind | null> = {
  'journey.created': null,
  'journey.imported': null,
  'journey.exported': null,
  'journey.changed': 'graph',
  'journey.renamed': 'journey',
  'journey.updated': 'journey',
  'journey.deleted': 'deleted',
};

function expectedKind(action: AuditAction): JourneyEventKind | null | undefined {
  const family = action.slice(0, action.indexOf('.'));
  if (OFF_CANVAS_FAMILIES.has(family)) return null;
  if (family === 'journey') return KIND_OF_JOURNEY_ACTION[action];
  return KIND_OF_FAMILY[family];
}

describe('journeyEventKind', () => {
  it.each(AUDIT_ACTIONS)('announces %s as what a canvas shows of it, and nothing about workspaces, members, keys or links', (action) => {
    const expected = expectedKind(action);
    // A new audited action must be placed in one of the lists above before it ships.
    expect(expected).not.toBeUndefined();
    expect(journeyEventKind(action)).toBe(expected);
  });
});

describe('parseJourneyChange', () => {
  it('reads a notification payload', () => {
    const payload = JSON.stringify({ workspaceId: W, journeyId: J, kind: 'graph', revision: 4, actorSessionId: null });
    expect(parseJourneyChange(payload)).toEqual({ workspaceId: W, journeyId: J, kind: 'graph', revision: 4, actorSessionId: null });
  });

  it.each([undefined, '', 'not json', '[]', 'null', JSON.stringify({ workspaceId: 'x', journeyId: J, kind: 'graph' }), JSON.stringify({ workspaceId: W, journeyId: J, kind: 'nope' }), JSON.stringify({ workspaceId: W, journeyId: J, kind: 'graph', revision: 'x' })])(
    'drops a malformed payload %p',
    (payload) => {
      expect(parseJourneyChange(payload)).toBeNull();
    },
  );
});

describe('reconnectDelay', () => {
  it('doubles from the first delay up to the cap, with at most 20 % jitter', () => {
    expect(reconnectDelay(0, () => 0)).toBe(RECONNECT_FIRST_MS);
    expect(reconnectDelay(3, () => 0)).toBe(RECONNECT_FIRST_MS * 8);
    expect(reconnectDelay(50, () => 0)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(50, () => 1)).toBe(RECONNECT_MAX_MS * 1.2);
  });
});

describe('toMessage', () => {
  const change = { workspaceId: W, journeyId: J, kind: 'graph' as const, revision: 3, actorSessionId: 's-1' };
  const actor = { userId: 'u', email: 'e', name: 'n', sessionId: 's-1' };

  it('marks the subscriber’s own session and never passes on workspace or session ids', () => {
    expect(toMessage(change, { kind: 'member', actor })).toEqual({ journeyId: J, kind: 'graph', revision: 3, own: true });
    expect(toMessage(change, { kind: 'member', actor: { ...actor, sessionId: 's-2' } }).own).toBe(false);
    expect(toMessage(change, { kind: 'share-link', token: 't' }).own).toBe(false);
  });
});
