import { LIMITS } from '@cxmap/domain';
import { parseJourneyDocument } from '@cxmap/journey-format';
import { sampleJourneyDocument } from '@cxmap/journey-format/testing';
import { AppError } from '../../core/errors/app-error';
import { documentText } from './document-text';

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('documentText', () => {
  const document = sampleJourneyDocument();
  const roomy = { contentMax: 10_000_000, bodyMax: 10_000_000 };

  it('is the indented document, which the import reads back as it was', () => {
    const text = documentText(document);
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
    const parsed = parseJourneyDocument(text);
    expect(parsed.ok && parsed.document).toEqual(document);
  });

  it('refuses a document longer than the import takes, naming both lengths', () => {
    const length = documentText(document).length;
    expect(documentText(document, { ...roomy, contentMax: length })).toHaveLength(length);
    const refused = refusal(() => documentText(document, { ...roomy, contentMax: length - 1 }));
    expect(refused.code).toBe('DOCUMENT_TOO_LARGE');
    expect(refused.message).toContain(`${length.toLocaleString('en')} characters; an import takes at most ${(length - 1).toLocaleString('en')}`);
  });

  it('counts the bytes the import body will take: escapes and UTF-8 make it longer than the characters', () => {
    const wide = { ...document, journey: { ...document.journey, description: '"日本語"\n'.repeat(100) } };
    const text = documentText(wide, roomy);
    const body = Buffer.byteLength(JSON.stringify({ format: 'cxmap', content: text }));
    expect(body).toBeGreaterThan(text.length + 1000);
    expect(documentText(wide, { ...roomy, bodyMax: body })).toBe(text);
    expect(refusal(() => documentText(wide, { contentMax: text.length, bodyMax: body - 1 })).message).toContain(`${body.toLocaleString('en')} bytes`);
  });

  it('refuses a document with more rows than the import takes (a journey overshot its caps), naming the count', () => {
    const metric = document.metrics[0];
    const measurements = Array.from({ length: LIMITS.measurementsPerJourneyMax + 1 }, (_, i) => ({ ...metric.measurements[0], periodStart: `p${i}` }));
    const over = { ...document, metrics: [{ ...metric, measurements }] };
    const refused = refusal(() => documentText(over));
    expect(refused.code).toBe('DOCUMENT_TOO_LARGE');
    expect(refused.message).toContain(`${(LIMITS.measurementsPerJourneyMax + 1).toLocaleString('en')} measurements where an import takes at most ${LIMITS.measurementsPerJourneyMax.toLocaleString('en')}`);
  });
});
