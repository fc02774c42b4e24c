import type { ChangeOp } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { opLine, opLines, opsOf } from './op-lines';

const ID = '1a2b3c4d-0000-4000-8000-000000000000';

describe('opLine', () => {
  it('names created entities and shows the fields an update sets', () => {
    expect(opLine({ op: 'create', entity: 'stage', id: ID, data: { name: 'Buy', phase: 'purchase', order: 0, customerGoal: '', description: '' } })).toBe(
      'Added stage “Buy”',
    );
    expect(opLine({ op: 'update', entity: 'touchpoint', id: ID, version: 3, data: { position: { x: 40, y: 80 } } })).toBe(
      'Moved touchpoint 1a2b3c4d: position (40, 80)',
    );
    expect(opLine({ op: 'update', entity: 'touchpoint', id: ID, version: 3, data: { emotion: -2, ownerTeam: null } })).toBe(
      'Edited touchpoint 1a2b3c4d: emotion -2, ownerTeam null',
    );
    expect(opLine({ op: 'update', entity: 'stage', id: ID, version: 1, data: { name: 'Pay' } })).toBe('Renamed stage 1a2b3c4d: name “Pay”');
    expect(opLine({ op: 'delete', entity: 'link', id: ID, version: 1 })).toBe('Deleted link 1a2b3c4d');
  });

  it('cuts long batches and finds ops in a change', () => {
    const ops: ChangeOp[] = Array.from({ length: 5 }, () => ({ op: 'delete', entity: 'link', id: ID, version: 1 }));
    expect(opLines(ops, 2)).toEqual(['Deleted link 1a2b3c4d', 'Deleted link 1a2b3c4d', '…and 3 more']);
    expect(opsOf({ ops })).toBe(ops);
    expect(opsOf({ before: { name: 'a' } })).toBeNull();
    expect(opsOf(null)).toBeNull();
  });
});
