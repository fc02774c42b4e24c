import { LIMITS } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { sampleJourneyDocument } from '../../testing/document-sample';
import { DOCUMENT_LIMITS, type DocumentMeasurement, type JourneyDocument } from './journey-document';
import { JOURNEY_DOCUMENT_SCHEMA } from './journey-document-schema';
import { parseJourneyDocument } from './parse-document';

/** `maxItems` of an array at `path` in the schema (properties/… and $defs/… steps). */
function maxItemsAt(...path: string[]): unknown {
  let node: unknown = JOURNEY_DOCUMENT_SCHEMA;
  for (const step of path) node = (node as Record<string, unknown>)[step];
  return (node as Record<string, unknown>)['maxItems'];
}

/** The sample document with its `nps` metric carrying `count` weekly measurements (and the others none). */
function withMeasurements(count: number): JourneyDocument {
  const doc = sampleJourneyDocument();
  const firstMonday = Date.UTC(2000, 0, 3);
  const weeks: DocumentMeasurement[] = Array.from({ length: count }, (_, w) => ({
    period: 'week',
    periodStart: new Date(firstMonday + w * 7 * 86_400_000).toISOString().slice(0, 10),
    dimension: '',
    source: 'api',
    promoters: 40,
    passives: 30,
    detractors: 30,
  }));
  return { ...doc, metrics: doc.metrics.map((metric) => ({ ...metric, measurements: metric.metric === 'nps' ? weeks : [] })) };
}

describe('DOCUMENT_LIMITS', () => {
  it('hold the benchmark journey (2,000 touchpoints, 3,000 links, 50,000 measurements, 1,000 annotations, 12.7 million characters)', () => {
    expect(DOCUMENT_LIMITS.touchpointsMax).toBeGreaterThanOrEqual(2000);
    expect(DOCUMENT_LIMITS.linksMax).toBeGreaterThanOrEqual(3000);
    expect(DOCUMENT_LIMITS.measurementsMax).toBeGreaterThanOrEqual(50_000);
    expect(DOCUMENT_LIMITS.annotationsMax).toBeGreaterThanOrEqual(1000);
    expect(DOCUMENT_LIMITS.contentMax).toBeGreaterThanOrEqual(12_734_352);
    // The other formats keep their own, smaller limit; the import body has room for the document's JSON escapes.
    expect(DOCUMENT_LIMITS.contentMax).toBeGreaterThan(LIMITS.importContentMax);
    expect(LIMITS.importDocumentBodyMaxBytes).toBeGreaterThanOrEqual(DOCUMENT_LIMITS.contentMax * 1.5);
  });

  it('are the published JSON Schema’s maxItems', () => {
    expect({
      stages: maxItemsAt('properties', 'stages'),
      touchpoints: maxItemsAt('properties', 'touchpoints'),
      links: maxItemsAt('properties', 'links'),
      metricDefinitions: maxItemsAt('properties', 'metricDefinitions'),
      metrics: maxItemsAt('properties', 'metrics'),
      annotations: maxItemsAt('properties', 'annotations'),
      measurements: maxItemsAt('$defs', 'metric', 'properties', 'measurements'),
      replies: maxItemsAt('$defs', 'annotation', 'properties', 'replies'),
    }).toEqual({
      stages: DOCUMENT_LIMITS.stagesMax,
      touchpoints: DOCUMENT_LIMITS.touchpointsMax,
      links: DOCUMENT_LIMITS.linksMax,
      metricDefinitions: DOCUMENT_LIMITS.metricDefinitionsMax,
      metrics: DOCUMENT_LIMITS.metricsMax,
      annotations: DOCUMENT_LIMITS.annotationsMax,
      measurements: DOCUMENT_LIMITS.measurementsMax,
      replies: DOCUMENT_LIMITS.repliesPerAnnotationMax,
    });
  });
});

describe('parseJourneyDocument at the limits', () => {
  it('reads a document holding exactly measurementsMax measurements, and refuses one more', () => {
    const atCap = parseJourneyDocument(JSON.stringify(withMeasurements(DOCUMENT_LIMITS.measurementsMax)));
    expect(atCap.ok).toBe(true);
    const over = parseJourneyDocument(JSON.stringify(withMeasurements(DOCUMENT_LIMITS.measurementsMax + 1)));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.errors.map((e) => e.message).join('\n')).toContain(`at most ${DOCUMENT_LIMITS.measurementsMax}`);
  }, 60_000);

  it('refuses a file longer than contentMax, naming the limit', () => {
    const result = parseJourneyDocument(' '.repeat(DOCUMENT_LIMITS.contentMax + 1));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', line: null, message: `The file is longer than ${DOCUMENT_LIMITS.contentMax.toLocaleString('en')} characters.` }],
    });
  });

  it('takes a file of more than the other formats’ limit', () => {
    const doc = JSON.stringify(sampleJourneyDocument());
    const padded = doc + ' '.repeat(LIMITS.importContentMax + 1 - doc.length);
    expect(padded.length).toBeGreaterThan(LIMITS.importContentMax);
    expect(parseJourneyDocument(padded).ok).toBe(true);
  });
});
