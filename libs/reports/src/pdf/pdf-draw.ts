import type { MetricHealth } from '@cxmap/domain';
import { HEALTH_LABELS } from '../format';
import { COLORS, CONTENT_WIDTH, PAGE, type Doc } from './pdf-document';
import { pdfText } from './pdf-text';

/*
 * The few drawing moves every page uses. All text goes through `pdfText` here, so no page can
 * write a character the standard font cannot encode.
 */

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

function style(doc: Doc, { size = 10, bold = false, color = COLORS.text }: TextStyle): void {
  font(doc, size, bold);
  doc.fillColor(color);
}

/** The font alone: enough to measure text, and unlike a colour it writes nothing into the page. */
function font(doc: Doc, size: number, bold: boolean): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
}

/** Flowing text at the cursor, across the content width (or `width`), moving the cursor down. */
export function paragraph(doc: Doc, text: string, options: TextStyle & { width?: number; gap?: number } = {}): void {
  style(doc, options);
  doc.text(pdfText(text), PAGE.margin, doc.y, { width: options.width ?? CONTENT_WIDTH, align: options.align ?? 'left' });
  doc.y += options.gap ?? 4;
}

/** Text in a box at (x, y), not moving the flow; returns its height. */
export function textAt(doc: Doc, text: string, x: number, y: number, width: number, options: TextStyle & { maxHeight?: number } = {}): number {
  style(doc, options);
  const clean = pdfText(text);
  const opts = boxOptions(width, options);
  const height = Math.min(doc.heightOfString(clean, opts), options.maxHeight ?? Infinity);
  drawAt(doc, clean, x, y, opts);
  return height;
}

function boxOptions(width: number, options: TextStyle & { maxHeight?: number }): PDFKit.Mixins.TextOptions {
  return { width, align: options.align ?? 'left', height: options.maxHeight, ellipsis: options.maxHeight !== undefined };
}

/** Draws clean text in the current style at (x, y) without moving the flow. */
function drawAt(doc: Doc, clean: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions): void {
  const keepY = doc.y;
  doc.text(clean, x, y, opts);
  doc.y = keepY;
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - PAGE.margin) {
    doc.addPage();
    doc.y = PAGE.margin;
  }
}

export function heading(doc: Doc, text: string): void {
  ensureRoom(doc, 60);
  paragraph(doc, text, { size: 18, bold: true, gap: 2 });
  doc.moveTo(PAGE.margin, doc.y).lineTo(PAGE.margin + CONTENT_WIDTH, doc.y).lineWidth(1).strokeColor(COLORS.accent).stroke();
  doc.y += 10;
}

export function subheading(doc: Doc, text: string): void {
  ensureRoom(doc, 40);
  doc.y += 4;
  paragraph(doc, text, { size: 12, bold: true, gap: 4 });
}

/** A section on a fresh page with its heading. */
export function sectionPage(doc: Doc, title: string): void {
  doc.addPage();
  doc.y = PAGE.margin;
  heading(doc, title);
}

export function healthColor(health: MetricHealth): string {
  return COLORS[health];
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface Cell {
  text: string;
  color?: string;
  bold?: boolean;
}

/**
 * A table across the content width; rows flow onto the next page with the header repeated. Each
 * cell is laid out twice, once to measure its row and once to draw it: pdfkit wraps the text on
 * every call, and a 2,000-row table is most of a large report's time.
 */
export function table(doc: Doc, columns: readonly Column[], rows: readonly (readonly (Cell | string)[])[]): void {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width / total) * CONTENT_WIDTH);
  const headerCells = columns.map((column) => ({ text: column.header }));
  const drawRow = (cells: readonly Cell[], header: boolean): void => {
    const size = header ? 8 : 9;
    const texts = cells.map((cell) => pdfText(cell.text));
    // Rows are measured in the row's font; a bold cell is drawn bold within that height.
    font(doc, size, header);
    const height = Math.max(...texts.map((text, i) => doc.heightOfString(text, { width: (widths[i] ?? 0) - 2 * CELL_PAD }))) + 2 * CELL_PAD;
    const pageBefore = doc.bufferedPageRange().count;
    ensureRoom(doc, height);
    if (!header && doc.bufferedPageRange().count !== pageBefore) {
      drawRow(headerCells, true);
      // A row that fits a fresh page may not fit below the repeated header.
      ensureRoom(doc, height);
    }
    const y = doc.y;
    if (header) doc.rect(PAGE.margin, y, CONTENT_WIDTH, height).fill(COLORS.band);
    let x = PAGE.margin;
    texts.forEach((text, i) => {
      const width = widths[i] ?? 0;
      const color = cells[i]?.color ?? (header ? COLORS.muted : COLORS.text);
      style(doc, { size, bold: header || cells[i]?.bold === true, color });
      drawAt(doc, text, x + CELL_PAD, y + CELL_PAD, boxOptions(width - 2 * CELL_PAD, { align: columns[i]?.align }));
      x += width;
    });
    doc.y = y + height;
    doc.moveTo(PAGE.margin, doc.y).lineTo(PAGE.margin + CONTENT_WIDTH, doc.y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  };
  drawRow(headerCells, true);
  for (const row of rows) drawRow(row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell)), false);
  doc.y += 8;
}

/** The padding inside a table cell, in points. */
const CELL_PAD = 4;

export interface TableSection {
  /** The heading of the section's fresh page. */
  title: string;
  /** What the section says when it has no rows. */
  empty: string;
  /** A muted line between the heading and the table. */
  intro?: string;
  columns: readonly Column[];
  rows: readonly (readonly (Cell | string)[])[];
}

/** A section that is one table: a fresh page, its heading, a line of introduction, then the table (or why there is none). */
export function drawTable(doc: Doc, section: TableSection): void {
  sectionPage(doc, section.title);
  if (section.rows.length === 0) {
    paragraph(doc, section.empty, { size: 10, color: COLORS.muted });
    return;
  }
  if (section.intro !== undefined) paragraph(doc, section.intro, { size: 10, color: COLORS.muted, gap: 10 });
  table(doc, section.columns, section.rows);
}

export function healthCell(health: MetricHealth): Cell {
  return { text: HEALTH_LABELS[health], color: healthColor(health), bold: true };
}

/** "Label: value" pairs in two columns (for covers and summaries). */
export function facts(doc: Doc, pairs: readonly [string, string][]): void {
  for (const [label, value] of pairs) {
    ensureRoom(doc, 18);
    const y = doc.y;
    textAt(doc, label, PAGE.margin, y, 150, { size: 10, color: COLORS.muted });
    const height = textAt(doc, value, PAGE.margin + 160, y, CONTENT_WIDTH - 160, { size: 10 });
    doc.y = y + Math.max(height, 12) + 4;
  }
}
