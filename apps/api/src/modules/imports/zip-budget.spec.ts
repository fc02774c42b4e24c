import { Workbook } from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { checkZipBudget } from './zip-budget';

interface Entry {
  name: string;
  content: Buffer;
  /** The size the headers claim; the real one when absent. */
  declared?: number;
}

/** A minimal ZIP archive (deflated entries, no data descriptors), enough to test the budget. */
function zipOf(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = deflateRawSync(entry.content);
    const size = entry.declared ?? entry.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const centralBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

describe('checkZipBudget', () => {
  it('lets a real workbook through', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Touchpoints').addRows([['stage', 'title'], ['Awareness', 'Ad']]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(checkZipBudget(file)).toEqual({ ok: true });
  });

  it('lets an archive within the budget through', () => {
    expect(checkZipBudget(zipOf([{ name: 'a.xml', content: Buffer.alloc(1000, 'a') }]), 2000)).toEqual({ ok: true });
  });

  it('refuses an archive that unpacks beyond the budget, as its headers say', () => {
    const zip = zipOf([{ name: 'a.xml', content: Buffer.alloc(3000, 'a') }]);
    expect(zip.length).toBeLessThan(200);
    expect(checkZipBudget(zip, 2000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses an archive whose headers understate what it unpacks to', () => {
    const zip = zipOf([{ name: 'a.xml', content: Buffer.alloc(3000, 'a'), declared: 10 }]);
    expect(checkZipBudget(zip, 2000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('counts all entries together', () => {
    const zip = zipOf([
      { name: 'a.xml', content: Buffer.alloc(1200, 'a') },
      { name: 'b.xml', content: Buffer.alloc(1200, 'b') },
    ]);
    expect(checkZipBudget(zip, 2000)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('answers not-zip for anything else', () => {
    expect(checkZipBudget(Buffer.from('hello, this is not a zip archive at all'))).toEqual({ ok: false, reason: 'not-zip' });
    expect(checkZipBudget(Buffer.alloc(0))).toEqual({ ok: false, reason: 'not-zip' });
    const zip = zipOf([{ name: 'a.xml', content: Buffer.from('x') }]);
    expect(checkZipBudget(zip.subarray(10))).toEqual({ ok: false, reason: 'not-zip' });
  });
});
