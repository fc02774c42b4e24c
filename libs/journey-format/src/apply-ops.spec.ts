import type { ChangeOp } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { applyOps } from './apply-ops';
import { given } from './test-builders';

const ids = (list: readonly { id: string }[]): string[] => list.map((e) => e.id).sort();

describe('applyOps', () => {
  it('creates two touchpoints and links them in one batch', () => {
    const ops: ChangeOp[] = [
      { op: 'create', entity: 'touchpoint', id: 'x', data: { ...given.touchpoint('x', 's1') } },
      { op: 'create', entity: 'touchpoint', id: 'y', data: { ...given.touchpoint('y', 's2') } },
      { op: 'create', entity: 'link', id: 'xy', data: { sourceId: 'x', targetId: 'y', type: 'hand_off', label: 'transfer' } },
    ];
    const result = applyOps(given.graph(), ops);
    expect(result.errors).toEqual([]);
    expect(ids(result.graph.touchpoints)).toEqual(['a', 'b', 'c', 'x', 'y']);
    expect(result.graph.links.find((l) => l.id === 'xy')).toMatchObject({ sourceId: 'x', targetId: 'y', version: 1 });
  });

  it('updates fields and bumps the version, leaving the input untouched', () => {
    const before = given.graph();
    const result = applyOps(before, [
      { op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { stageId: 's2', position: { x: 5, y: 6 } } },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.graph.touchpoints.find((t) => t.id === 'a')).toMatchObject({ stageId: 's2', position: { x: 5, y: 6 }, version: 2 });
    expect(before.touchpoints[0]).toMatchObject({ stageId: 's1', version: 1 });
  });

  it('deleting a touchpoint removes its links', () => {
    const result = applyOps(given.graph(), [{ op: 'delete', entity: 'touchpoint', id: 'b', version: 1 }]);
    expect(result.errors).toEqual([]);
    expect(ids(result.graph.links)).toEqual([]);
    expect(result.removed).toEqual([
      { entity: 'touchpoint', id: 'b' },
      { entity: 'link', id: 'ab' },
      { entity: 'link', id: 'bc' },
    ]);
  });

  it('deleting a stage removes its touchpoints and their links', () => {
    const result = applyOps(given.graph(), [{ op: 'delete', entity: 'stage', id: 's1', version: 1 }]);
    expect(ids(result.graph.stages)).toEqual(['s2']);
    expect(ids(result.graph.touchpoints)).toEqual(['c']);
    expect(result.graph.links).toEqual([]);
    expect(result.removed.map((r) => `${r.entity}:${r.id}`).sort()).toEqual(
      ['link:ab', 'link:bc', 'stage:s1', 'touchpoint:a', 'touchpoint:b'].sort(),
    );
  });

  it('reports a stale version as a conflict', () => {
    const result = applyOps(given.graph(), [{ op: 'update', entity: 'stage', id: 's1', version: 3, data: { name: 'New' } }]);
    expect(result.errors).toEqual([
      expect.objectContaining({ index: 0, code: 'VERSION_CONFLICT', entity: 'stage', id: 's1', path: 'ops.0.version' }),
    ]);
  });

  it('ignores versions when asked to (optimistic client-side apply)', () => {
    const result = applyOps(
      given.graph(),
      [{ op: 'update', entity: 'stage', id: 's1', version: 3, data: { name: 'New' } }],
      { checkVersions: false },
    );
    expect(result.errors).toEqual([]);
    expect(result.graph.stages[0]).toMatchObject({ name: 'New', version: 2 });
  });

  it('rejects references to missing stages and touchpoints with field paths', () => {
    const result = applyOps(given.graph(), [
      { op: 'create', entity: 'touchpoint', id: 'x', data: { ...given.touchpoint('x', 'nope') } },
      { op: 'create', entity: 'link', id: 'l', data: { sourceId: 'a', targetId: 'ghost', type: 'leads_to', label: null } },
      { op: 'update', entity: 'touchpoint', id: 'c', version: 1, data: { stageId: 'gone' } },
    ]);
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['STAGE_NOT_FOUND', 'ops.0.data.stageId'],
      ['TOUCHPOINT_NOT_FOUND', 'ops.1.data.targetId'],
      ['STAGE_NOT_FOUND', 'ops.2.data.stageId'],
    ]);
  });

  it('rejects a link to a touchpoint deleted earlier in the same batch', () => {
    const result = applyOps(given.graph(), [
      { op: 'delete', entity: 'touchpoint', id: 'c', version: 1 },
      { op: 'create', entity: 'link', id: 'ac', data: { sourceId: 'a', targetId: 'c', type: 'leads_to', label: null } },
    ]);
    expect(result.errors).toEqual([expect.objectContaining({ index: 1, code: 'TOUCHPOINT_NOT_FOUND' })]);
  });

  it('rejects self links, duplicate links and duplicate ids', () => {
    const result = applyOps(given.graph(), [
      { op: 'create', entity: 'link', id: 'aa', data: { sourceId: 'a', targetId: 'a', type: 'leads_to', label: null } },
      { op: 'create', entity: 'link', id: 'ab2', data: { sourceId: 'a', targetId: 'b', type: 'leads_to', label: null } },
      { op: 'create', entity: 'stage', id: 'a', data: { ...given.stage('a') } },
    ]);
    expect(result.errors.map((e) => e.code)).toEqual(['SELF_LINK', 'DUPLICATE_LINK', 'DUPLICATE_ID']);
  });

  it('reports a self link at the end the operation set', () => {
    const result = applyOps(given.graph(), [
      { op: 'update', entity: 'link', id: 'ab', version: 1, data: { sourceId: 'b' } },
      { op: 'update', entity: 'link', id: 'bc', version: 1, data: { targetId: 'b' } },
      { op: 'update', entity: 'link', id: 'ab', version: 1, data: { sourceId: 'c', targetId: 'c' } },
    ]);
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['SELF_LINK', 'ops.0.data.sourceId'],
      ['SELF_LINK', 'ops.1.data.targetId'],
      ['SELF_LINK', 'ops.2.data.targetId'],
    ]);
  });

  it('allows a second link between the same touchpoints with another type', () => {
    const result = applyOps(given.graph(), [
      { op: 'create', entity: 'link', id: 'ab2', data: { sourceId: 'a', targetId: 'b', type: 'escalation', label: null } },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reports updates and deletes of entities that do not exist', () => {
    const result = applyOps(given.graph(), [
      { op: 'update', entity: 'link', id: 'zz', version: 1, data: { label: 'x' } },
      { op: 'delete', entity: 'touchpoint', id: 's1', version: 1 },
    ]);
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['NOT_FOUND', 'ops.0.id'],
      ['NOT_FOUND', 'ops.1.id'],
    ]);
  });

  it('reports an operation on an entity removed earlier in the same batch as a contradiction', () => {
    const result = applyOps(given.graph(), [
      { op: 'delete', entity: 'stage', id: 's1', version: 1 },
      { op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { title: 'x' } },
      { op: 'delete', entity: 'link', id: 'ab', version: 1 },
    ]);
    expect(result.errors.map((e) => [e.index, e.code])).toEqual([
      [1, 'REMOVED_IN_BATCH'],
      [2, 'REMOVED_IN_BATCH'],
    ]);
  });

  it('keeps a touchpoint moved out of a stage that the batch then deletes', () => {
    const result = applyOps(given.graph(), [
      { op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { stageId: 's2' } },
      { op: 'delete', entity: 'stage', id: 's1', version: 1 },
    ]);
    expect(result.errors).toEqual([]);
    expect(ids(result.graph.touchpoints)).toEqual(['a', 'c']);
    expect(ids(result.graph.links)).toEqual([]);
  });

  it('lets a link be deleted and created again between the same touchpoints in one batch', () => {
    const result = applyOps(given.graph(), [
      { op: 'delete', entity: 'link', id: 'ab', version: 1 },
      { op: 'create', entity: 'link', id: 'ab-new', data: { sourceId: 'a', targetId: 'b', type: 'leads_to', label: null } },
    ]);
    expect(result.errors).toEqual([]);
    expect(ids(result.graph.links)).toEqual(['ab-new', 'bc']);
  });

  it('finds the duplicates among thousands of new links', () => {
    const graph = given.graph();
    const stage = graph.stages[0].id;
    const ops: ChangeOp[] = [];
    for (let i = 0; i < 200; i++) ops.push({ op: 'create', entity: 'touchpoint', id: `t${i}`, data: { ...given.touchpoint(`t${i}`, stage) } });
    for (let i = 0; i < 3000; i++) {
      const source = `t${i % 200}`;
      const target = `t${(i * 7 + 1) % 200}`;
      ops.push({ op: 'create', entity: 'link', id: `l${i}`, data: { sourceId: source, targetId: target, type: 'leads_to', label: null } });
    }
    const result = applyOps(graph, ops);
    const keys = new Set<string>();
    let expected = 0;
    for (let i = 0; i < 3000; i++) {
      const key = `${i % 200}>${(i * 7 + 1) % 200}`;
      if (i % 200 === (i * 7 + 1) % 200 || keys.has(key)) expected++;
      keys.add(key);
    }
    expect(result.errors).toHaveLength(expected);
    expect(result.graph.links).toHaveLength(2 + 3000 - expected);
  });
});
