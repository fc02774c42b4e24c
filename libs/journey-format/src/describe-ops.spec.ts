import type { ChangeOp } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { describeOps, opVerb } from './describe-ops';
import { given } from './test-builders';

const move = (id: string): ChangeOp => ({ op: 'update', entity: 'touchpoint', id, version: 1, data: { position: { x: 1, y: 2 } } });
const addTouchpoint = (id: string, title = id): ChangeOp => ({ op: 'create', entity: 'touchpoint', id, data: given.touchpoint(id, 's1', { title }) });

describe('describeOps', () => {
  it('says what the batch did, grouped by verb and entity in a fixed order', () => {
    const ops: ChangeOp[] = [
      move('a'),
      addTouchpoint('x'),
      { op: 'update', entity: 'stage', id: 's1', version: 1, data: { name: 'Buy' } },
      move('b'),
      addTouchpoint('y'),
      move('c'),
    ];
    expect(describeOps(ops)).toBe('Added 2 touchpoints, renamed stage “Buy”, moved 3 touchpoints');
  });

  it('names a single created entity and counts a single one without a name', () => {
    expect(describeOps([addTouchpoint('x', 'Checkout')])).toBe('Added touchpoint “Checkout”');
    expect(describeOps([{ op: 'delete', entity: 'touchpoint', id: 'a', version: 1 }])).toBe('Deleted 1 touchpoint');
    expect(describeOps([{ op: 'create', entity: 'link', id: 'l', data: { sourceId: 'a', targetId: 'b', type: 'leads_to', label: null } }])).toBe(
      'Added 1 link',
    );
  });

  it('covers every entity and verb', () => {
    const ops: ChangeOp[] = [
      { op: 'create', entity: 'stage', id: 's9', data: given.stage('s9', { name: 'Renewal' }) },
      { op: 'update', entity: 'stage', id: 's1', version: 1, data: { order: 3 } },
      { op: 'update', entity: 'stage', id: 's2', version: 1, data: { order: 2 } },
      { op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { title: 'Order email' } },
      { op: 'update', entity: 'touchpoint', id: 'b', version: 1, data: { emotion: -2 } },
      { op: 'update', entity: 'link', id: 'ab', version: 1, data: { type: 'hand_off' } },
      { op: 'delete', entity: 'link', id: 'bc', version: 1 },
      { op: 'delete', entity: 'stage', id: 's3', version: 1 },
    ];
    expect(describeOps(ops)).toBe(
      'Added stage “Renewal”, renamed touchpoint “Order email”, edited 1 touchpoint and 1 link, reordered 2 stages, deleted 1 stage and 1 link',
    );
  });

  it('joins the entities of one verb with commas and “and”', () => {
    const link = (id: string): ChangeOp => ({ op: 'create', entity: 'link', id, data: { sourceId: 'a', targetId: 'b', type: 'leads_to', label: null } });
    const stage = (id: string): ChangeOp => ({ op: 'create', entity: 'stage', id, data: given.stage(id) });
    expect(describeOps([stage('s8'), stage('s9'), addTouchpoint('x'), addTouchpoint('y'), link('l1'), link('l2')])).toBe(
      'Added 2 stages, 2 touchpoints and 2 links',
    );
  });

  it('shortens long names and reads an empty batch', () => {
    expect(describeOps([addTouchpoint('x', 'x'.repeat(200))])).toBe(`Added touchpoint “${'x'.repeat(59)}…”`);
    expect(describeOps([])).toBe('No changes');
  });
});

describe('opVerb', () => {
  it('classifies updates by the fields they set', () => {
    expect(opVerb(move('a'))).toBe('moved');
    expect(opVerb({ op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { stageId: 's2', position: { x: 0, y: 0 } } })).toBe('moved');
    expect(opVerb({ op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { stageId: 's2', title: 'T' } })).toBe('edited');
    expect(opVerb({ op: 'update', entity: 'stage', id: 's1', version: 1, data: { name: 'N', order: 1 } })).toBe('edited');
    expect(opVerb({ op: 'update', entity: 'stage', id: 's1', version: 1, data: {} })).toBe('edited');
  });
});
