import { LIMITS, type ChangeOp, type ChangeResponse, type EntityKind } from '@cxmap/domain';
import { applyOps, inverseOps, type GraphContent } from '@cxmap/journey-format';
import { applyLocal, nextBatchSize, rebaseVersions, stampVersions, withoutNoopUpdates } from './apply-local';

export type SaveState = 'saved' | 'saving' | 'error';

export interface EditorSnapshot {
  /** The graph to draw: confirmed server state plus unsaved edits. */
  graph: GraphContent;
  save: SaveState;
  /** What went wrong with the last save, when `save` is `error`. */
  error: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

export interface FailureInfo {
  /** 409: the server state moved on; nothing of the batch was applied. */
  conflict: boolean;
  message: string;
}

export interface JourneyEditorOptions {
  send: (ops: ChangeOp[]) => Promise<ChangeResponse>;
  /** Shows a graph (optimistic or rolled back); `revision` when the server confirmed one. */
  publish: (graph: GraphContent, revision?: number) => void;
  classify: (error: unknown) => FailureInfo;
  /**
   * After a 409: the caller reloads the graph (then calls `reset`) and tells the user. `discarded`
   * counts the user's changes (edits, undos, redos) that were in flight or queued and are dropped.
   */
  onConflict: (failure: FailureInfo, discarded: number) => void;
  /** After any other failure: the display is back at the server state (`unsaved` changes rolled back, kept for `retry`); tell the user. */
  onFailure: (failure: FailureInfo, unsaved: number) => void;
}

/** A queued operation and the user change (edit, undo, redo) it belongs to. */
interface Queued {
  op: ChangeOp;
  change: number;
}

interface HistoryEntry {
  undo: ChangeOp[];
  redo: ChangeOp[];
}

const HISTORY_MAX = 100;

/**
 * The canvas's write path, free of React: optimistic edits, a serial save queue and undo/redo.
 *
 * - `edit(ops)` applies the batch to the displayed graph at once and queues it.
 * - Every update and delete carries the base version the user saw when making the edit
 *   (`stampVersions`). A refetch never changes it: if someone else changed the entity meanwhile,
 *   the API answers 409 instead of our save overwriting their change. Only the answer to our own
 *   batch moves the base of queued operations on the entities it changed (`rebaseVersions`).
 * - One request is in flight at a time. Everything queued meanwhile leaves as one batch when it
 *   returns (split where one batch would contradict itself, `nextBatchSize`).
 * - A 409 drops what is in flight and queued and lets the caller reload; any other failure rolls
 *   the display back to the confirmed state and keeps the failed operations for `retry()`.
 */
export class JourneyEditor {
  private confirmed: GraphContent;
  private display: GraphContent;
  private revision: number;
  private inflight: Queued[] | null = null;
  private pending: Queued[] = [];
  private failed: Queued[] = [];
  private changes = 0;
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private snapshot: EditorSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    initial: GraphContent,
    revision: number,
    private readonly options: JourneyEditorOptions,
  ) {
    this.confirmed = initial;
    this.display = initial;
    this.revision = revision;
    this.snapshot = { graph: initial, save: 'saved', error: null, canUndo: false, canRedo: false };
  }

  /** The graph as the user sees it now (confirmed state plus unsaved edits). */
  current(): GraphContent {
    return this.display;
  }

  getSnapshot = (): EditorSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The latest journey revision this editor has confirmed (loaded, or answered to its own save). */
  seenRevision(): number {
    return this.revision;
  }

  /** True while something is queued or on its way. */
  busy(): boolean {
    return this.inflight !== null || this.pending.length > 0;
  }

  /** A user edit: applied optimistically, saved, and undoable as one step. */
  edit(ops: readonly ChangeOp[]): void {
    const before = this.display;
    const applied = this.apply(withoutNoopUpdates(before, ops));
    if (!applied) return;
    this.past = [...this.past, { undo: inverseOps(before, applied.ops, applied.removed), redo: applied.ops }].slice(
      -HISTORY_MAX,
    );
    this.future = [];
    this.notify();
  }

  undo(): void {
    const entry = this.past.at(-1);
    if (!entry) return;
    this.past = this.past.slice(0, -1);
    this.future = [...this.future, entry];
    this.apply(entry.undo);
    this.notify();
  }

  redo(): void {
    const entry = this.future.at(-1);
    if (!entry) return;
    this.future = this.future.slice(0, -1);
    this.past = [...this.past, entry];
    this.apply(entry.redo);
    this.notify();
  }

  /**
   * Sends the operations of the failed save again (re-applying them to the display), with the base
   * versions they were made with.
   */
  retry(): void {
    const failed = this.failed;
    this.failed = [];
    if (failed.length > 0) {
      const result = applyLocal(this.display, failed.map((q) => q.op));
      const kept = new Set(result.ops);
      this.enqueue(result.graph, failed.filter((q) => kept.has(q.op)));
    }
    this.notify();
  }

