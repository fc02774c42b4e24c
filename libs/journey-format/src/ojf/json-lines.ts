/**
 * A small JSON parser that remembers the line each value starts on, so an import error can name
 * the line (`JSON.parse` gives no positions for valid JSON, and its syntax messages differ between
 * engines). Strict RFC 8259 JSON; duplicate keys keep the last value, as `JSON.parse` does.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type JsonParse =
  | { ok: true; value: JsonValue; lineOf: (path: string) => number | null }
  | { ok: false; line: number; message: string };

/** Deeper nesting is refused (no input should recurse the parser into a stack overflow). */
const MAX_DEPTH = 64;

class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseJsonWithLines(text: string): JsonParse {
  // The line of each value inside an object or array, by key or index, kept with its container: no
  // path string is built while parsing (a long key repeated into every child's path made that quadratic).
  const childLines = new WeakMap<object, Map<string, number>>();
  let rootLine = 1;
  let pos = 0;
  let line = 1;
  const source = text.replace(/^\uFEFF/, '');

  const fail = (message: string): never => {
    throw new JsonSyntaxError(line, message);
  };
  const skipSpace = (): void => {
    while (pos < source.length) {
      const char = source[pos];
      if (char === '\n') line += 1;
      else if (char !== ' ' && char !== '\t' && char !== '\r') return;
      pos += 1;
    }
  };
  const describe = (): string => (pos >= source.length ? 'end of file' : `'${source[pos]}'`);

  const parseString = (): string => {
    pos += 1;
    let out = '';
    for (;;) {
      if (pos >= source.length) fail('A string is not closed with a double quote.');
      const char = source[pos];
      if (char === '"') {
        pos += 1;
        return out;
      }
      if (char === '\n' || char < ' ') fail('A string cannot contain a line break or control character; write \\n.');
      if (char === '\\') {
        const next = source[pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (next === 'u') {
          const hex = source.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('A \\u escape needs four hexadecimal digits.');
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
          continue;
        }
        if (next === undefined || !(next in simple)) fail(`Unknown escape '\\${next ?? ''}' in a string.`);
        out += simple[next];
        pos += 2;
        continue;
      }
      out += char;
      pos += 1;
    }
  };

  const parseValue = (depth: number): JsonValue => {
    skipSpace();
    if (depth > MAX_DEPTH) fail(`The JSON is nested deeper than ${MAX_DEPTH} levels.`);
    const char = source[pos];
    if (char === '{') {
      pos += 1;
      const object: { [key: string]: JsonValue } = {};
      const lines = new Map<string, number>();
      childLines.set(object, lines);
      skipSpace();
      if (source[pos] === '}') {
        pos += 1;
        return object;
      }
      for (;;) {
        skipSpace();
        if (source[pos] !== '"') fail(`Expected a property name in double quotes, found ${describe()}.`);
        const key = parseString();
        skipSpace();
        if (source[pos] !== ':') fail(`Expected ':' after the property name "${key}", found ${describe()}.`);
        pos += 1;
        skipSpace();
        lines.set(key, line);
        const value = parseValue(depth + 1);
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (source[pos] === ',') {
          pos += 1;
          continue;
        }
        if (source[pos] === '}') {
          pos += 1;
          return object;
        }
        fail(`Expected ',' or '}' in an object, found ${describe()}.`);
      }
    }
    if (char === '[') {
      pos += 1;
      const array: JsonValue[] = [];
      const lines = new Map<string, number>();
      childLines.set(array, lines);
      skipSpace();
      if (source[pos] === ']') {
        pos += 1;
        return array;
      }
      for (;;) {
        skipSpace();
        lines.set(String(array.length), line);
        array.push(parseValue(depth + 1));
        skipSpace();
        if (source[pos] === ',') {
          pos += 1;
          continue;
        }
        if (source[pos] === ']') {
          pos += 1;
          return array;
        }
        fail(`Expected ',' or ']' in an array, found ${describe()}.`);
      }
    }
    if (char === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(source.slice(pos, pos + 400));
    if (!literal) fail(`Unexpected ${describe()}: expected a JSON value.`);
    const token = (literal as RegExpExecArray)[0];
    pos += token.length;
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    return Number(token);
  };

  try {
    skipSpace();
    rootLine = line;
    const value = parseValue(0);
    skipSpace();
    if (pos < source.length) fail(`Unexpected ${describe()} after the end of the JSON value.`);
    return { ok: true, value, lineOf: (path) => lineAt(value, rootLine, childLines, path) };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, line: error.line, message: `Not valid JSON: ${error.message}` };
    throw error;
  }
}

/** One step of a path: `.key` (or `key` first) or `[index]`. */
const PATH_STEP = /\.?([^.[\]]+)|\[(\d+)\]/y;

/** The line of the value at `path` (`stages[2].name`), walking the containers from the root; null when there is none. */
function lineAt(root: JsonValue, rootLine: number, childLines: WeakMap<object, Map<string, number>>, path: string): number | null {
  let current: JsonValue | undefined = root;
  let line: number | null = rootLine;
  PATH_STEP.lastIndex = 0;
  while (PATH_STEP.lastIndex < path.length) {
    const match = PATH_STEP.exec(path);
    if (!match || current === null || typeof current !== 'object') return null;
    const key = match[1] ?? match[2];
    line = childLines.get(current)?.get(key) ?? null;
    if (line === null) return null;
    current = Array.isArray(current) ? current[Number(key)] : Object.prototype.hasOwnProperty.call(current, key) ? current[key] : undefined;
  }
  return line;
}
