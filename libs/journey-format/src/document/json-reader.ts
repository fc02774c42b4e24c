import type { JsonValue } from '../ojf/json-lines';

/** A problem in a journey document: the JSON path of the value (`stages[2].name`), its line, and what is wrong. */
export interface DocumentIssue {
  path: string;
  line: number | null;
  message: string;
}

export type JsonObject = { [key: string]: JsonValue };

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Reads typed values out of parsed JSON, collecting one issue per bad value (with its line). */
export class JsonReader {
  readonly issues: DocumentIssue[] = [];

  constructor(private readonly lineOf: (path: string) => number | null) {}

  fail(path: string, message: string): null {
    this.issues.push({ path, line: this.lineNear(path), message });
    return null;
  }

  /** The line of the value, else of the closest enclosing value (a missing key has none of its own). */
  private lineNear(path: string): number | null {
    let current = path;
    for (;;) {
      const line = this.lineOf(current);
      if (line !== null || current === '') return line;
      const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut <= 0 ? '' : current.slice(0, cut);
    }
  }

  /** An object with exactly the `allowed` keys (others are reported); null when it is not an object. */
  object(value: JsonValue | undefined, path: string, allowed: readonly string[]): JsonObject | null {
    if (!isJsonObject(value)) return this.fail(path, value === undefined ? 'is required' : 'must be an object');
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(childPath(path, key), 'is not a field of this object');
    }
    return value;
  }

  array(object: JsonObject, key: string, path: string, max: number): JsonValue[] | null {
    const value = object[key];
    const at = childPath(path, key);
    if (!Array.isArray(value)) return this.fail(at, value === undefined ? 'is required' : 'must be an array');
    if (value.length > max) return this.fail(at, `holds ${value.length} items; at most ${max} are allowed`);
    return value;
  }

  /** A string of at most `max` characters; `nonBlank`: with something besides white space. */
  string(object: JsonObject, key: string, path: string, max: number, nonBlank = false): string | null {
    const value = object[key];
    const at = childPath(path, key);
    if (typeof value !== 'string') return this.fail(at, value === undefined ? 'is required' : 'must be a string');
    if ([...value].length > max) return this.fail(at, `must be at most ${max} characters`);
    if (nonBlank && value.trim() === '') return this.fail(at, 'must not be blank');
    return value;
  }

  /** A string or null; `missing` is what an absent key means (undefined: required). */
  nullableString(object: JsonObject, key: string, path: string, max: number, nonBlank = false): string | null | undefined {
    if (object[key] === null) return null;
    const read = this.string(object, key, path, max, nonBlank);
    return read === null ? undefined : read;
  }

  oneOf<T extends string>(object: JsonObject, key: string, path: string, values: readonly T[]): T | null {
    const value = object[key];
    const at = childPath(path, key);
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    return this.fail(at, value === undefined ? 'is required' : `must be one of ${values.join(', ')}`);
  }

  number(object: JsonObject, key: string, path: string, range: { min: number; max: number; integer?: boolean }): number | null {
    const value = object[key];
    const at = childPath(path, key);
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(at, value === undefined ? 'is required' : 'must be a number');
    if (range.integer && !Number.isInteger(value)) return this.fail(at, 'must be a whole number');
    if (value < range.min || value > range.max) return this.fail(at, `must be from ${range.min} to ${range.max}`);
    return value;
  }

  boolean(object: JsonObject, key: string, path: string): boolean | null {
    const value = object[key];
    if (typeof value !== 'boolean') return this.fail(childPath(path, key), value === undefined ? 'is required' : 'must be true or false');
    return value;
  }

  constant<T extends string | number>(object: JsonObject, key: string, path: string, expected: T): T | null {
    if (object[key] !== expected) return this.fail(childPath(path, key), `must be ${JSON.stringify(expected)}`);
    return expected;
  }
}
