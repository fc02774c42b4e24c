import { JOURNEY_DOCUMENT_SCHEMA, JsonReader, parseJsonWithLines, type DocumentIssue } from '@cxmap/journey-format';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';

/** Compiled once: the same schema `GET /api/schemas/journey-document.json` serves. */
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JOURNEY_DOCUMENT_SCHEMA);

/** Most schema issues reported (a wrong file can break every rule at every item). */
const ISSUES_MAX = 50;

/**
 * A journey document's text checked against its JSON Schema: JSON syntax first (with its line),
 * then every schema violation as the JSON path of the value (`stages[2].name`), its line and the
 * rule broken. Empty when the document fits the schema.
 */
export function documentSchemaIssues(content: string): DocumentIssue[] {
  const parsed = parseJsonWithLines(content);
  if (!parsed.ok) return [{ path: '', line: parsed.line, message: parsed.message }];
  if (validate(parsed.value)) return [];
  const reader = new JsonReader(parsed.lineOf);
  const seen = new Set<string>();
  // Nullable values are `oneOf: [null, …]`: the "not null" branch and the oneOf summary say nothing
  // the other branch's errors do not say better.
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'oneOf' && !(error.keyword === 'type' && error.params['type'] === 'null'));
  if (errors.length === 0) return [{ path: '', line: null, message: 'does not fit the journey document schema' }];
  for (const error of errors) {
    const issue = describe(error);
    const key = `${issue.path}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reader.fail(issue.path, issue.message);
    if (reader.issues.length >= ISSUES_MAX) break;
  }
  return reader.issues;
}

/** `/stages/2/name` → `stages[2].name`. */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : path === '' ? token : `${path}.${token}`), '');
}

function describe(error: ErrorObject): { path: string; message: string } {
  const path = pointerToPath(error.instancePath);
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: join(String(params['missingProperty'])), message: 'is required' };
    case 'additionalProperties':
      return { path: join(String(params['additionalProperty'])), message: 'is not a field of this object' };
    case 'enum':
      return { path, message: `must be one of ${(params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}` };
    case 'const':
      return { path, message: `must be ${JSON.stringify(params['allowedValue'])}` };
    case 'pattern':
      return { path, message: error.schemaPath.includes('timestamp') ? 'must be a UTC date and time, e.g. 2026-03-01T09:30:00.000Z' : error.schemaPath.includes('date') ? 'must be a date, YYYY-MM-DD' : 'must not be blank' };
    default:
      return { path, message: error.message ?? 'is not valid' };
  }
}
