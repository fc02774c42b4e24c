import type { ChangeOp } from '@cxmap/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpRuns, packOps, unpackOps } from './op-runs';
import { given } from './test-builders';

const move = (id: string, x: number): ChangeOp => ({ op: 'update', entity: 'touchpoint', id, version: 3, data: { position: { x, y: 10 } } });

describe('packOps', () => {
  it('turns a run of moves into columns, positions split by key', () => {
    expect(packOps([move('a', 1), move('b', 2)])).toEqual([
      {
        op: 'update',
        entity: 'touchpoint',
        id: ['a', 'b'],
        version: [3, 3],
        data: [{ name: 'position', keys: ['x', 'y'], values: [[1, 2], [10, 10]] }],
      },
    ]);
  });

  it('starts a new run where the kind, entity or data fields change, and keeps the order', () => {
    const ops: ChangeOp[] = [
      move('a', 1),
      { op: 'update', entity: 'touchpoint', id: 'b', version: 1, data: { title: 'B' } },
      { op: 'create', entity: 'touchpoint', id: 'c', data: given.touchpoint('c', 's1') },
      { op: 'delete', entity: 'link', id: 'l', version: 2 },
      move('d', 4),
    ];
    const runs = packOps(ops);
    expect(runs.map((r) => `${r.op} ${r.entity} ${r.id.join()}`)).toEqual([
      'update touchpoint a',
      'update touchpoint b',
      'create touchpoint c',
      'delete link l',
      'update touchpoint d',
    ]);
    expect(runs[2]?.version).toBeUndefined();
    expect(runs[3]?.data).toBeUndefined();
    expect(unpackOps(runs)).toEqual(ops);
  });

  it('keeps a field as one array when its values are not alike flat objects', () => {
    const ops: ChangeOp[] = [
      { op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { ownerTeam: null } },
      { op: 'update', entity: 'touchpoint', id: 'b', version: 1, data: { ownerTeam: 'Care' } },
    ];
    expect(packOps(ops)[0]?.data).toEqual([{ name: 'ownerTeam', values: [null, 'Care'] }]);
  });

  it('gives back exactly the ops it was given, whatever they hold', () => {
    const scalar = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const value = fc.oneof(scalar, fc.record({ x: scalar, y: scalar }), fc.record({ x: scalar }), fc.array(scalar, { maxLength: 3 }), fc.constant({}));
    const data = fc.dictionary(fc.constantFrom('position', 'title', 'emotion', 'label', 'name'), value, { maxKeys: 3 });
    const op = fc.oneof(
      fc.record({ op: fc.constant('create'), entity: fc.constantFrom('stage', 'touchpoint', 'link'), id: fc.string({ maxLength: 4 }), data }),
      fc.record({ op: fc.constant('update'), entity: fc.constantFrom('stage', 'touchpoint', 'link'), id: fc.string({ maxLength: 4 }), version: fc.nat(), data }),
      fc.record({ op: fc.constant('delete'), entity: fc.constantFrom('stage', 'touchpoint', 'link'), id: fc.string({ maxLength: 4 }), version: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const stored = JSON.parse(JSON.stringify(packOps(ops as ChangeOp[]))) as unknown;
        expect(isOpRuns(stored)).toBe(true);
        expect(unpackOps(stored as ReturnType<typeof packOps>)).toEqual(JSON.parse(JSON.stringify(ops)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isOpRuns', () => {
  it('tells packed runs from anything else', () => {
    expect(isOpRuns(packOps([move('a', 1)]))).toBe(true);
    expect(isOpRuns([])).toBe(true);
    expect(isOpRuns([move('a', 1)])).toBe(false);
    expect(isOpRuns({ op: 'update' })).toBe(false);
    expect(isOpRuns([{ op: 'update', entity: 'touchpoint', id: ['a'], data: [{ values: [] }] }])).toBe(false);
  });
});
