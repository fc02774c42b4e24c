import { LIMITS, type JourneyImportFormat } from '@cxmap/domain';
import type { ImportResult } from './import/imported-journey';
import { parseMermaidJourney } from './mermaid/parse-mermaid';
import { parseOjf } from './ojf/parse-ojf';

/** Reads a journey file of either format; the one entry point of the API and the web preview. */
export function parseJourneyFile(format: JourneyImportFormat, content: string): ImportResult {
  if (content.length > LIMITS.importContentMax) {
    return { ok: false, errors: [{ line: null, message: `The file is longer than ${LIMITS.importContentMax.toLocaleString('en')} characters.` }] };
  }
  return format === 'mermaid' ? parseMermaidJourney(content) : parseOjf(content);
}
