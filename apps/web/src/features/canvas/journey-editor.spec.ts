import type { ChangeOp, ChangeResponse } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import { describe, expect, it, vi } from 'vitest';
import { assignVersions, withoutNoopUpdates } from './apply-local';
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
  const onConflict = vi.fn<(f: FailureInfo) => void>();
  const onFailure = vi.fn<(f: FailureInfo) => void>();
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
    expect(onConflict).toHaveBeenCalledWith({ conflict: true, message: 'stale' });
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
    expect(onFailure).toHaveBeenCalledWith({ conflict: false, message: 'Title is too long' });
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

describe('assignVersions', () => {
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
    expect(assignVersions(graph, ops).map((op) => (op.op === 'create' ? 'create' : op.version))).toEqual([1, 2, 'create', 1, 2]);
  });
});
