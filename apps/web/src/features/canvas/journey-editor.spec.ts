import type { ChangeOp, ChangeResponse } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import { describe, expect, it, vi } from 'vitest';
import { nextBatchSize, rebaseVersions, stampVersions, withoutNoopUpdates } from './apply-local';
import { given } from './given';
import { JourneyEditor, type FailureInfo } from './journey-editor';

interface Call {
  ops: ChangeOp[];
  resolve: (response: ChangeResponse) => void;
  reject: (error: unknown) => void;
}

class Conflict extends Error {}

function setup() {
  const graph = given.journey({ stages: 2 });
  const tp = given.touchpoint(graph.stages[0].id, { version: 7, title: 'Before' });
  graph.touchpoints = [tp];
  const calls: Call[] = [];
  const published: GraphContent[] = [];
  const onConflict = vi.fn<(f: FailureInfo, discarded: number) => void>();
  const onFailure = vi.fn<(f: FailureInfo, unsaved: number) => void>();
  const editor = new JourneyEditor(graph, 1, {
    send: (ops) => new Promise((resolve, reject) => calls.push({ ops, resolve, reject })),
    publish: (g) => published.push(g),
    classify: (error) => ({ conflict: error instanceof Conflict, message: error instanceof Error ? error.message : '?' }),
    onConflict,
    onFailure,
  });
  return { graph, tp, editor, calls, published, onConflict, onFailure };
}

