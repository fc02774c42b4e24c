import { LIMITS } from '@cxmap/domain';
import type { FieldError } from '@cxmap/domain';

/** Keys that reach prototypes or constructors in class-transformer and in careless code. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Enough to show what is wrong; a hostile body does not get a list as long as itself. */
export const MAX_SHAPE_ERRORS = 20;

const NUL = '\u0000';
const NUL_IN_VALUE = 'must not contain the NUL character (\\u0000)';

/** A container still to walk; its path is only spelled out when something in it is reported. */
interface Pending {
  value: object;
  depth: number;
  parent: Pending | null;
  key: string | number;
}

/** A dotted path that can be printed: NUL becomes the escape `\u0000`. */
function printable(key: string | number): string {
  return typeof key === 'string' && key.includes(NUL) ? key.split(NUL).join('\\u0000') : String(key);
}

function pathOf(node: Pending | null, key?: string | number): string {
  const keys: string[] = key === undefined ? [] : [printable(key)];
  for (let at = node; at !== null && at.parent !== null; at = at.parent) keys.push(printable(at.key));
  return keys.reverse().join('.');
}

/**
 * Checks a parsed JSON body before anything else reads it: nesting no deeper than
 * `LIMITS.bodyDepthMax` (the root object is level 1), no NUL character in a string or a key
 * (PostgreSQL text cannot hold one), no key that names a prototype. Walks own keys (JSON.parse
 * makes `__proto__` an own property) with an explicit stack, so no body can exhaust the call stack.
 */
export function jsonBodyShapeErrors(body: unknown, maxDepth: number = LIMITS.bodyDepthMax): FieldError[] {
  const errors: FieldError[] = [];
  const report = (path: string, message: string): boolean => {
    errors.push({ path, message });
    return errors.length >= MAX_SHAPE_ERRORS;
  };
  if (typeof body === 'string') {
    if (body.includes(NUL)) report('', NUL_IN_VALUE);
    return errors;
  }
  if (typeof body !== 'object' || body === null) return errors;

  const stack: Pending[] = [{ value: body, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const node = stack.pop() as Pending;
    if (node.depth > maxDepth) {
      if (report(pathOf(node), `is nested deeper than ${maxDepth} levels`)) return errors;
      continue;
    }
    if (Array.isArray(node.value)) {
      const items = node.value as unknown[];
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (typeof item === 'string' && item.includes(NUL) && report(pathOf(node, i), NUL_IN_VALUE)) return errors;
      }
      // Children last first, so that they are walked (and reported) in document order.
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: node.depth + 1, parent: node, key: i });
      }
      continue;
    }
    const record = node.value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of keys) {
      const item = record[key];
      let problem: string | null = null;
      if (FORBIDDEN_KEYS.has(key)) problem = 'this property name is not allowed';
      else if (key.includes(NUL)) problem = 'property names must not contain the NUL character (\\u0000)';
      else if (typeof item === 'string' && item.includes(NUL)) problem = NUL_IN_VALUE;
      if (problem !== null && report(pathOf(node, key), problem)) return errors;
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const item = record[key];
      if (typeof item === 'object' && item !== null && !FORBIDDEN_KEYS.has(key)) {
        stack.push({ value: item, depth: node.depth + 1, parent: node, key });
      }
    }
  }
  return errors;
}
