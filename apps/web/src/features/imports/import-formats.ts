import type { JourneyImportFormat } from '@cxmap/domain';
import { looksLikeJourneyDocument } from '@cxmap/journey-format';

export const FORMAT_OPTIONS: Array<{ value: JourneyImportFormat; label: string }> = [
  { value: 'mermaid', label: 'Mermaid journey' },
  { value: 'ojf', label: 'OpenJourney (.ojf)' },
  { value: 'csv', label: 'CSV grid' },
  { value: 'xlsx', label: 'Excel (.xlsx)' },
  { value: 'cxmap', label: 'CXMap document (.json)' },
];

/** Formats of a spreadsheet, a touchpoint per row: previewed row by row. */
export const GRID_FORMATS: ReadonlySet<JourneyImportFormat> = new Set(['csv', 'xlsx']);

/** What the file picker offers for each format. */
export const FORMAT_ACCEPT: Record<JourneyImportFormat, string> = {
  mermaid: '.mmd,.mermaid,.md,.txt,text/plain',
  ojf: '.ojf,.json,application/json',
  csv: '.csv,.tsv,.txt,text/csv',
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  cxmap: '.json,application/json',
};

export const FORMAT_PLACEHOLDER: Record<JourneyImportFormat, string> = {
  mermaid: 'journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    Do work: 1: Me, Cat',
  csv: 'stage,title,channel,layer,owner_team,emotion\nDiscovery,Reads reviews,Review site,customer,Marketing,1\nPurchase,Checkout,web,customer,E-commerce,0',
  xlsx: '',
  ojf: '{\n  "stages": [{ "id": "s1", "name": "Discovery" }],\n  "swimlanes": [{ "id": "l1", "name": "Customer Actions" }],\n  "nodes": [{ "stageId": "s1", "swimlaneId": "l1", "title": "Search", "score": 3 }]\n}',
  cxmap: '{\n  "format": "cxmap.journey",\n  "version": 1,\n  "journey": { "name": "Onboarding", … },\n  "stages": [ … ],\n  …\n}',
};

export const FORMAT_TEXT_LABEL: Record<JourneyImportFormat, string> = {
  mermaid: 'Mermaid journey text',
  ojf: 'OpenJourney JSON',
  csv: 'CSV: a row per touchpoint (stage, title, channel, layer, owner_team, emotion…)',
  xlsx: '',
  cxmap: 'CXMap journey document (JSON)',
};

/** The format of a file from its name and text: a `.json` that says `"format": "cxmap.journey"` is a CXMap document. */
export function formatOfFile(name: string, text: string): JourneyImportFormat | null {
  if (looksLikeJourneyDocument(text)) return 'cxmap';
  return formatOfFileName(name);
}

/** The format a file's name suggests, or null when it says nothing. */
export function formatOfFileName(name: string): JourneyImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.ojf') || lower.endsWith('.json')) return 'ojf';
  if (/\.(csv|tsv)$/.test(lower)) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (/\.(mmd|mermaid|md|txt)$/.test(lower)) return 'mermaid';
  return null;
}
