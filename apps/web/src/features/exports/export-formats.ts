/**
 * What the Export dialog offers, in order. A report format is made by the server (a job, then a
 * download); an image is drawn in the browser from the canvas. A new format (XLSX, PPTX, CSV, JSON,
 * Mermaid…) is one more entry here, plus its branch in the dialog if it needs options of its own.
 */
export type ExportFormatKind = 'report' | 'image';

export interface ExportFormat {
  id: 'pdf' | 'png' | 'svg';
  label: string;
  description: string;
  kind: ExportFormatKind;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'pdf', label: 'PDF report', description: 'Executive report: summary, emotion curve, map, stages, pain points, hand-offs, trends', kind: 'report' },
  { id: 'png', label: 'PNG image', description: 'A picture of the map, for slides and documents', kind: 'image' },
  { id: 'svg', label: 'SVG image', description: 'The map as a scalable vector picture', kind: 'image' },
];

/**
 * The report sections a reader picks (the server's REPORT_SECTIONS, which it validates); comments
 * follow the "Include comments" switch instead.
 */
export const SECTION_CHOICES: readonly { value: string; label: string }[] = [
  { value: 'summary', label: 'Executive summary' },
  { value: 'emotion', label: 'Emotion curve' },
  { value: 'map', label: 'Map' },
  { value: 'stages', label: 'Stage by stage' },
  { value: 'pains', label: 'Top pain points' },
  { value: 'handoffs', label: 'Hand-off hot spots' },
  { value: 'trends', label: 'Trends' },
];

export type ImageScope = 'view' | 'map';
