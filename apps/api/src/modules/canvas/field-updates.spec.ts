import type { ChangeOp } from '@cxmap/domain';
import { fieldUpdateGroups } from './field-updates';

const move = (id: string): ChangeOp => ({ op: 'update', entity: 'touchpoint', id, version: 2, data: { position: { x: 1, y: 2 } } });

describe('fieldUpdateGroups', () => {
  it('groups plain-field updates by entity and set of fields, whatever their key order', () => {
    const groups = fieldUpdateGroups([
      move('a'),
      { op: 'update', entity: 'stage', id: 's', version: 1, data: { name: 'Buy' } },
      move('b'),
      { op: 'update', entity: 'touchpoint', id: 'c', version: 1, data: { title: 'C', emotion: 1 } },
      { op: 'update', entity: 'touchpoint', id: 'd', version: 1, data: { emotion: 0, title: 'D' } },
      { op: 'update', entity: 'link', id: 'l', version: 3, data: { label: null } },
    ]);
    expect(groups?.map((g) => [g.entity, [...g.fields].sort().join(), g.updates.map((u) => u.id).join()])).toEqual([
      ['touchpoint', 'position', 'a,b'],
      ['stage', 'name', 's'],
      ['touchpoint', 'emotion,title', 'c,d'],
      ['link', 'label', 'l'],
    ]);
    expect(groups?.[0]?.updates[0]).toEqual({ id: 'a', version: 2, data: { position: { x: 1, y: 2 } } });
  });

  it('keeps consecutive single-field updates of different kinds or fields in their own groups', () => {
    const describe = (entity: 'stage' | 'touchpoint', id: string): ChangeOp => ({ op: 'update', entity, id, version: 1, data: { description: id } });
    const groups = fieldUpdateGroups([
      move('a'),
      move('b'),
      describe('touchpoint', 'c'),
      describe('stage', 's'),
      describe('touchpoint', 'd'),
      move('e'),
    ]);
    expect(groups?.map((g) => [g.entity, [...g.fields].join(), g.updates.map((u) => u.id).join()])).toEqual([
      ['touchpoint', 'position', 'a,b,e'],
      ['touchpoint', 'description', 'c,d'],
      ['stage', 'description', 's'],
    ]);
  });

  it('leaves to the full path what needs the graph: creates, deletes, references, link types, repeated ids, many groups', () => {
    const stageId = 'f6b0b3c2-0000-4000-8000-000000000000';
    expect(fieldUpdateGroups([move('a'), { op: 'delete', entity: 'touchpoint', id: 'b', version: 1 }])).toBeNull();
    expect(fieldUpdateGroups([{ op: 'update', entity: 'touchpoint', id: 'a', version: 1, data: { stageId } }])).toBeNull();
    expect(fieldUpdateGroups([{ op: 'update', entity: 'link', id: 'l', version: 1, data: { sourceId: 'a' } }])).toBeNull();
    expect(fieldUpdateGroups([{ op: 'update', entity: 'link', id: 'l', version: 1, data: { type: 'hand_off' } }])).toBeNull();
    expect(fieldUpdateGroups([move('a'), move('a')])).toBeNull();
    const fields = ['title', 'description', 'channel', 'ownerTeam', 'layer'] as const;
    const many: ChangeOp[] = fields.map((field, i) => ({ op: 'update', entity: 'touchpoint', id: `t${i}`, version: 1, data: { [field]: 'x' } }));
    expect(fieldUpdateGroups(many.slice(0, 4))).toHaveLength(4);
    expect(fieldUpdateGroups(many)).toBeNull();
  });
});
