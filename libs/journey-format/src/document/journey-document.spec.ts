import { describe, expect, it } from 'vitest';
import { sampleJourneyDocument } from '../../testing/document-sample';
import type { JourneyDocument } from './journey-document';
import { looksLikeJourneyDocument, parseJourneyDocument } from './parse-document';

type Mutable = Record<string, unknown> & JourneyDocument;

/** The issues of the sample document after `change`, as `path: message` (line left out). */
function issuesAfter(change: (doc: Mutable) => void): string[] {
  const doc = sampleJourneyDocument() as Mutable;
  change(doc);
  const result = parseJourneyDocument(JSON.stringify(doc, null, 2));
  return result.ok ? [] : result.errors.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('parseJourneyDocument', () => {
  it('reads the sample document', () => {
    const result = parseJourneyDocument(JSON.stringify(sampleJourneyDocument(), null, 2));
    expect(result).toEqual({ ok: true, document: sampleJourneyDocument() });
  });

  it('names the JSON path and the line of a bad value', () => {
    const doc = sampleJourneyDocument();
    doc.stages[2].name = '   ';
    const result = parseJourneyDocument(JSON.stringify(doc, null, 2));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = JSON.stringify(doc, null, 2).split('\n');
    const line = text.findIndex((row) => row.includes('"name": "   "')) + 1;
    expect(result.errors).toEqual([{ path: 'stages[2].name', line, message: 'must not be blank' }]);
  });

  it.each<[string, (doc: Mutable) => void, string[]]>([
    ['another format', (doc) => { (doc.format = 'openjourney' as 'cxmap.journey'); }, ['format: must be "cxmap.journey"']],
    ['a later version', (doc) => { ((doc as { version: number }).version = 2); }, ['version: must be 1']],
    ['a missing field', (doc) => { delete (doc.journey as Partial<JourneyDocument['journey']>).status; }, ['journey.status: is required']],
    ['an unknown field', (doc) => { (doc.touchpoints[0] as unknown as Record<string, unknown>).color = 'red'; }, ['touchpoints[0].color: is not a field of this object']],
    ['a bad enum', (doc) => { ((doc.touchpoints[1] as { channel: string }).channel = 'fax'); }, [expect.stringMatching(/^touchpoints\[1\]\.channel: must be one of web, /)]],
    ['an emotion off the scale', (doc) => { (doc.touchpoints[0].emotion = 3); }, ['touchpoints[0].emotion: must be from -2 to 2']],
    ['a stage that does not exist', (doc) => { (doc.touchpoints[3].stageId = 's9'); }, ['touchpoints[3].stageId: no stage has the id "s9"']],
    ['a duplicate id', (doc) => { (doc.links[1].id = 't1'); }, ['links[1].id: "t1" is already the id of touchpoints[0]']],
    ['a link to itself', (doc) => { (doc.links[0].targetId = 't1'); }, ['links[0].targetId: a link cannot join a touchpoint to itself']],
    ['an unknown metric', (doc) => { (doc.metrics[0].metric = 'happiness'); }, ['metrics[0].metric: "happiness" is neither a built-in metric nor in metricDefinitions']],
    ['a metric on a stage', (doc) => { ((doc.metrics[0].on as { kind: string }).kind = 'stage'); }, ['metrics[0].on.kind: must be one of touchpoint, link']],
    ['thresholds the wrong way round', (doc) => { (doc.metrics[0].warning = 90); }, ['metrics[0].warning: csat is better higher: the warning must lie at or below the target']],
    ['figures of another kind', (doc) => { (doc.metrics[1].measurements[0] = { ...doc.metrics[1].measurements[0], mean: 3 }); }, ['metrics[1].measurements[0].mean: not used by nps (a nps metric)']],
    ['a csat rating count', (doc) => { (doc.metrics[0].measurements[1].ratings = [1, 2, 3, 4, -5]); }, ['metrics[0].measurements[1].ratings[4]: must be a whole number from 0 to 1000000000']],
    ['a week not starting on Monday', (doc) => { (doc.metrics[1].measurements[0].periodStart = '2026-03-03'); }, ['metrics[1].measurements[0].periodStart: a week starts on a Monday']],
    ['the same period twice', (doc) => { (doc.metrics[0].measurements[1].periodStart = '2026-01-01'); }, ['metrics[0].measurements[1]: same period and dimension as metrics[0].measurements[0]']],
    ['a custom key that is built in', (doc) => { (doc.metricDefinitions[0].key = 'nps'); }, ['metricDefinitions[0].key: nps is a built-in metric: refer to it by key without defining it', 'metrics[2].metric: "install_wait_days" is neither a built-in metric nor in metricDefinitions']],
    ['a severity on an idea', (doc) => { (doc.annotations[1].severity = 'low'); }, ['annotations[1].severity: only pain points have a severity (this is idea)']],
    ['a resolved annotation without its date', (doc) => { (doc.annotations[0].resolvedAt = null); }, ['annotations[0].resolvedAt: is required when the status is resolved']],
    ['a javascript: URL', (doc) => { (doc.annotations[0].evidence[1].url = 'javascript:alert(1)'); }, ['annotations[0].evidence[1].url: must be an http or https URL']],
    ['a timestamp without a zone', (doc) => { (doc.annotations[0].replies[0].createdAt = '2026-03-01 10:00'); }, ['annotations[0].replies[0].createdAt: must be a UTC date and time, e.g. 2026-03-01T09:30:00.000Z']],
    ['an annotation on nothing', (doc) => { (doc.annotations[1].on.id = 'l9'); }, ['annotations[1].on.id: no stage has the id "l9"']],
  ])('refuses %s', (_name, change, expected) => {
    expect(issuesAfter(change)).toEqual(expected);
  });

  it('refuses more stages than a journey holds', () => {
    const issues = issuesAfter((doc) => {
      doc.stages = Array.from({ length: 51 }, (_, index) => ({ ...doc.stages[0], id: `s${index}` }));
    });
    expect(issues[0]).toBe('stages: holds 51 items; at most 50 are allowed');
  });

  it('gives the line of a JSON syntax error', () => {
    expect(parseJourneyDocument('{\n  "format": "cxmap.journey",\n  "version": 1,,\n}')).toMatchObject({ ok: false, errors: [{ path: '', line: 3 }] });
  });

  it('recognises a document by its format field', () => {
    expect(looksLikeJourneyDocument(JSON.stringify(sampleJourneyDocument(), null, 2))).toBe(true);
    expect(looksLikeJourneyDocument('{ "stages": [], "nodes": [] }')).toBe(false);
    expect(looksLikeJourneyDocument('journey\n  title x')).toBe(false);
  });
});
