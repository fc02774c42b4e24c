import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { JourneyRenderTask, PortfolioRenderTask, RenderTask } from './render-worker';

/** Where the compiled worker sits in the build: next to this module's compiled file. */
export const BUILT_WORKER_FILE = join(__dirname, 'render-worker.js');

/** Renders waiting for a thread on one instance; more are refused (the job fails at once, rather than waiting for ever). */
const QUEUE_MAX = 64;

/** A render that ran its worker thread out of heap (`resourceLimits`); the thread is replaced, the instance is unharmed. */
export function isOutOfMemory(error: unknown): boolean {
  // By its code: `instanceof Error` fails for an error made in another realm (e.g. a test's VM context).
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * Worker threads that render reports; at most one thread per spare core (at least one), each with a
 * heap of at most `heapMb` (old generation): a report that needs more fails with ERR_WORKER_OUT_OF_MEMORY
 * and its thread ends, rather than growing the instance's memory without bound.
 */
export class ExportPool {
  private readonly pool: Piscina;

  constructor(workerFile: string, heapMb: number) {
    const threads = Math.max(1, Math.min(2, availableParallelism() - 1));
    this.pool = new Piscina({
      filename: workerFile,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 30_000,
      maxQueue: QUEUE_MAX,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
  }

  /** Renders in a worker; `onProgress` gets the fraction done as the worker reports it. */
  async render(task: JourneyRenderTask | PortfolioRenderTask, onProgress: (fraction: number) => void): Promise<Uint8Array> {
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (fraction: unknown) => {
      if (typeof fraction === 'number') onProgress(fraction);
    });
    try {
      const withPort: RenderTask = { ...task, progress: port2 };
      return (await this.pool.run(withPort, { transferList: [port2] })) as Uint8Array;
    } finally {
      port1.close();
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
