import { Logger } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { JourneyRenderTask, PortfolioRenderTask, RenderTask } from './render-worker';

/** Where the compiled worker sits in the build: next to this module's compiled file. */
export const BUILT_WORKER_FILE = join(__dirname, 'render-worker.js');

/** Renders waiting for a thread on one instance; more are refused (the job fails at once, rather than waiting for ever). */
const QUEUE_MAX = 64;

/** One thread per spare core, at most two, at least one. */
const DEFAULT_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

/** A render that ran its worker thread out of heap (`resourceLimits`); the thread is replaced, the instance is unharmed. */
export function isOutOfMemory(error: unknown): boolean {
  // By its code: `instanceof Error` fails for an error made in another realm (e.g. a test's VM context).
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * Worker threads that render reports, each with a JS heap of at most `heapMb` (old generation): a
 * report that needs more fails with ERR_WORKER_OUT_OF_MEMORY and its thread ends, rather than growing
 * the instance's heap without bound (buffers outside the heap, such as the file's bytes, are not counted).
 *
 * Renders wait for a thread here, not in piscina's queue: piscina starts a thread for a task it is
 * given, but a task queued behind one whose thread died would wait for the next task to arrive.
 */
export class ExportPool {
  private readonly logger = new Logger(ExportPool.name);
  private readonly pool: Piscina;
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    workerFile: string,
    heapMb: number,
    private readonly threads: number = DEFAULT_THREADS,
  ) {
    this.pool = new Piscina({
      filename: workerFile,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    // A thread that fails outside any task (piscina emits 'error' then) must not end the process.
    this.pool.on('error', (error: unknown) => this.logger.error(`report worker failed: ${String(error)}`));
  }

  /** Renders in a worker; `onProgress` gets the fraction done as the worker reports it. */
  async render(task: JourneyRenderTask | PortfolioRenderTask, onProgress: (fraction: number) => void): Promise<Uint8Array> {
    await this.takeThread();
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (fraction: unknown) => {
      if (typeof fraction === 'number') onProgress(fraction);
    });
    try {
      const withPort: RenderTask = { ...task, progress: port2 };
      return (await this.pool.run(withPort, { transferList: [port2] })) as Uint8Array;
    } finally {
      port1.close();
      this.releaseThread();
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }

  private async takeThread(): Promise<void> {
    if (this.running < this.threads) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= QUEUE_MAX) throw new Error(`${QUEUE_MAX} reports are already waiting on this instance`);
    // The thread is handed over by releaseThread: `running` stays as it is.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private releaseThread(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}
