import PDFDocument from 'pdfkit';
import { pdfText } from './pdf-text';

export type Doc = PDFKit.PDFDocument;

/** A4 portrait, in points. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLORS = {
  text: '#212529',
  muted: '#6c757d',
  rule: '#dee2e6',
  band: '#f1f3f5',
  accent: '#1c7ed6',
  on_target: '#2f9e44',
  at_risk: '#e8590c',
  off_target: '#c92a2a',
  no_data: '#868e96',
} as const;

/** pdfkit's buffered pages, as far as `joinFinishedPage` reads them (not in its public types). */
interface BufferedPages {
  _pageBuffer?: { content?: { buffer?: unknown } }[];
}

/**
 * Joins the drawing operations of the page before the newest one into one array. pdfkit keeps a
 * page's content as one small Uint8Array per operation, and with `bufferPages` (needed for
 * "Page n of N") it keeps every page until the end: ~600 kB of heap per page of tables, 72 MB for
 * the 116 pages of a 2,000-touchpoint report, where the operations' bytes are 6.4 MB in all. pdfkit
 * joins them the same way when it writes the page, so the file is byte for byte the same.
 */
export function joinFinishedPage(doc: Doc): void {
  const pages = (doc as unknown as BufferedPages)._pageBuffer;
  const content = pages?.[pages.length - 2]?.content;
  const chunks = content?.buffer;
  if (!content || !isChunkList(chunks) || chunks.length < 2) return;
  content.buffer = [Buffer.concat(chunks)];
}

function isChunkList(value: unknown): value is Uint8Array[] {
  return Array.isArray(value) && value.every((chunk: unknown) => chunk instanceof Uint8Array);
}

export function createDocument(title: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: pdfText(title), Creator: 'CXMap', Producer: 'CXMap' },
  });
  doc.on('pageAdded', () => joinFinishedPage(doc));
  return doc;
}

/** Every page gets "Page n of N" (and `footer` on the left), once all pages exist. */
export function numberPages(doc: Doc, footer: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 32;
    const width = doc.page.width - 2 * PAGE.margin;
    doc.font('Helvetica').fontSize(8).fillColor(COLORS.muted);
    doc.text(pdfText(footer), PAGE.margin, y, { width: width / 2, lineBreak: false, ellipsis: true });
    doc.text(`Page ${i - start + 1} of ${count}`, PAGE.margin + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The finished file's bytes. */
export function finish(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
