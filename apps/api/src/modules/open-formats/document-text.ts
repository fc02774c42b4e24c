import { LIMITS } from '@cxmap/domain';
import type { JourneyDocument } from '@cxmap/journey-format';
import { AppError } from '../../core/errors/app-error';

/**
 * The document as its file's text: indented (a file people open, diff and keep in version control,
 * whose import errors name lines). Longer than the import accepts (`max` characters), it is refused
 * rather than handed out as a file that cannot come back in.
 */
export function documentText(document: JourneyDocument, max: number = LIMITS.journeyDocumentContentMax): string {
  const text = `${JSON.stringify(document, null, 2)}\n`;
  if (text.length > max) {
    throw new AppError('DOCUMENT_TOO_LARGE', {
      detail:
        `Its CXMap document would hold ${text.length.toLocaleString('en')} characters; an import takes at most ${max.toLocaleString('en')}. ` +
        'Shorten long descriptions or annotation texts, or delete old measurements, and export again.',
    });
  }
  return text;
}
