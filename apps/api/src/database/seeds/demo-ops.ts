import { randomUUID } from 'node:crypto';
import type { ChangeOp } from '@cxmap/domain';
import type { DemoJourneySeed } from './demo-journey';

/** Turns the readable seed (keys) into one `/changes` batch with fresh UUIDs. */
export function demoOps(seed: DemoJourneySeed, newId: () => string = randomUUID): ChangeOp[] {
  const ids = new Map<string, string>();
  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (!id) throw new Error(`demo seed refers to unknown key "${key}"`);
    return id;
  };
  const ops: ChangeOp[] = [];
  for (const { key, ...data } of seed.stages) {
    ids.set(key, newId());
    ops.push({ op: 'create', entity: 'stage', id: idOf(key), data });
  }
  for (const { key, stageKey, ...data } of seed.touchpoints) {
    ids.set(key, newId());
    ops.push({ op: 'create', entity: 'touchpoint', id: idOf(key), data: { ...data, stageId: idOf(stageKey) } });
  }
  for (const { sourceKey, targetKey, ...data } of seed.links) {
    ops.push({
      op: 'create',
      entity: 'link',
      id: newId(),
      data: { ...data, sourceId: idOf(sourceKey), targetId: idOf(targetKey) },
    });
  }
  return ops;
}
