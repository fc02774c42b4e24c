import { randomUUID } from 'node:crypto';
import type { ChangeOp } from '@cxmap/domain';
import type { DemoJourneySeed } from './demo-journey';

/** The key of a link in the ids map of demoOps. */
export function linkKey(sourceKey: string, targetKey: string): string {
  return `${sourceKey}>${targetKey}`;
}

/**
 * Turns the readable seed (keys) into one `/changes` batch with fresh UUIDs. `ids` receives the
 * UUID of every key (links under linkKey), for content that refers to them (demo metrics).
 */
export function demoOps(seed: DemoJourneySeed, newId: () => string = randomUUID, ids: Map<string, string> = new Map()): ChangeOp[] {
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
    ids.set(linkKey(sourceKey, targetKey), newId());
    ops.push({
      op: 'create',
      entity: 'link',
      id: idOf(linkKey(sourceKey, targetKey)),
      data: { ...data, sourceId: idOf(sourceKey), targetId: idOf(targetKey) },
    });
  }
  return ops;
}
