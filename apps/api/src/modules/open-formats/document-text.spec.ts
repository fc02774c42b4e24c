import { parseJourneyDocument } from '@cxmap/journey-format';
import { sampleJourneyDocument } from '@cxmap/journey-format/testing';
import { AppError } from '../../core/errors/app-error';
import { documentText } from './document-text';

describe('documentText', () => {
  const document = sampleJourneyDocument();

  it('is the indented document, which the import reads back as it was', () => {
    const text = documentText(document);
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
    const parsed = parseJourneyDocument(text);
    expect(parsed.ok && parsed.document).toEqual(document);
  });

  it('refuses a document longer than the import takes, naming both lengths', () => {
    const length = documentText(document).length;
    expect(documentText(document, length)).toHaveLength(length);
    let refused: unknown;
    try {
      documentText(document, length - 1);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('DOCUMENT_TOO_LARGE');
    expect((refused as AppError).message).toContain(`${length.toLocaleString('en')} characters`);
    expect((refused as AppError).message).toContain(`at most ${(length - 1).toLocaleString('en')}`);
  });
});
