import { AUDIT_ACTIONS } from '@cxmap/domain';
import { journeyEventKind, parseJourneyChange } from './journey-event';
import { RECONNECT_FIRST_MS, RECONNECT_MAX_MS, reconnectDelay } from './journey-event-listener';
import { toMessage } from './journey-events.service';

const W = '11111111-1111-4111-8111-111111111111';
const J = '22222222-2222-4222-8222-222222222222';

describe('journeyEventKind', () => {
  it('announces what a canvas shows, and nothing about workspaces, members, keys or links', () => {
    const announced = AUDIT_ACTIONS.filter((action) => journeyEventKind(action) !== null);
    expect(announced).toEqual([
      'journey.renamed',
      'journey.updated',
      'journey.deleted',
      'journey.changed',
      'annotation.created',
      'annotation.updated',
      'annotation.deleted',
      'annotation.replied',
      'annotation.reply_edited',
      'annotation.reply_deleted',
      'touchpoint.review_by_set',
      'metric.attached',
      'metric.updated',
      'metric.detached',
      'measurements.recorded',
    ]);
    expect(journeyEventKind('journey.changed')).toBe('graph');
    expect(journeyEventKind('measurements.recorded')).toBe('metrics');
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
