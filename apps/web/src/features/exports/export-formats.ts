/**
 * What the Export dialog offers, in order. A report format is made by the server (a job, then a
 * download); an image is drawn in the browser from the canvas. A new format (XLSX, PPTX, CSV, JSON,
 * Mermaid…) is one more entry here, plus its branch in the dialog if it needs options of its own.
 */
export type ExportFormatKind = 'report' | 'image';

/** Options a report format takes in the dialog. */
export type ReportOption = 'sections' | 'range' | 'comments';

export interface ExportFormat {
  id: 'pdf' | 'pptx' | 'xlsx' | 'csv' | 'png' | 'svg';
  /** Short: shown in the format switch. */
  label: string;
  description: string;
  kind: ExportFormatKind;
  options: readonly ReportOption[];
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'pdf',
    label: 'PDF',
    description: 'Executive report: summary, emotion curve, map, stages, pain points, hand-offs, trends',
    kind: 'report',
    options: ['sections', 'range', 'comments'],
  },
  {
    id: 'pptx',
    label: 'Slides',
    description: 'PowerPoint deck with the same story, one idea per slide, editable text and charts',
    kind: 'report',
    options: ['sections', 'range', 'comments'],
  },
  {
    id: 'xlsx',
    label: 'Excel',
    description: 'Workbook with a sheet each for stages, touchpoints, links, metrics, measurements and annotations',
    kind: 'report',
    options: ['range', 'comments'],
  },
  { id: 'csv', label: 'CSV', description: 'The touchpoints as one table, with their key metric and open pain points', kind: 'report', options: ['range'] },
  { id: 'png', label: 'PNG', description: 'A picture of the map, for slides and documents', kind: 'image', options: [] },
  { id: 'svg', label: 'SVG', description: 'The map as a scalable vector picture', kind: 'image', options: [] },
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
