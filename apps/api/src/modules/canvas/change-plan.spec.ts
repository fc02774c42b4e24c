import type { ChangeOp, StageDto, TouchpointDto } from '@cxmap/domain';
import { applyOps, type GraphContent, type OpErrorCode } from '@cxmap/journey-format';
import { planChanges } from './change-plan';
import { problemSpec } from '../../core/errors/problem';
import { mapOpErrorCode, opErrorsToAppError } from './op-errors';

const stage = (id: string, version = 1): StageDto => ({
  id,
  version,
  name: id,
  phase: 'custom',
  order: 0,
  customerGoal: '',
  description: '',
});

const touchpoint = (id: string, stageId: string, version = 1): TouchpointDto => ({
  id,
  version,
  stageId,
  title: id,
  description: '',
  channel: 'web',
  interaction: 'digital',
  ownerTeam: null,
  layer: 'customer',
  emotion: null,
  position: { x: 0, y: 0 },
});

const graph = (): GraphContent => ({
  stages: [stage('s1'), stage('s2', 4)],
  touchpoints: [touchpoint('t1', 's1'), touchpoint('t2', 's2', 2)],
  links: [{ id: 'l1', version: 1, sourceId: 't1', targetId: 't2', type: 'leads_to', label: null }],
});

describe('planChanges', () => {
  it('sorts the result of a batch into inserts, versioned updates and deletes', () => {
    const before = graph();
    const result = applyOps(before, [
      { op: 'create', entity: 'stage', id: 's3', data: { name: 'n', phase: 'use', order: 2, customerGoal: '', description: '' } },
      { op: 'update', entity: 'touchpoint', id: 't2', version: 2, data: { stageId: 's1' } },
      { op: 'delete', entity: 'stage', id: 's2', version: 4 },
      { op: 'delete', entity: 'touchpoint', id: 't1', version: 1 },
    ]);
    expect(result.errors).toEqual([]);
    const plan = planChanges(before, result.graph);
    expect(plan.stage.inserts.map((s) => s.id)).toEqual(['s3']);
    expect(plan.stage.deletes).toEqual(['s2']);
    expect(plan.touchpoint.updates).toEqual([{ next: expect.objectContaining({ id: 't2', stageId: 's1', version: 3 }), previousVersion: 2 }]);
    expect(plan.touchpoint.deletes).toEqual(['t1']);
    expect(plan.link.deletes).toEqual(['l1']);
  });

  it('ignores an entity created and deleted in the same batch', () => {
    const before = graph();
    const result = applyOps(before, [
      { op: 'create', entity: 'stage', id: 's9', data: { name: 'n', phase: 'use', order: 2, customerGoal: '', description: '' } },
      { op: 'delete', entity: 'stage', id: 's9', version: 1 },
    ]);
    const plan = planChanges(before, result.graph);
    expect(plan.stage).toEqual({ inserts: [], updates: [], deletes: [] });
  });
});

describe('opErrorsToAppError', () => {
  it('prefers conflicts and reports the current state', () => {
    const before = graph();
    const result = applyOps(before, [
      { op: 'update', entity: 'touchpoint', id: 't9', version: 1, data: {} },
      { op: 'update', entity: 'stage', id: 's2', version: 1, data: { name: 'x' } },
      { op: 'create', entity: 'touchpoint', id: 't1', data: { ...touchpoint('t1', 's1') } },
    ]);
    const error = opErrorsToAppError(result.errors, before);
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.details.conflicts).toEqual([
      { index: 0, entity: 'touchpoint', id: 't9', current: null },
      { index: 1, entity: 'stage', id: 's2', current: stage('s2', 4) },
    ]);
  });

  it('maps references to missing entities before other errors', () => {
    const before = graph();
    const result = applyOps(before, [
      { op: 'create', entity: 'link', id: 'l2', data: { sourceId: 't1', targetId: 't1', type: 'leads_to', label: null } },
      { op: 'create', entity: 'link', id: 'l3', data: { sourceId: 't1', targetId: 'nope', type: 'leads_to', label: null } },
    ]);
    const error = opErrorsToAppError(result.errors, before);
    expect(error.code).toBe('TOUCHPOINT_NOT_FOUND');
    expect(error.details.errors?.map((e) => e.path)).toEqual(['ops.0.data.targetId', 'ops.1.data.targetId']);
  });

  it('keeps the code of a rule violation', () => {
    const before = graph();
    const result = applyOps(before, [
      { op: 'create', entity: 'link', id: 'l2', data: { sourceId: 't1', targetId: 't2', type: 'leads_to', label: 'again' } },
    ]);
    expect(opErrorsToAppError(result.errors, before).code).toBe('DUPLICATE_LINK');
  });

  it('answers a batch that changes what it removed earlier with 422 and the field path, not a conflict', () => {
    const before = graph();
    const result = applyOps(before, [
      { op: 'delete', entity: 'stage', id: 's1', version: 1 },
      { op: 'update', entity: 'stage', id: 's1', version: 1, data: { name: 'again' } },
      { op: 'update', entity: 'touchpoint', id: 't1', version: 1, data: { title: 'gone with its stage' } },
    ]);
    const error = opErrorsToAppError(result.errors, before);
    expect(error.code).toBe('REMOVED_IN_BATCH');
    expect(problemSpec(error.code).status).toBe(422);
    expect(error.details.conflicts).toBeUndefined();
    expect(error.details.errors?.map((e) => e.path)).toEqual(['ops.1.id', 'ops.2.id']);
  });

  it('maps every applyOps code to a 4xx', () => {
    const codes = [
      'DUPLICATE_ID',
      'NOT_FOUND',
      'REMOVED_IN_BATCH',
      'VERSION_CONFLICT',
      'STAGE_NOT_FOUND',
      'TOUCHPOINT_NOT_FOUND',
      'SELF_LINK',
      'DUPLICATE_LINK',
    ] as const satisfies readonly OpErrorCode[];
    const statuses = codes.map((code) => problemSpec(mapOpErrorCode(code).code).status);
    expect(statuses).toEqual([422, 409, 422, 409, 404, 404, 422, 422]);
  });

  it('reports the current state of thousands of conflicts', () => {
    const before: GraphContent = { stages: [stage('s')], touchpoints: [], links: [] };
    for (let i = 0; i < 5000; i++) before.touchpoints.push(touchpoint(`t${i}`, 's', 2));
    const ops = before.touchpoints.map(
      (t): ChangeOp => ({ op: 'update', entity: 'touchpoint', id: t.id, version: 1, data: { title: 'x' } }),
    );
    const error = opErrorsToAppError(applyOps(before, ops).errors, before);
    expect(error.details.conflicts).toHaveLength(5000);
    expect(error.details.conflicts?.[4999]?.current).toMatchObject({ id: 't4999', version: 2 });
  });
});
