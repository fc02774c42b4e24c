import { randomUUID } from 'node:crypto';
import { LIMITS } from '@cxmap/domain';
import { AppError } from '../../core/errors/app-error';
import { parseChangeBatch } from './parse-change-batch';

const stageId = randomUUID();

function touchpointData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stageId,
    title: 'Checkout page',
    description: '',
    channel: 'web',
    interaction: 'digital',
    ownerTeam: null,
    layer: 'customer',
    emotion: 1,
    position: { x: 10, y: 20 },
    ...overrides,
  };
}

function failure(body: unknown): AppError {
  try {
    parseChangeBatch(body);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the batch to be refused');
}

function paths(body: unknown): string[] {
  return (failure(body).details.errors ?? []).map((e) => e.path).sort();
}

describe('parseChangeBatch', () => {
  it('accepts every op kind and normalises ids to lower case', () => {
    const id = randomUUID().toUpperCase();
    const ops = parseChangeBatch({
      ops: [
        { op: 'create', entity: 'touchpoint', id, data: touchpointData({ stageId: stageId.toUpperCase() }) },
        { op: 'update', entity: 'stage', id: stageId, version: 3, data: { name: 'Renamed' } },
        { op: 'delete', entity: 'link', id: randomUUID(), version: 1 },
      ],
    });
    expect(ops).toHaveLength(3);
    expect(ops[0]).toMatchObject({ op: 'create', id: id.toLowerCase(), data: { stageId } });
    expect(ops[1]).toEqual({ op: 'update', entity: 'stage', id: stageId, version: 3, data: { name: 'Renamed' } });
  });

  it('requires every field on create', () => {
    const data = touchpointData();
    delete data['title'];
    delete data['ownerTeam'];
    expect(paths({ ops: [{ op: 'create', entity: 'touchpoint', id: randomUUID(), data }] })).toEqual([
      'ops.0.data.ownerTeam',
      'ops.0.data.title',
    ]);
  });

  it('accepts a partial update but refuses null for a non-nullable field', () => {
    expect(
      parseChangeBatch({ ops: [{ op: 'update', entity: 'touchpoint', id: randomUUID(), version: 1, data: { emotion: null } }] }),
    ).toHaveLength(1);
    expect(
      paths({ ops: [{ op: 'update', entity: 'touchpoint', id: randomUUID(), version: 1, data: { title: null } }] }),
    ).toEqual(['ops.0.data.title']);
  });

  it('reports ranges, enums, lengths, nested fields and unknown properties with their paths', () => {
    const body = {
      ops: [
        { op: 'create', entity: 'touchpoint', id: randomUUID(), data: touchpointData({ emotion: 3 }) },
        { op: 'create', entity: 'touchpoint', id: randomUUID(), data: touchpointData({ channel: 'pigeon' }) },
        { op: 'create', entity: 'touchpoint', id: randomUUID(), data: touchpointData({ title: 'x'.repeat(LIMITS.titleMax + 1) }) },
        { op: 'create', entity: 'touchpoint', id: randomUUID(), data: touchpointData({ position: { x: 1, y: 2e9 } }) },
        { op: 'create', entity: 'touchpoint', id: randomUUID(), data: touchpointData({ secret: true }) },
        { op: 'update', entity: 'touchpoint', id: randomUUID(), version: 1, data: { emotion: 1.5 } },
      ],
    };
    expect(paths(body)).toEqual([
      'ops.0.data.emotion',
      'ops.1.data.channel',
      'ops.2.data.title',
      'ops.3.data.position.y',
      'ops.4.data.secret',
      'ops.5.data.emotion',
    ]);
  });

  it('checks the envelope: op, entity, uuid id, version of updates and deletes, unknown keys', () => {
    const body = {
      ops: [
        { op: 'upsert', entity: 'stage', id: randomUUID(), data: {} },
        { op: 'delete', entity: 'journey', id: randomUUID(), version: 1 },
        { op: 'delete', entity: 'stage', id: 'not-a-uuid', version: 1 },
        { op: 'update', entity: 'stage', id: randomUUID(), data: {} },
        { op: 'delete', entity: 'stage', id: randomUUID(), version: 0 },
        { op: 'delete', entity: 'stage', id: randomUUID(), version: 1, extra: 1 },
      ],
    };
    expect(paths(body)).toEqual(['ops.0.op', 'ops.1.entity', 'ops.2.id', 'ops.3.data', 'ops.3.version', 'ops.4.version', 'ops.5.extra']);
  });

  it('refuses operations that are not objects, naming each', () => {
    expect(paths({ ops: [[]] })).toEqual(['ops.0']);
    const update = { op: 'update', entity: 'stage', id: randomUUID(), version: 1, data: { name: 'x' } };
    expect(paths({ ops: [update, [update], null, 3, 'x'] })).toEqual(['ops.1', 'ops.2', 'ops.3', 'ops.4']);
  });

  it('refuses an update that changes nothing and a delete that carries data', () => {
    const body = {
      ops: [
        { op: 'update', entity: 'stage', id: randomUUID(), version: 1, data: {} },
        { op: 'delete', entity: 'stage', id: randomUUID(), version: 1, data: { name: 'x' } },
        { op: 'delete', entity: 'link', id: randomUUID(), version: 1, data: {} },
      ],
    };
    expect(failure(body).details.errors).toEqual([
      { path: 'ops.0.data', message: 'an update must change at least one field' },
      { path: 'ops.1.data', message: 'a delete takes no data' },
      { path: 'ops.2.data', message: 'a delete takes no data' },
    ]);
  });

  it('trims names and titles and refuses blank ones', () => {
    const id = randomUUID();
    const [op] = parseChangeBatch({ ops: [{ op: 'create', entity: 'touchpoint', id, data: touchpointData({ title: '  Checkout  ' }) }] });
    expect(op).toMatchObject({ data: { title: 'Checkout' } });
    expect(Object.keys(op?.op === 'create' ? op.data : {}).sort()).toEqual(Object.keys(touchpointData()).sort());
    const body = {
      ops: [
        { op: 'create', entity: 'touchpoint', id: randomUUID(), data: touchpointData({ title: '' }) },
        { op: 'create', entity: 'stage', id: randomUUID(), data: { name: ' \t ', phase: 'use', order: 1, customerGoal: '', description: '' } },
        { op: 'update', entity: 'stage', id: randomUUID(), version: 1, data: { name: '   ' } },
      ],
    };
    expect(paths(body)).toEqual(['ops.0.data.title', 'ops.1.data.name', 'ops.2.data.name']);
  });

  it('keeps only the fields sent in an update', () => {
    const [op] = parseChangeBatch({ ops: [{ op: 'update', entity: 'touchpoint', id: stageId, version: 2, data: { title: ' New ' } }] });
    expect(op).toEqual({ op: 'update', entity: 'touchpoint', id: stageId, version: 2, data: { title: 'New' } });
  });

  it('does not look data classes up by inherited names', () => {
    expect(paths({ ops: [{ op: 'create', entity: 'constructor', id: randomUUID(), data: { a: 1 } }] })).toEqual(['ops.0.entity']);
  });

  it('refuses bodies that are not batches', () => {
    for (const body of [null, 'ops', [], { ops: 'x' }, { ops: [1, 'a'] }, {}]) {
      expect(failure(body).code).toBe('VALIDATION_FAILED');
    }
  });

  it('refuses more operations than the limit with BATCH_TOO_LARGE', () => {
    const ops = Array.from({ length: LIMITS.opsPerBatchMax + 1 }, () => ({ op: 'delete' }));
    expect(failure({ ops }).code).toBe('BATCH_TOO_LARGE');
  });
});
