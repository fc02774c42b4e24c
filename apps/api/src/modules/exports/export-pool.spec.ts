import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PortfolioReport } from '@cxmap/reports';
import { ExportPool, isOutOfMemory } from './export-pool';

// A stand-in for the compiled report worker: a "portfolio" task allocates until its heap is exhausted,
// a "journey" task answers three bytes. The pool, its threads and their heap limit are real.
const WORKER = `
module.exports = async function render(task) {
  task.progress.close();
  if (task.kind === 'portfolio') {
    const hoard = [];
    for (;;) hoard.push(new Array(100000).fill(hoard.length));
  }
  return new Uint8Array([1, 2, 3]);
};
`;

describe('ExportPool', () => {
  let dir: string;
  let pool: ExportPool;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cxmap-export-pool-'));
    writeFileSync(join(dir, 'worker.js'), WORKER);
    // One thread, as on a 2-core machine: a render queued behind the one that runs out of memory must still run.
    pool = new ExportPool(join(dir, 'worker.js'), 32, 1);
  });

  afterAll(async () => {
    await pool.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  // Only `kind` matters to the stand-in worker.
  const hog = { kind: 'portfolio' as const, report: {} as PortfolioReport };
  const small = { kind: 'journey' as const, input: {}, options: {}, now: new Date(0).toISOString(), format: 'pdf' } as Parameters<ExportPool['render']>[0];

  it('fails a render that outgrows the heap limit with ERR_WORKER_OUT_OF_MEMORY, runs the one queued behind it, and keeps serving', async () => {
    const failing = pool.render(hog, () => undefined).then(
      () => null,
      (error: unknown) => error,
    );
    const queued = pool.render(small, () => undefined);
    expect(isOutOfMemory(await failing)).toBe(true);
    await expect(queued).resolves.toEqual(new Uint8Array([1, 2, 3]));
    await expect(pool.render(small, () => undefined)).resolves.toEqual(new Uint8Array([1, 2, 3]));
  }, 30_000);

  it('tells an out-of-memory failure from any other', () => {
    expect(isOutOfMemory(new Error('boom'))).toBe(false);
    expect(isOutOfMemory('ERR_WORKER_OUT_OF_MEMORY')).toBe(false);
  });
});
