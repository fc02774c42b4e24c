import Papa from 'papaparse';

/** One record of a CSV file, with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface CsvFile {
  records: CsvRecord[];
  /** What the reader could not make sense of (an unclosed quote…), by line. */
  problems: { line: number | null; message: string }[];
}

/**
 * Reads CSV text: a leading BOM is ignored; the delimiter (comma, semicolon or tab) is the one
 * the header line uses most; quoted cells may hold delimiters and line breaks; blank lines are skipped.
 */
export function readCsv(text: string): CsvFile {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  const problems: CsvFile['problems'] = [];
  // Line of a record = 1 + the line breaks before where it starts (counted once, as the cursor moves).
  let counted = 0;
  let breaks = 0;
  const breaksBefore = (offset: number): number => {
    for (; counted < offset && counted < source.length; counted += 1) if (source.charCodeAt(counted) === 10) breaks += 1;
    return breaks;
  };
  let start = 0;
  Papa.parse<string[]>(source, {
    delimiter: guessDelimiter(source),
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const line = 1 + breaksBefore(start);
      start = result.meta.cursor;
      for (const error of result.errors) problems.push({ line, message: error.message });
      const cells = result.data.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) return;
      records.push({ line, cells });
    },
  });
  return { records, problems };
}

/** The delimiter the header line uses most: comma, semicolon or tab (comma when it holds none). */
function guessDelimiter(source: string): string {
  const header = source.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: unquoted.split(delimiter).length - 1 }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}

/** A header as a key: trimmed, lower case, spaces and dashes as underscores (`Period start` → `period_start`). */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s\-–]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
}