  /**
   * The server's graph arrived (first load or a refetch). Older than what this editor has confirmed
   * (a fetch that started before our last save landed) is ignored; otherwise it becomes the
   * confirmed state and the unsaved edits are replayed on top of it.
   */
  reset(server: GraphContent, revision: number): void {
    if (revision < this.revision) return;
    this.revision = revision;
    this.confirmed = server;
    // The queued operations keep their base versions: should the server have moved an entity they
    // change, their save meets a 409 and the conflict flow runs.
    const unsaved = this.unsaved();
    this.display = unsaved.length > 0 ? applyLocal(server, unsaved).graph : server;
    if (unsaved.length > 0) this.options.publish(this.display);
    this.notify();
  }

  /** Unsaved operations, in flight first, in the order they apply. */
  private unsaved(): ChangeOp[] {
    return [...(this.inflight ?? []), ...this.pending].map((q) => q.op);
  }

  /** A new user change: applied to the display, stamped with the versions the user sees, queued. */
  private apply(ops: readonly ChangeOp[]): ReturnType<typeof applyLocal> | null {
    if (ops.length === 0) return null;
    const result = applyLocal(this.display, ops);
    if (result.ops.length === 0) return null;
    this.changes += 1;
    const change = this.changes;
    const stamped = stampVersions(this.confirmed, this.unsaved(), result.ops);
    this.enqueue(result.graph, stamped.map((op) => ({ op, change })));
    return result;
  }

  private enqueue(display: GraphContent, queued: readonly Queued[]): void {
    if (queued.length === 0) return;
    this.display = display;
    this.pending = [...this.pending, ...queued];
    this.failed = [];
    this.options.publish(this.display);
    this.flush();
  }

  private flush(): void {
    if (this.inflight !== null || this.pending.length === 0) {
      this.setSave(this.inflight === null && this.snapshot.save !== 'error' ? 'saved' : this.snapshot.save);
      return;
    }
    const size = nextBatchSize(this.confirmed, this.pending.map((q) => q.op), LIMITS.opsPerBatchMax);
    const batch = this.pending.slice(0, size);
    this.inflight = batch;
    this.pending = this.pending.slice(size);
    this.setSave('saving');
    const ops = batch.map((q) => q.op);
    this.options.send(ops).then(
      (response) => this.succeeded(ops, response),
      (error: unknown) => this.failedWith(error),
    );
  }

  private succeeded(batch: ChangeOp[], response: ChangeResponse): void {
    let confirmed = applyOps(this.confirmed, batch, { checkVersions: false }).graph;
    confirmed = withVersions(confirmed, response.results);
    this.confirmed = confirmed;
    this.revision = Math.max(this.revision, response.revision);
    this.inflight = null;
    const rebased = rebaseVersions(this.pending.map((q) => q.op), response.results);
    this.pending = this.pending.map((q, index) => ({ ...q, op: rebased[index] }));
    if (this.pending.length > 0) {
      this.flush();
    } else {
      this.options.publish(this.display, this.revision);
      this.setSave('saved');
    }
  }

  private failedWith(error: unknown): void {
    const failure = this.options.classify(error);
    const lost = [...(this.inflight ?? []), ...this.pending];
    const lostChanges = new Set(lost.map((q) => q.change)).size;
    this.inflight = null;
    this.pending = [];
    this.past = [];
    this.future = [];
    this.display = this.confirmed;
    this.options.publish(this.display);
    if (failure.conflict) {
      this.failed = [];
      this.setSave('saved');
      this.options.onConflict(failure, lostChanges);
    } else {
      this.failed = lost;
      this.setSave('error', failure.message);
      this.options.onFailure(failure, lostChanges);
    }
  }

  private setSave(save: SaveState, error: string | null = null): void {
    if (save !== this.snapshot.save || error !== this.snapshot.error) this.snapshot = { ...this.snapshot, save, error };
    this.notify();
  }

  private notify(): void {
    const canUndo = this.past.length > 0;
    const canRedo = this.future.length > 0;
    const graph = this.display;
    const s = this.snapshot;
    if (canUndo !== s.canUndo || canRedo !== s.canRedo || graph !== s.graph) {
      this.snapshot = { ...s, canUndo, canRedo, graph };
    }
    for (const listener of this.listeners) listener();
  }
}

function withVersions(graph: GraphContent, results: ChangeResponse['results']): GraphContent {
  const versions = new Map<string, number>();
  const key = (entity: EntityKind, id: string): string => `${entity}:${id}`;
  for (const r of results) if (r.version !== null) versions.set(key(r.entity, r.id), r.version);
  if (versions.size === 0) return graph;
  return {
    stages: graph.stages.map((s) => ({ ...s, version: versions.get(key('stage', s.id)) ?? s.version })),
    touchpoints: graph.touchpoints.map((t) => ({ ...t, version: versions.get(key('touchpoint', t.id)) ?? t.version })),
    links: graph.links.map((l) => ({ ...l, version: versions.get(key('link', l.id)) ?? l.version })),
  };
}
