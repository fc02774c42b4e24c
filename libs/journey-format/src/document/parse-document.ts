import { parseJsonWithLines } from '../ojf/json-lines';
import { checkJourneyDocument } from './check-document';
import { DOCUMENT_LIMITS, JOURNEY_DOCUMENT_FORMAT, type JourneyDocument } from './journey-document';
import { JsonReader, type DocumentIssue } from './json-reader';
import { readJourneyDocument } from './read-document';

export type DocumentParseResult = { ok: true; document: JourneyDocument } | { ok: false; errors: DocumentIssue[] };

/** Most issues reported for one document: past these, the rest are summed up in one line. */
const ISSUES_SHOWN = 50;

/**
 * Reads a CXMap journey document from its text: JSON syntax (with the line), then the shape
 * (`readJourneyDocument`), then the cross-references and rules (`checkJourneyDocument`). Every
 * issue names the JSON path of the value, e.g. `stages[2].name`.
 */
export function parseJourneyDocument(text: string): DocumentParseResult {
  if (text.length > DOCUMENT_LIMITS.contentMax) {
    return { ok: false, errors: [{ path: '', line: null, message: `The file is longer than ${DOCUMENT_LIMITS.contentMax.toLocaleString('en')} characters.` }] };
  }
  const parsed = parseJsonWithLines(text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '', line: parsed.line, message: parsed.message }] };
  const reader = new JsonReader(parsed.lineOf);
  const document = readJourneyDocument(parsed.value, reader);
  if (document) checkJourneyDocument(document, reader);
  if (!document || reader.issues.length > 0) return { ok: false, errors: capped(reader.issues) };
  return { ok: true, document };
}

function capped(issues: DocumentIssue[]): DocumentIssue[] {
  if (issues.length <= ISSUES_SHOWN) return issues;
  return [...issues.slice(0, ISSUES_SHOWN), { path: '', line: null, message: `…and ${issues.length - ISSUES_SHOWN} more problems.` }];
}

/** Whether a text looks like a CXMap journey document (for choosing the importer by content). */
export function looksLikeJourneyDocument(text: string): boolean {
  return new RegExp(`^\\s*\\{[\\s\\S]{0,400}"format"\\s*:\\s*"${JOURNEY_DOCUMENT_FORMAT.replace('.', '\\.')}"`).test(text);
}
