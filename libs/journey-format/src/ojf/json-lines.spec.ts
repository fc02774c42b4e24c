import { describe, expect, it } from 'vitest';
import { parseJsonWithLines } from './json-lines';

describe('parseJsonWithLines', () => {
  it('names the line of every value by its path', () => {
    const parsed = parseJsonWithLines('{\n  "stages": [\n    { "name": "A" },\n    {\n      "name": "B"\n    }\n  ],\n  "n": 1\n}');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.lineOf('')).toBe(1);
    expect(parsed.lineOf('stages')).toBe(2);
    expect(parsed.lineOf('stages[0]')).toBe(3);
    expect(parsed.lineOf('stages[0].name')).toBe(3);
    expect(parsed.lineOf('stages[1]')).toBe(4);
    expect(parsed.lineOf('stages[1].name')).toBe(5);
    expect(parsed.lineOf('n')).toBe(8);
  });

  it('answers null for a path that leads nowhere', () => {
    const parsed = parseJsonWithLines('{ "a": [1, 2], "b": "x" }');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.lineOf('a[2]')).toBeNull();
    expect(parsed.lineOf('b.c')).toBeNull();
    expect(parsed.lineOf('missing')).toBeNull();
    expect(parsed.lineOf('a[x')).toBeNull();
  });

  it('keeps the last of duplicate keys, value and line, like JSON.parse', () => {
    const parsed = parseJsonWithLines('{\n"a": 1,\n"a": 2\n}');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value).toEqual({ a: 2 });
    expect(parsed.lineOf('a')).toBe(3);
  });

  it('reads a long key over many values without repeating the key into each value (it once took minutes)', () => {
    const key = 'k'.repeat(50_000);
    const parsed = parseJsonWithLines(`{"${key}":[${Array.from({ length: 10_000 }, () => '0').join(',')}]}`);
    if (!parsed.ok) throw new Error(parsed.message);
    expect((parsed.value as Record<string, number[]>)[key]).toHaveLength(10_000);
    expect(parsed.lineOf(`${key}[9999]`)).toBe(1);
  });

  it('names the line of a syntax error', () => {
    expect(parseJsonWithLines('{\n"a": 1,\n}')).toEqual({ ok: false, line: 3, message: expect.stringContaining('property name') });
  });
});
