import type { JourneyEventMessage } from '@cxmap/domain';

/** Which cached reads of the canvas a change makes stale. */
export type LiveTarget = 'graph' | 'metrics' | 'annotations';

export interface LivePlan {
  /** Refetch these now (the graph only when the editor has nothing unsaved: see `deferGraph`). */
  refetch: LiveTarget[];
  /** The graph is stale but the user has unsaved edits in flight: refetch once the editor is idle. */
  deferGraph: boolean;
  /** What to tell the user. */
  notice: 'updated' | 'deleted' | null;
}

export interface EditorView {
  /** The revision the editor holds (loaded, or answered to its own save). */
  seenRevision: number;
  /** Saves are queued or in flight. */
  busy: boolean;
}

const NOTHING: LivePlan = { refetch: [], deferGraph: false, notice: null };

/**
 * What a canvas does with a live change. Graph changes are judged by revision, not by who made
 * them: one this editor has already seen (its own save, echoed) changes nothing, while one from
 * another tab of the same session is refetched like anyone's. A refetch never runs under unsaved
 * edits: the editor replays them on the fresh graph anyway, but waiting until its saves are
 * answered means the answer, not the refetch, moves the versions it sends on ("an edit keeps the
 * version the user saw"). Metrics and annotations have no optimistic state: always refetched.
 */
export function planLiveChange(message: JourneyEventMessage, editor: EditorView): LivePlan {
  const notice = message.own ? null : 'updated';
  switch (message.kind) {
    case 'graph':
      if (message.revision !== null && message.revision <= editor.seenRevision) return NOTHING;
      return editor.busy ? { refetch: [], deferGraph: true, notice } : { refetch: ['graph'], deferGraph: false, notice };
    case 'journey':
      return editor.busy ? { refetch: [], deferGraph: true, notice } : { refetch: ['graph'], deferGraph: false, notice };
    case 'metrics':
      return { refetch: ['metrics'], deferGraph: false, notice };
    case 'annotations':
      return { refetch: ['annotations'], deferGraph: false, notice };
    case 'deleted':
      return { refetch: [], deferGraph: false, notice: message.own ? null : 'deleted' };
  }
}

/**
 * A deferred graph refetch, once the editor is idle: still needed unless the editor's own saves
 * have meanwhile reached the change's revision (it was their echo). `revision` null: always.
 */
export function stillStaleWhenIdle(revision: number | null, seenRevision: number): boolean {
  return revision === null || revision > seenRevision;
}

/** After the stream reconnects (events may have been missed): refetch everything, the graph once idle. */
export function planReconnect(editor: EditorView): LivePlan {
  return editor.busy
    ? { refetch: ['metrics', 'annotations'], deferGraph: true, notice: null }
    : { refetch: ['graph', 'metrics', 'annotations'], deferGraph: false, notice: null };
}
