import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyDocumentArbitrary } from '../../testing/document-arbitraries';
import type { JourneyDocument } from './journey-document';
import { parseJourneyDocument } from './parse-document';
import { planToSnapshot } from '../../testing/plan-snapshot';
import { documentToImportPlan } from './to-plan';
import { toJourneyDocument } from './to-document';

const EXPORTED_AT = new Date('2026-05-01T12:00:00.000Z');
const IMPORTER = { name: 'Importer', now: '2026-05-01T12:00:00.000Z' };

function counter(): () => string {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`;
}

/** Text → checked document → import plan (fresh ids) → what the store holds → exported document. */
function importThenExport(doc: JourneyDocument): JourneyDocument {
  const parsed = parseJourneyDocument(JSON.stringify(doc, null, 2));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 5)));
  return toJourneyDocument(planToSnapshot(documentToImportPlan(parsed.document, counter()), IMPORTER), EXPORTED_AT);
}

describe('journey document round trip (pure)', () => {
  it('export → import → export gives the same document', () => {
    fc.assert(
      fc.property(journeyDocumentArbitrary, (doc) => {
        const first = importThenExport(doc);
        const second = importThenExport(first);
        expect(second).toEqual(first);
        // Nothing is dropped on the way in.
        expect([first.stages.length, first.touchpoints.length, first.links.length, first.metrics.length, first.annotations.length]).toEqual([
          doc.stages.length,
          doc.touchpoints.length,
          doc.links.length,
          doc.metrics.length,
          doc.annotations.length,
        ]);
        const measurements = (d: JourneyDocument) => d.metrics.reduce((sum, metric) => sum + metric.measurements.length, 0);
        const replies = (d: JourneyDocument) => d.annotations.reduce((sum, annotation) => sum + annotation.replies.length, 0);
        expect([measurements(first), replies(first), first.metricDefinitions.length]).toEqual([measurements(doc), replies(doc), doc.metricDefinitions.length]);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every field of the generated document, up to ids and order', () => {
    fc.assert(
      fc.property(journeyDocumentArbitrary, (doc) => {
        const back = importThenExport(doc);
        const titles = (d: JourneyDocument) =>
          d.touchpoints.map((t) => JSON.stringify([t.title, t.emotion, t.layer, t.position, t.reviewBy, t.ownerTeam, t.channel, t.description])).sort();
        expect(titles(back)).toEqual(titles(doc));
        expect(back.stages.map((s) => s.name)).toEqual(doc.stages.map((s) => s.name));
        expect(back.journey).toEqual(doc.journey);
        expect(back.persona).toEqual(doc.persona);
        const notes = (d: JourneyDocument) =>
          d.annotations.map((a) => JSON.stringify({ ...a, on: a.on.kind, replies: a.replies.map((r) => JSON.stringify(r)).sort() })).sort();
        expect(notes(back)).toEqual(notes(doc));
      }),
      { numRuns: 100 },
    );
  });
});