const rename = (id: string, title: string): ChangeOp => ({ op: 'update', entity: 'touchpoint', id, version: 0, data: { title } });
const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('JourneyEditor', () => {
  it('applies an edit at once and sends it with the confirmed version', () => {
    const { editor, tp, calls, published } = setup();
    editor.edit([rename(tp.id, 'After')]);
    expect(editor.current().touchpoints[0].title).toBe('After');
    expect(published.at(-1)?.touchpoints[0].title).toBe('After');
    expect(calls).toHaveLength(1);
    expect(calls[0].ops).toEqual([{ ...rename(tp.id, 'After'), version: 7 }]);
    expect(editor.getSnapshot().save).toBe('saving');
  });

  it('keeps one request in flight and sends later edits together with the versions the server returned', async () => {
    const { editor, tp, calls } = setup();
    editor.edit([rename(tp.id, 'One')]);
    editor.edit([rename(tp.id, 'Two')]);
    editor.edit([rename(tp.id, 'Three')]);
    expect(calls).toHaveLength(1);
    calls[0].resolve({ revision: 2, results: [{ entity: 'touchpoint', id: tp.id, version: 12 }] });
    await flushPromises();
    expect(calls).toHaveLength(2);
    expect(calls[1].ops.map((op) => (op.op === 'update' ? op.version : null))).toEqual([12, 13]);
    calls[1].resolve({ revision: 3, results: [{ entity: 'touchpoint', id: tp.id, version: 14 }] });
    await flushPromises();
    expect(editor.getSnapshot().save).toBe('saved');
    expect(editor.current().touchpoints[0].title).toBe('Three');
  });

  it('on a 409 drops the unsaved edits, shows the server state and asks for a reload', async () => {
    const { editor, tp, calls, published, onConflict } = setup();
    editor.edit([rename(tp.id, 'Mine')]);
    calls[0].reject(new Conflict('stale'));
    await flushPromises();
    expect(onConflict).toHaveBeenCalledWith({ conflict: true, message: 'stale' }, 1);
    expect(published.at(-1)?.touchpoints[0].title).toBe('Before');
    expect(editor.getSnapshot()).toMatchObject({ save: 'saved', canUndo: false });

    const theirs = { ...editor.current(), touchpoints: [{ ...tp, title: 'Theirs', version: 8 }] };
    editor.reset(theirs, 5);
    expect(editor.current().touchpoints[0].title).toBe('Theirs');
    editor.edit([rename(tp.id, 'Again')]);
    expect(calls[1].ops[0]).toMatchObject({ version: 8 });
  });

  it('on another error rolls back, reports it and can retry the lost edits', async () => {
    const { editor, tp, calls, onFailure } = setup();
    editor.edit([rename(tp.id, 'Lost')]);
    editor.edit([rename(tp.id, 'Lost too')]);
    calls[0].reject(new Error('Title is too long'));
    await flushPromises();
    expect(onFailure).toHaveBeenCalledWith({ conflict: false, message: 'Title is too long' }, 2);
    expect(editor.current().touchpoints[0].title).toBe('Before');
    expect(editor.getSnapshot()).toMatchObject({ save: 'error', error: 'Title is too long' });

    editor.retry();
    expect(editor.current().touchpoints[0].title).toBe('Lost too');
    expect(calls).toHaveLength(2);
    expect(calls[1].ops).toHaveLength(2);
    expect(editor.getSnapshot().save).toBe('saving');
  });

  it('undoes and redoes edits through the same save path', async () => {
    const { editor, tp, calls } = setup();
    editor.edit([rename(tp.id, 'After')]);
    calls[0].resolve({ revision: 2, results: [{ entity: 'touchpoint', id: tp.id, version: 8 }] });
    await flushPromises();
    editor.undo();
    expect(editor.current().touchpoints[0].title).toBe('Before');
    expect(calls[1].ops).toEqual([{ op: 'update', entity: 'touchpoint', id: tp.id, version: 8, data: { title: 'Before' } }]);
    expect(editor.getSnapshot()).toMatchObject({ canUndo: false, canRedo: true });
    editor.redo();
    expect(editor.current().touchpoints[0].title).toBe('After');
    expect(editor.getSnapshot()).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('undoes a deletion by creating the stage and its touchpoints again', () => {
    const { editor, graph, tp } = setup();
    const stage = graph.stages[0];
    editor.edit([{ op: 'delete', entity: 'stage', id: stage.id, version: 1 }]);
    expect(editor.current().touchpoints).toEqual([]);
    editor.undo();
    expect(editor.current().stages.map((s) => s.id)).toContain(stage.id);
    expect(editor.current().touchpoints.map((t) => t.id)).toEqual([tp.id]);
  });

  it('replays unsaved edits on a newer server graph and ignores an older one', () => {
    const { editor, tp, graph } = setup();
    editor.edit([rename(tp.id, 'Mine')]);
    const newer: GraphContent = { ...graph, stages: [...graph.stages, given.stage({ order: 9 })] };
    editor.reset(newer, 4);
    expect(editor.current().stages).toHaveLength(3);
    expect(editor.current().touchpoints[0].title).toBe('Mine');
    editor.reset(graph, 2);
    expect(editor.current().stages).toHaveLength(3);
  });
});

describe('JourneyEditor base versions under concurrent edits', () => {
  const renameStage = (id: string, name: string): ChangeOp => ({ op: 'update', entity: 'stage', id, version: 0, data: { name } });
  const versionsOf = (ops: ChangeOp[]) => ops.map((op) => (op.op === 'create' ? 'create' : op.version));
  /** The same graph as the server has it after someone else changed the touchpoint. */
  const withTouchpoint = (graph: GraphContent, changes: Partial<GraphContent['touchpoints'][number]>): GraphContent => ({
    ...graph,
    touchpoints: graph.touchpoints.map((t) => ({ ...t, ...changes })),
  });

  it("sends a queued edit with the version the user saw, not the newer one a refetch brought in, and reports the 409", async () => {
    const { editor, graph, tp, calls, onConflict } = setup();
    editor.edit([renameStage(graph.stages[0].id, 'Busy')]);
    editor.edit([rename(tp.id, 'Mine')]);
    expect(calls).toHaveLength(1);

    // A background refetch lands while the first save is in flight: someone else retitled the card.
    editor.reset(withTouchpoint(editor.current(), { title: 'Theirs', version: 8 }), 5);
    calls[0].resolve({ revision: 6, results: [{ entity: 'stage', id: graph.stages[0].id, version: 2 }] });
    await flushPromises();

    expect(calls).toHaveLength(2);
    expect(calls[1].ops).toEqual([{ ...rename(tp.id, 'Mine'), version: 7 }]);
    calls[1].reject(new Conflict('stale'));
    await flushPromises();
    expect(onConflict).toHaveBeenCalledWith({ conflict: true, message: 'stale' }, 1);
  });

  it('keeps the version the user saw for an edit made before the refetch, and chains later edits from it', async () => {
    const { editor, graph, tp, calls } = setup();
    editor.edit([renameStage(graph.stages[0].id, 'Busy')]);
    editor.edit([rename(tp.id, 'Mine')]);
    editor.reset(withTouchpoint(editor.current(), { emotion: -2, version: 8 }), 5);
    editor.edit([rename(tp.id, 'Mine again')]);
    calls[0].resolve({ revision: 6, results: [{ entity: 'stage', id: graph.stages[0].id, version: 2 }] });
    await flushPromises();
    expect(versionsOf(calls[1].ops)).toEqual([7, 8]);
  });

  it('chains own edits: an edit made while the previous one is in flight is sent with the version that one returned', async () => {
    const { editor, tp, calls } = setup();
    editor.edit([rename(tp.id, 'A')]);
    expect(versionsOf(calls[0].ops)).toEqual([7]);
    editor.edit([rename(tp.id, 'B')]);
    // A refetch that already shows our in-flight save (version 8) changes nothing about the chain.
    editor.reset(withTouchpoint(editor.current(), { title: 'A', version: 8 }), 2);
    editor.edit([rename(tp.id, 'C')]);
    calls[0].resolve({ revision: 2, results: [{ entity: 'touchpoint', id: tp.id, version: 8 }] });
    await flushPromises();
    expect(versionsOf(calls[1].ops)).toEqual([8, 9]);
    calls[1].resolve({ revision: 3, results: [{ entity: 'touchpoint', id: tp.id, version: 10 }, { entity: 'touchpoint', id: tp.id, version: 10 }] });
    await flushPromises();
    editor.edit([rename(tp.id, 'D')]);
    expect(versionsOf(calls[2].ops)).toEqual([10]);
    expect(editor.current().touchpoints[0].title).toBe('D');
  });

  it('creates and then updates a new card in one queue', async () => {
    const { editor, graph, tp, calls } = setup();
    const card: ChangeOp = {
      op: 'create',
      entity: 'touchpoint',
      id: 'tp-new',
      data: { ...given.touchpoint(graph.stages[1].id), title: 'New' },
    };
    editor.edit([rename(tp.id, 'Busy')]);
    editor.edit([card]);
    editor.edit([rename('tp-new', 'Named')]);
    editor.edit([rename('tp-new', 'Renamed')]);
    calls[0].resolve({ revision: 2, results: [{ entity: 'touchpoint', id: tp.id, version: 8 }] });
    await flushPromises();
    expect(calls[1].ops.map((op) => op.op)).toEqual(['create', 'update', 'update']);
    expect(versionsOf(calls[1].ops)).toEqual(['create', 1, 2]);

    editor.edit([rename('tp-new', 'While in flight')]);
    calls[1].resolve({ revision: 3, results: [{ entity: 'touchpoint', id: 'tp-new', version: 3 }] });
    await flushPromises();
    expect(versionsOf(calls[2].ops)).toEqual([3]);
  });

  it('sends a deletion and its undo in separate batches, so no batch contradicts itself', async () => {
    const { editor, graph, tp, calls } = setup();
    editor.edit([renameStage(graph.stages[0].id, 'Busy')]);
    editor.edit([{ op: 'delete', entity: 'touchpoint', id: tp.id, version: 0 }]);
    editor.undo();
    expect(editor.current().touchpoints.map((t) => t.id)).toEqual([tp.id]);
    calls[0].resolve({ revision: 2, results: [{ entity: 'stage', id: graph.stages[0].id, version: 2 }] });
    await flushPromises();
    expect(calls[1].ops).toEqual([{ op: 'delete', entity: 'touchpoint', id: tp.id, version: 7 }]);
    calls[1].resolve({ revision: 3, results: [{ entity: 'touchpoint', id: tp.id, version: null }] });
    await flushPromises();
    expect(calls[2].ops.map((op) => `${op.op} ${op.id}`)).toEqual([`create ${tp.id}`]);
  });

  it('counts every change that a 409 discards, in flight and queued', async () => {
    const { editor, graph, tp, calls, onConflict } = setup();
    editor.edit([rename(tp.id, 'One')]);
    editor.edit([rename(tp.id, 'Two')]);
    editor.edit([renameStage(graph.stages[0].id, 'Three'), renameStage(graph.stages[1].id, 'Three too')]);
    editor.undo();
    calls[0].reject(new Conflict('stale'));
    await flushPromises();
    expect(onConflict).toHaveBeenCalledWith({ conflict: true, message: 'stale' }, 4);
    expect(editor.current().touchpoints[0].title).toBe('Before');
  });

  it('retries failed edits with the versions they were made with', async () => {
    const { editor, tp, calls } = setup();
    editor.edit([rename(tp.id, 'Lost')]);
    calls[0].reject(new Error('The server cannot be reached'));
    await flushPromises();
    editor.reset(withTouchpoint(editor.current(), { title: 'Theirs', version: 8 }), 3);
    editor.retry();
    expect(calls[1].ops).toEqual([{ ...rename(tp.id, 'Lost'), version: 7 }]);
  });
});

describe('withoutNoopUpdates', () => {
  it('drops updates and fields that hold the value already', () => {
    const graph = given.journey({ stages: 1 });
    const tp = given.touchpoint(graph.stages[0].id, { title: 'Same', position: { x: 1, y: 2 } });
    graph.touchpoints = [tp];
    const ops: ChangeOp[] = [
      { op: 'update', entity: 'touchpoint', id: tp.id, version: 0, data: { title: 'Same', position: { x: 1, y: 2 } } },
      { op: 'update', entity: 'touchpoint', id: tp.id, version: 0, data: { title: 'Same', emotion: 2 } },
    ];
    expect(withoutNoopUpdates(graph, ops)).toEqual([{ op: 'update', entity: 'touchpoint', id: tp.id, version: 0, data: { emotion: 2 } }]);
  });

  it('keeps the editor from sending an edit that changes nothing', () => {
    const { editor, tp, calls } = setup();
    editor.edit([rename(tp.id, 'Before')]);
    expect(calls).toHaveLength(0);
    expect(editor.getSnapshot().canUndo).toBe(false);
  });
});

describe('stampVersions', () => {
  it('counts versions through a batch: creates start at 1, each update adds one', () => {
    const graph = given.journey({ stages: 1 });
    const stage = graph.stages[0];
    const ops: ChangeOp[] = [
      { op: 'update', entity: 'stage', id: stage.id, version: 0, data: { name: 'A' } },
      { op: 'update', entity: 'stage', id: stage.id, version: 0, data: { name: 'B' } },
      { op: 'create', entity: 'link', id: 'l1', data: { sourceId: 'x', targetId: 'y', type: 'leads_to', label: null } },
      { op: 'update', entity: 'link', id: 'l1', version: 0, data: { label: 'z' } },
      { op: 'delete', entity: 'link', id: 'l1', version: 0 },
    ];
    expect(stampVersions(graph, [], ops).map((op) => (op.op === 'create' ? 'create' : op.version))).toEqual([1, 2, 'create', 1, 2]);
  });
});

describe('rebaseVersions', () => {
  it('moves queued operations onto the versions our batch returned, and leaves other entities alone', () => {
    const ops: ChangeOp[] = [
      { op: 'update', entity: 'touchpoint', id: 't1', version: 3, data: { title: 'a' } },
      { op: 'update', entity: 'touchpoint', id: 't1', version: 4, data: { title: 'b' } },
      { op: 'update', entity: 'touchpoint', id: 't2', version: 7, data: { title: 'c' } },
      { op: 'delete', entity: 'link', id: 'l1', version: 2 },
    ];
    const results = [
      { entity: 'touchpoint' as const, id: 't1', version: 5 },
      { entity: 'link' as const, id: 'l1', version: null },
    ];
    expect(rebaseVersions(ops, results).map((op) => (op.op === 'create' ? null : op.version))).toEqual([5, 6, 7, 2]);
  });
});

describe('nextBatchSize', () => {
  it('stops before an operation that re-creates or touches what the batch removed', () => {
    const graph = given.journey({ stages: 1 });
    const tp = given.touchpoint(graph.stages[0].id);
    graph.touchpoints = [tp];
    const { id, version, ...data } = tp;
    const ops: ChangeOp[] = [
      { op: 'update', entity: 'touchpoint', id, version, data: { title: 'x' } },
      { op: 'delete', entity: 'touchpoint', id, version: version + 1 },
      { op: 'create', entity: 'touchpoint', id, data },
    ];
    expect(nextBatchSize(graph, ops, 100)).toBe(2);
    expect(nextBatchSize(graph, ops.slice(2), 100)).toBe(1);
    expect(nextBatchSize(graph, ops, 1)).toBe(1);
  });
});
