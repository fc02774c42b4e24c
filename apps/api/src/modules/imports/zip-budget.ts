import { inflateRawSync } from 'node:zlib';

/** What a workbook may hold once unzipped, all its parts together: a full 5,000-row sheet is far less. */
export const UNZIPPED_BYTES_MAX = 16 * 1024 * 1024;
const ENTRIES_MAX = 500;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export type ZipBudget = { ok: true } | { ok: false; reason: 'not-zip' | 'too-large' };

/**
 * Checks that a ZIP archive unpacks to at most `budget` bytes before a library unpacks it in full
 * (a 500 kB workbook can hold a 400 MB cell). Every entry is inflated with a hard output limit, so an
 * archive whose headers understate its sizes is caught too; ZIP64 and other compression methods are refused.
 */
export function checkZipBudget(zip: Buffer, budget = UNZIPPED_BYTES_MAX): ZipBudget {
  const end = findEndOfDirectory(zip);
  if (end < 0) return { ok: false, reason: 'not-zip' };
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (entries > ENTRIES_MAX || entries === 0xffff || offset === 0xffffffff) return { ok: false, reason: 'not-zip' };
  let left = budget;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== DIRECTORY_ENTRY) return { ok: false, reason: 'not-zip' };
    const method = zip.readUInt16LE(offset + 10);
    const compressed = zip.readUInt32LE(offset + 20);
    const declared = zip.readUInt32LE(offset + 24);
    const local = zip.readUInt32LE(offset + 42);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    if (declared > left) return { ok: false, reason: 'too-large' };
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) return { ok: false, reason: 'not-zip' };
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) return { ok: false, reason: 'not-zip' };
    const data = zip.subarray(start, start + compressed);
    if (method === STORED) left -= data.length;
    else if (method === DEFLATED) {
      const inflated = inflateWithin(data, left);
      if (inflated === 'too-large' || inflated === 'bad') return { ok: false, reason: inflated === 'bad' ? 'not-zip' : 'too-large' };
      left -= inflated;
    } else return { ok: false, reason: 'not-zip' };
    if (left < 0) return { ok: false, reason: 'too-large' };
  }
  return { ok: true };
}

/** The entry's real unpacked size, stopping at `limit` bytes. */
function inflateWithin(data: Buffer, limit: number): number | 'too-large' | 'bad' {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'bad';
  }
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when the archive has a comment. */
function findEndOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
