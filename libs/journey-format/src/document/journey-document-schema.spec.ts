import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyDocumentArbitrary } from '../../testing/document-arbitraries';
import { sampleJourneyDocument } from '../../testing/document-sample';
import { JOURNEY_DOCUMENT_SCHEMA } from './journey-document-schema';
import { parseJourneyDocument } from './parse-document';
import { planToSnapshot } from '../../testing/plan-snapshot';
import { documentToImportPlan } from './to-plan';
import { toJourneyDocument } from './to-document';

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JOURNEY_DOCUMENT_SCHEMA);
const schemaAccepts = (value: unknown): boolean => validate(value) === true;
const readerAccepts = (value: unknown): boolean => parseJourneyDocument(JSON.stringify(value)).ok;

describe('the JSON Schema and the TypeScript reader agree', () => {
  it('is a valid draft 2020-12 schema (strict mode)', () => {
    expect(JOURNEY_DOCUMENT_SCHEMA['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  it('every generated document, and its export, validates against the schema and the reader', () => {
    let next = 0;
    fc.assert(
      fc.property(journeyDocumentArbitrary, (doc) => {
        expect([schemaAccepts(doc), validate.errors ?? null]).toEqual([true, null]);
        expect(readerAccepts(doc)).toBe(true);
        const parsed = parseJourneyDocument(JSON.stringify(doc));
        if (!parsed.ok) return;
        const exported = toJourneyDocument(
          planToSnapshot(documentToImportPlan(parsed.document, () => `id-${(next += 1)}`), { name: 'Importer', now: '2026-01-01T00:00:00.000Z' }),
          new Date(),
        );
        expect(schemaAccepts(exported)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  /** Changes to the shape (set a value at a path, or delete it): both must refuse each, and name the same place. */
  const DELETE = Symbol('delete');
  const MUTATIONS: Array<[string, Array<string | number>, unknown, string]> = [
    ['format', ['format'], 'cxmap.map', '/format'],
    ['version', ['version'], 2, '/version'],
    ['missing journey name', ['journey', 'name'], DELETE, '/journey'],
    ['blank stage name', ['stages', 2, 'name'], ' \n', '/stages/2/name'],
    ['long title', ['touchpoints', 0, 'title'], 'x'.repeat(201), '/touchpoints/0/title'],
    ['emotion as text', ['touchpoints', 0, 'emotion'], '1', '/touchpoints/0/emotion'],
    ['fractional emotion', ['touchpoints', 0, 'emotion'], 0.5, '/touchpoints/0/emotion'],
    ['position too far', ['touchpoints', 0, 'position', 'x'], 2_000_000, '/touchpoints/0/position/x'],
    ['unknown layer', ['touchpoints', 0, 'layer'], 'basement', '/touchpoints/0/layer'],
    ['review date format', ['touchpoints', 3, 'reviewBy'], '30/06/2026', '/touchpoints/3/reviewBy'],
    ['extra root field', ['owner'], 'me', ''],
    ['extra link field', ['links', 0, 'weight'], 1, '/links/0'],
    ['link type', ['links', 0, 'type'], 'jumps_to', '/links/0/type'],
    ['isKey as text', ['metrics', 0, 'isKey'], 'yes', '/metrics/0/isKey'],
    ['four ratings', ['metrics', 0, 'measurements', 0, 'ratings'], [1, 2, 3, 4], '/metrics/0/measurements/0/ratings'],
    ['negative count', ['metrics', 1, 'measurements', 0, 'promoters'], -1, '/metrics/1/measurements/0/promoters'],
    ['period kind', ['metrics', 1, 'measurements', 0, 'period'], 'year', '/metrics/1/measurements/0/period'],
    ['missing source', ['metrics', 1, 'measurements', 0, 'source'], DELETE, '/metrics/1/measurements/0'],
    ['annotation status', ['annotations', 0, 'status'], 'done', '/annotations/0/status'],
    ['eleven evidence items', ['annotations', 1, 'evidence'], Array.from({ length: 11 }, () => ({ kind: 'link', text: 'x', url: null })), '/annotations/1/evidence'],
    ['blank reply', ['annotations', 0, 'replies', 0, 'body'], '  ', '/annotations/0/replies/0/body'],
    ['author without name', ['annotations', 0, 'author'], {}, '/annotations/0/author'],
    ['timestamp format', ['annotations', 0, 'createdAt'], 'yesterday', '/annotations/0/createdAt'],
    ['persona as text', ['persona'], 'Sam', '/persona'],
    ['scale without max', ['metricDefinitions', 0, 'scale'], DELETE, '/metricDefinitions/0'],
  ];

  /** The document with `value` at `path` (or the key deleted), through JSON so the sample stays untouched. */
  function mutated(path: ReadonlyArray<string | number>, value: unknown): unknown {
    const doc: unknown = JSON.parse(JSON.stringify(sampleJourneyDocument()));
    let parent = doc as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] ?? '';
    if (value === DELETE) delete parent[last];
    else parent[last] = value;
    return doc;
  }

  it.each(MUTATIONS)('both refuse: %s', (_name, path, value, pointer) => {
    const doc = mutated(path, value);
    expect(schemaAccepts(doc)).toBe(false);
    expect((validate.errors ?? []).map((error) => error.instancePath)).toContain(pointer);
    const read = parseJourneyDocument(JSON.stringify(doc));
    expect(read.ok).toBe(false);
    // The reader's path is the schema's instance pointer written as JSON path.
    const asPointer = (path: string) => (path === '' ? '' : `/${path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`);
    if (!read.ok) expect(read.errors.map((issue) => asPointer(issue.path)).some((p) => p === pointer || p.startsWith(`${pointer}/`))).toBe(true);
  });
});
