import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { fileSlug, forShareLinkAudience, type ReportFormat, type ReportOptions } from '@cxmap/reports';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ExportJobsRepository } from './export-jobs.repository';
import { BUILT_WORKER_FILE, ExportPool, isOutOfMemory } from './export-pool';
import { PortfolioService } from '../portfolio/portfolio.service';
import { ReportLoader } from './report-loader';
import type { JourneyRenderTask, PortfolioRenderTask } from './render-worker';

/** A journey's report, or (journeyId null) the workspace's portfolio as a PDF. */
export interface RunnableJob {
  workspaceId: string;
  id: string;
  journeyId: string | null;
  format: ReportFormat;
  options: ReportOptions;
  /** Who reads the file: members see names; a share link's holder does not. */
  audience: 'members' | 'share-link';
}

const EXTENSIONS: Record<ReportFormat, string> = { pdf: 'pdf', pptx: 'pptx', xlsx: 'xlsx', csv: 'csv' };

/** "online-order-2026-12-05.pdf": the journey's name made safe, the day it was made. */
export function exportFileName(journeyName: string, now: Date, format: ReportFormat): string {
  return `${fileSlug(journeyName)}-${now.toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
}

/** Progress as stored: 5 once started, 20 with the data read, then the worker's share up to 95. */
const LOADED = 20;
const RENDER_SHARE = 75;
/** Progress is written at most every this many points (each write is a database round trip). */
const PROGRESS_STEP = 10;
/** A job waiting for a worker, or rendering without progress, says it is alive this often (well within the stale limit). */
const HEARTBEAT_MS = 60_000;
/** Expired jobs of every workspace (and their files) are deleted this often. */
const CLEANUP_MS = 10 * 60_000;

const FAILED = 'The report could not be made. Try again; if it fails again, tell your administrator.';
const TOO_BIG =
  'The report needed more memory than this server allows for one report. Try a shorter date range or fewer sections; if it fails again, tell your administrator (the limit is EXPORT_WORKER_HEAP_MB).';

/**
 * Runs export jobs on this instance: reads the data, renders it in a worker thread, and stores the
 * file (or the failure) on the job row, where any instance reads it. Jobs still running when the
 * app stops are waited for.
 */
@Injectable()
export class ExportRunner implements OnModuleDestroy {
  private readonly logger = new Logger(ExportRunner.name);
  private readonly pool: ExportPool;
  private readonly running = new Set<Promise<void>>();
  private readonly cleanup: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly jobs: ExportJobsRepository,
    private readonly loader: ReportLoader,
    private readonly portfolio: PortfolioService,
  ) {
    this.pool = new ExportPool(config.exportWorkerFile ?? BUILT_WORKER_FILE, config.exportWorkerHeapMb);
    this.cleanup = setInterval(() => void this.deleteExpired(), CLEANUP_MS);
    this.cleanup.unref();
  }

  /** Deletes expired jobs of every workspace; each instance does it, which is harmless. */
  async deleteExpired(): Promise<number> {
    try {
      return await this.jobs.deleteExpired();
    } catch (error) {
      this.logger.warn(`expired exports not deleted: ${String(error)}`);
      return 0;
    }
  }

  /** Starts the job and returns at once; its outcome lands on the job row. */
  start(job: RunnableJob): void {
    const run = this.run(job).finally(() => this.running.delete(run));
    this.running.add(run);
  }

  private async run(job: RunnableJob): Promise<void> {
    const heartbeat = setInterval(() => {
      this.jobs.heartbeat(job.workspaceId, job.id).catch((error: unknown) => this.logger.warn(`export ${job.id}: heartbeat not saved: ${String(error)}`));
    }, HEARTBEAT_MS);
    try {
      const now = new Date();
      await this.jobs.setProgress(job.workspaceId, job.id, 5);
      const { task, fileName } = await this.load(job, now);
      await this.jobs.setProgress(job.workspaceId, job.id, LOADED);
      let written = LOADED;
      const bytes = await this.pool.render(task, (fraction) => {
        const progress = LOADED + fraction * RENDER_SHARE;
        if (progress - written < PROGRESS_STEP) return;
        written = progress;
        this.jobs.setProgress(job.workspaceId, job.id, progress).catch((error: unknown) => this.logger.warn(`export ${job.id}: progress not saved: ${String(error)}`));
      });
      await this.jobs.finish(job.workspaceId, job.id, bytes, fileName);
    } catch (error) {
      this.logger.error(`export ${job.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await this.jobs
        .fail(job.workspaceId, job.id, isOutOfMemory(error) ? TOO_BIG : FAILED)
        .catch((failure: unknown) => this.logger.error(`export ${job.id}: failure not saved: ${String(failure)}`));
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** The worker's task and the file's name: a journey's rows, or the workspace's portfolio. */
  private async load(job: RunnableJob, now: Date): Promise<{ task: JourneyRenderTask | PortfolioRenderTask; fileName: string }> {
    if (job.journeyId === null) {
      const range = job.options.range ?? {};
      const report = await this.portfolio.report(job.workspaceId, range, now);
      return { task: { kind: 'portfolio', report }, fileName: exportFileName(`${report.workspace.name} portfolio`, now, 'pdf') };
    }
    const loaded = await this.loader.load(job.workspaceId, job.journeyId, job.options, now);
    const input = job.audience === 'share-link' ? forShareLinkAudience(loaded) : loaded;
    return {
      task: { kind: 'journey', input, options: job.options, now: now.toISOString(), format: job.format },
      fileName: exportFileName(input.journey.name, now, job.format),
    };
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.cleanup);
    await Promise.allSettled([...this.running]);
    await this.pool.destroy();
  }
}
