import PDFDocument from 'pdfkit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, finish, joinFinishedPage, numberPages, type Doc } from './pdf-document';
import { table } from './pdf-draw';

/** Three pages of a table and a footer on each: what a report's stage pages look like. */
async function drawn(doc: Doc): Promise<Uint8Array> {
  const rows = Array.from({ length: 150 }, (_, i) => [`Touchpoint ${i}`, i % 2 === 0 ? 'Email' : 'Phone', { text: 'On target', bold: true }]);
  table(doc, [{ header: 'Touchpoint', width: 4 }, { header: 'Channel', width: 2 }, { header: 'Health', width: 2 }], rows);
  numberPages(doc, 'Footer');
  return finish(doc);
}

/** pdfkit's own page buffer, which joinFinishedPage compacts (read here to see that it still exists). */
function contentChunks(doc: Doc): number[] {
  const pages = (doc as unknown as { _pageBuffer: { content: { buffer: Uint8Array[] } }[] })._pageBuffer;
  return pages.map((page) => page.content.buffer.length);
}

describe('createDocument', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the same bytes as a plain pdfkit document with the same options', async () => {
    // The creation date (and the file ID made from it) is the clock's.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-02T03:04:05Z'));
    const plain = new PDFDocument({ size: 'A4', margin: 50, bufferPages: true, info: { Title: 'Report', Creator: 'CXMap', Producer: 'CXMap' } });
    const ours = createDocument('Report');
    const [expected, actual] = [await drawn(plain), await drawn(ours)];
    expect(actual.length).toBeGreaterThan(1000);
    expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
  });

  it('keeps each finished page as one joined array while later pages are drawn', () => {
    const doc = createDocument('Report');
    doc.text('first page');
    doc.text('more on the first page');
    doc.addPage();
    doc.text('second page');
    doc.text('more on the second page');
    doc.addPage();
    doc.text('third page');
    const chunks = contentChunks(doc);
    expect(chunks.slice(0, 2)).toEqual([1, 1]);
    expect(chunks[2]).toBeGreaterThan(1);
  });

  it('leaves a finished page of a single chunk as it is', () => {
    const doc = createDocument('Report');
    joinFinishedPage(doc);
    const pages = (doc as unknown as { _pageBuffer: { content: { buffer: Uint8Array[] } }[] })._pageBuffer;
    const first = pages[0]?.content.buffer;
    doc.addPage();
    // Nothing was drawn on the first page: its one chunk (pdfkit's opening transform) stays in the same array.
    expect(pages[0]?.content.buffer).toBe(first);
    expect(contentChunks(doc)).toEqual([1, 1]);
  });
});
