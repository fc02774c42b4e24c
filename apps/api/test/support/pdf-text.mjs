#!/usr/bin/env node
// Prints the text of each page of a PDF as a JSON array of strings, as a PDF reader extracts it
// (pdfjs-dist, which is ESM-only: the Jest specs run this in a child process).
// Usage: node pdf-text.mjs <file.pdf>
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const content = await (await pdf.getPage(n)).getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('').replace(/ +/g, ' '));
}
await pdf.destroy();
process.stdout.write(JSON.stringify(pages));
