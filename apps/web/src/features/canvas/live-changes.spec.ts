import type { JourneyEventMessage } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { planLiveChange, planReconnect, stillStaleWhenIdle } from './live-changes';

const change = (overrides: Partial<JourneyEventMessage> = {}): JourneyEventMessage => ({
  journeyId: 'j-1',
  kind: 'graph',
  revision: 8,
  own: false,
  ...overrides,
});
const idle = { seenRevision: 7, busy: false };
const saving = { seenRevision: 7, busy: true };

describe('planLiveChange', () => {
  it('refetches the graph for someone else’s newer revision and says so', () => {
    expect(planLiveChange(change(), idle)).toEqual({ refetch: ['graph'], deferGraph: false, notice: 'updated' });
  });

  it('ignores a revision the editor already holds: its own save, echoed', () => {
    expect(planLiveChange(change({ revision: 7, own: true }), idle)).toEqual({ refetch: [], deferGraph: false, notice: null });
    expect(planLiveChange(change({ revision: 6 }), idle).refetch).toEqual([]);
  });

  it('refetches silently a newer revision saved by another tab of the same session', () => {
    expect(planLiveChange(change({ own: true }), idle)).toEqual({ refetch: ['graph'], deferGraph: false, notice: null });
  });

  it('waits with the graph while edits are unsaved', () => {
    expect(planLiveChange(change(), saving)).toEqual({ refetch: [], deferGraph: true, notice: 'updated' });
    expect(planLiveChange(change({ kind: 'journey', revision: 7 }), saving).deferGraph).toBe(true);
  });

  it('refetches metrics and annotations at once, even while saving', () => {
    expect(planLiveChange(change({ kind: 'metrics' }), saving)).toEqual({ refetch: ['metrics'], deferGraph: false, notice: 'updated' });
    expect(planLiveChange(change({ kind: 'annotations', own: true }), saving)).toEqual({ refetch: ['annotations'], deferGraph: false, notice: null });
  });

  it('tells the user when someone else deleted the journey', () => {
    expect(planLiveChange(change({ kind: 'deleted', revision: null }), idle)).toEqual({ refetch: [], deferGraph: false, notice: 'deleted' });
  });
});

describe('planReconnect', () => {
  it('refetches everything, the graph once the editor is idle', () => {
    expect(planReconnect(idle).refetch).toEqual(['graph', 'metrics', 'annotations']);
    expect(planReconnect(saving)).toEqual({ refetch: ['metrics', 'annotations'], deferGraph: true, notice: null });
  });
});

describe('stillStaleWhenIdle', () => {
  it('drops a deferred refetch once the editor’s own saves have reached the revision', () => {
    expect(stillStaleWhenIdle(8, 8)).toBe(false);
    expect(stillStaleWhenIdle(9, 8)).toBe(true);
    expect(stillStaleWhenIdle(null, 8)).toBe(true);
  });
});
