import { LIMITS } from '@cxmap/domain';
import { AppError } from '../../core/errors/app-error';
import { parseCheckedBatch, parseValidBatch } from './parse-change-batch';
import { acceptMove } from './parse-move';

/** A fresh copy, as the JSON body parser would make it (structuredClone would build objects of another realm under Jest). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// parseValidBatch (the decorators, compiled) may only ever answer what plainToInstance + validateSync
// answer: the same operations for a valid batch, and null — never operations — for anything else.

const UUID = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = 'A0B1C2D3-E4F5-4a6b-8c7d-9e0f1a2b3c4d';

const DATA: Record<string, Record<string, unknown>> = {
  stage: { name: ' Onboarding ', phase: 'use', order: 1.5, customerGoal: 'goal', description: '' },
  touchpoint: {
    stageId: OTHER,
    title: 'Checkout',
    description: '',
    channel: 'web',
    interaction: 'digital',
    ownerTeam: null,
    layer: 'customer',
    emotion: -2,
    position: { x: 10.5, y: -20 },
  },
  link: { sourceId: UUID, targetId: OTHER, type: 'leads_to', label: 'click' },
};

const ODD_VALUES: unknown[] = [
  null, true, 0, -1, 1, 2, 3, 1.5, -3, 2_147_483_648, 1e12, '', ' ', '  x  ', 'x'.repeat(LIMITS.titleMax + 1), 'web', 'use', 'leads_to',
  'customer', 'digital', UUID, OTHER, 'not-a-uuid', [], [1], [{ x: 1, y: 2 }], {}, { x: 1 }, { x: 1, y: 2 }, { x: 1, y: 2, z: 3 },
  { x: '1', y: 2 }, { x: null, y: 2 }, { x: LIMITS.coordinateMax + 1, y: 0 }, { toString: 1, x: 1, y: 2 }, { x: [], y: 2 },
];
// No `constructor` or `__proto__`: rejectHostileJson refuses those keys before any parsing.
const ODD_KEYS = ['toString', 'valueOf', 'hasOwnProperty', 'extra', 'x'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function mutated(next: () => number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => copy(list[Math.floor(next() * list.length)] as T);
  const entity = pick(['stage', 'touchpoint', 'link']);
  const op = pick(['create', 'update', 'delete']);
  const full = copy(DATA[entity] ?? {});
  let data: Record<string, unknown> | undefined = full;
  if (op === 'update') {
    const keys = Object.keys(full).filter(() => next() < 0.4);
    data = Object.fromEntries(keys.map((k) => [k, full[k]]));
  }
  if (op === 'delete') data = undefined;
  const raw: Record<string, unknown> = { op, entity, id: next() < 0.5 ? UUID : OTHER };
  if (op !== 'create') raw['version'] = 1 + Math.floor(next() * 5);
  if (data !== undefined) raw['data'] = data;
  const mutations = Math.floor(next() * 3);
  for (let i = 0; i < mutations; i++) {
    const target = next() < 0.7 && raw['data'] && typeof raw['data'] === 'object' ? (raw['data'] as Record<string, unknown>) : raw;
    const roll = next();
    const keys = Object.keys(target);
    if (roll < 0.5 && keys.length > 0) target[pick(keys)] = pick(ODD_VALUES);
    else if (roll < 0.7 && keys.length > 0) delete target[pick(keys)];
    else if (roll < 0.85) target[pick(ODD_KEYS)] = pick(ODD_VALUES);
    else target[pick(['op', 'entity', 'id', 'version', 'data'])] = pick([...ODD_VALUES, 'create', 'update', 'delete', 'stage', 'link', 'journey']);
  }
  return raw;
}

function checked(body: Record<string, unknown>): unknown {
  try {
    return parseCheckedBatch(body);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('parseValidBatch against plainToInstance + validateSync', () => {
  it('accepts every valid shape and returns the same operations', () => {
    const ops = ['stage', 'touchpoint', 'link'].flatMap((entity) => [
      { op: 'create', entity, id: OTHER, data: DATA[entity] },
      { op: 'update', entity, id: UUID, version: 3, data: DATA[entity] },
      { op: 'delete', entity, id: UUID, version: 1 },
    ]);
    const body = { ops: copy(ops) };
    const fast = parseValidBatch(copy(body));
    expect(fast).not.toBeNull();
    expect(fast).toEqual(checked(body));
  });

  it('never accepts what the full check refuses, and agrees on what both accept', () => {
    const next = random(7);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 4000; i++) {
      const body = { ops: [mutated(next), mutated(next)] };
      const fast = parseValidBatch(copy(body));
      const slow = checked(copy(body));
      if (fast === null) {
        if (slow instanceof AppError) refused += 1;
        continue;
      }
      accepted += 1;
      expect(slow).not.toBeInstanceOf(AppError);
      expect(fast).toEqual(slow);
    }
    // Both branches were exercised.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it('takes a drag\'s moves by acceptMove only when the decorators take them, with the same result', () => {
    const next = random(11);
    const pick = <T>(list: readonly T[]): T => copy(list[Math.floor(next() * list.length)] as T);
    const MOVE_VALUES: unknown[] = [
      ...ODD_VALUES, 0.1, 1e-7, LIMITS.coordinateMax, -LIMITS.coordinateMax, LIMITS.coordinateMax + 0.5, -LIMITS.coordinateMax - 0.5, 2_147_483_647, 'update', 'touchpoint',
      'stage', UUID.toUpperCase(), `${UUID} `, '00000000-0000-0000-0000-000000000000', { position: { x: 1, y: 2 } }, { position: { x: 1, y: 2 }, title: 'x' },
    ];
    let fast = 0;
    let refused = 0;
    for (let i = 0; i < 4000; i++) {
      const position: Record<string, unknown> = { x: Math.round(next() * 4000) - 2000 + 0.5, y: Math.round(next() * 900) };
      const data: Record<string, unknown> = { position };
      const raw: Record<string, unknown> = { op: 'update', entity: 'touchpoint', id: next() < 0.5 ? UUID : OTHER, version: 1 + Math.floor(next() * 9), data };
      const mutations = Math.floor(next() * 3);
      for (let m = 0; m < mutations; m++) {
        // The objects themselves, not copies (pick copies the values it draws).
        const target = [raw, data, position, position][Math.floor(next() * 4)] as Record<string, unknown>;
        const roll = next();
        const keys = Object.keys(target);
        if (roll < 0.55 && keys.length > 0) target[pick(keys)] = pick(MOVE_VALUES);
        else if (roll < 0.75 && keys.length > 0) delete target[pick(keys)];
        else target[pick([...ODD_KEYS, 'x', 'y', 'position', 'data', 'version'])] = pick(MOVE_VALUES);
      }
      const move = acceptMove(copy(raw));
      const slow = checked({ ops: [copy(raw)] });
      if (move === null) {
        if (slow instanceof AppError) refused += 1;
        continue;
      }
      fast += 1;
      expect(slow).not.toBeInstanceOf(AppError);
      // The same values, classes and key order (the audit log keeps the order as written).
      expect([move]).toStrictEqual(slow);
      expect(JSON.stringify([move])).toBe(JSON.stringify(slow));
      expect(parseValidBatch({ ops: [copy(raw)] })).toStrictEqual(slow);
    }
    expect(fast).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(500);
  });

  it('keeps a -0 coordinate as the decorators do', () => {
    // Only a parsed body carries -0 (copy() would turn it into 0).
    const text = `{"op":"update","entity":"touchpoint","id":"${UUID}","version":3,"data":{"position":{"x":-0,"y":-0.5}}}`;
    const move = acceptMove(JSON.parse(text) as Record<string, unknown>);
    const [slow] = checked({ ops: [JSON.parse(text)] }) as unknown[];
    expect(move).toStrictEqual(slow);
    expect(Object.is((move as { data: { position: { x: number } } }).data.position.x, -0)).toBe(true);
  });

  it('leaves anything but a bare move to the decorators', () => {
    const move = { op: 'update', entity: 'touchpoint', id: OTHER, version: 2, data: { position: { x: 1, y: 2 } } };
    expect(acceptMove(copy(move))).toEqual({ ...move, id: OTHER.toLowerCase() });
    for (const other of [
      { ...move, entity: 'stage' },
      { ...move, data: { position: { x: 1, y: 2 }, emotion: 1 } },
      { ...move, data: { stageId: UUID } },
      { ...move, extra: 1 },
      { op: 'delete', entity: 'touchpoint', id: UUID, version: 1 },
    ]) {
      expect(acceptMove(copy(other) as Record<string, unknown>)).toBeNull();
    }
  });

  it('leaves batches with top-level extras to the full check', () => {
    expect(parseValidBatch({ ops: [], extra: 1 })).toBeNull();
  });
});
