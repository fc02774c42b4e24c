import { LIMITS, type JourneyImportFormat } from '@cxmap/domain';
import { parseTouchpointCsv } from './grid/touchpoint-grid';
import type { ImportResult } from './import/imported-journey';
import { parseMermaidJourney } from './mermaid/parse-mermaid';
import { parseOjf } from './ojf/parse-ojf';

/** The formats read into an `ImportedJourney` (a CXMap document is read by `parseJourneyDocument`). */
export type FileImportFormat = Exclude<JourneyImportFormat, 'cxmap'>;

/** Reads a Mermaid or OpenJourney file; the one entry point of the API and the web preview. */
export function parseJourneyFile(format: FileImportFormat, content: string): ImportResult {
  if (content.length > LIMITS.importContentMax) {
    return { ok: false, errors: [{ line: null, message: `The file is longer than ${LIMITS.importContentMax.toLocaleString('en')} characters.` }] };
  }
  if (format === 'csv') return parseTouchpointCsv(content).result;
  if (format === 'xlsx') return { ok: false, errors: [{ line: null, message: 'An XLSX workbook is read on the server (readTouchpointWorkbook).' }] };
  return format === 'mermaid' ? parseMermaidJourney(content) : parseOjf(content);
}
