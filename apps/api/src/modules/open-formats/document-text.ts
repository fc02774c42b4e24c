import { LIMITS } from '@cxmap/domain';
import { documentCountOverLimit, type JourneyDocument } from '@cxmap/journey-format';
import { AppError } from '../../core/errors/app-error';

export interface DocumentTextLimits {
  /** Characters of the file (the import's `content`). */
  contentMax: number;
  /** Bytes of the import's JSON body carrying it (escapes and UTF-8 make it longer than the characters). */
  bodyMax: number;
}

const IMPORT_LIMITS: DocumentTextLimits = { contentMax: LIMITS.journeyDocumentContentMax, bodyMax: LIMITS.importDocumentBodyMaxBytes };

function tooLarge(what: string): AppError {
  return new AppError('DOCUMENT_TOO_LARGE', {
    detail: `Its CXMap document would hold ${what}. Shorten long descriptions or annotation texts, or delete old measurements, and export again.`,
  });
}

/**
 * The document as its file's text: indented (a file people open, diff and keep in version control,
 * whose import errors name lines). A document the import would refuse — too many rows, too many
 * characters, or too many bytes once sent back — is refused here instead of handed out as a file
 * that cannot come back in.
 */
export function documentText(document: JourneyDocument, limits: DocumentTextLimits = IMPORT_LIMITS): string {
  const over = documentCountOverLimit(document);
  if (over) throw tooLarge(over);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (text.length > limits.contentMax) {
    throw tooLarge(`${text.length.toLocaleString('en')} characters; an import takes at most ${limits.contentMax.toLocaleString('en')}`);
  }
  const body = Buffer.byteLength(JSON.stringify({ format: 'cxmap', content: text }));
  if (body > limits.bodyMax) {
    throw tooLarge(`${body.toLocaleString('en')} bytes once sent to the import, which takes at most ${limits.bodyMax.toLocaleString('en')}`);
  }
  return text;
}
