import { Injectable } from '@nestjs/common';
import { EXPORT_LIMITS, type ExportStatus, type Role } from '@cxmap/domain';
import type { ReportFormat, ReportOptions } from '@cxmap/reports';
import { DataSource, type EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';

export interface ExportJobRow {
  workspace_id: string;
  id: string;
  journey_id: string | null;
  share_link_id: string | null;
  format: ReportFormat;
  options: ReportOptions;
  status: ExportStatus;
  progress: number;
  error: string | null;
  file_name: string | null;
  created_at: Date;
  expires_at: Date;
  /** Queued or running, and not heard of for EXPORT_LIMITS.staleMinutes: its instance stopped. */
  stale: boolean;
}

export interface NewExportJob {
  /** Null: the workspace's portfolio. */
  journeyId: string | null;
  shareLinkId: string | null;
  format: ReportFormat;
  options: ReportOptions;
  createdBy: string | null;
}

const STALE = `(j.status IN ('queued', 'running') AND j.updated_at < now() - interval '${EXPORT_LIMITS.staleMinutes} minutes')`;
const JOB_COLUMNS = `j.workspace_id, j.id, j.journey_id, j.share_link_id, j.format, j.options, j.status, j.progress, j.error, j.file_name,
  j.created_at, j.expires_at, ${STALE} AS stale`;
/** Heard of within the stale limit: a job reported failed as stale stays failed. */
const FRESH = `updated_at >= now() - interval '${EXPORT_LIMITS.staleMinutes} minutes'`;
/** A job that still exists for its callers. */
const LIVE = 'j.expires_at > now()';

/** Export jobs; every method is scoped by workspace (and by the member or the share link asking). */
@Injectable()
export class ExportJobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * In the creating transaction: deletes the workspace's expired jobs, then locks the workspace
   * row (so concurrent creations count one after another) and counts the active jobs of the same
   * origin: the members' (shareLinkId null), or one share link's, so a link's holder cannot keep
   * the members waiting.
   */
  async pruneAndCountActive(manager: EntityManager, workspaceId: string, shareLinkId: string | null): Promise<number> {
    await execute(manager, `DELETE FROM export_jobs WHERE workspace_id = $1 AND expires_at <= now()`, [workspaceId]);
    await execute(manager, `SELECT id FROM workspaces WHERE id = $1 FOR NO KEY UPDATE`, [workspaceId]);
    const [row] = await select<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM export_jobs j
        WHERE j.workspace_id = $1 AND j.share_link_id IS NOT DISTINCT FROM $2 AND j.status IN ('queued', 'running') AND NOT ${STALE}`,
      [workspaceId, shareLinkId],
    );
    return row?.n ?? 0;
  }

  /** Deletes every workspace's expired jobs and their files (housekeeping; creating a job also prunes its workspace's). */
  async deleteExpired(): Promise<number> {
    return this.dataSource.transaction(async (manager) => (await execute(manager, `DELETE FROM export_jobs WHERE expires_at <= now()`)).affected);
  }

  /** Marks a queued or running job as alive (it may wait in the worker queue for a while). */
  async heartbeat(workspaceId: string, jobId: string): Promise<void> {
    await this.dataSource.query(`UPDATE export_jobs SET updated_at = now() WHERE workspace_id = $1 AND id = $2 AND status IN ('queued', 'running')`, [workspaceId, jobId]);
  }

  async insert(manager: EntityManager, workspaceId: string, job: NewExportJob): Promise<ExportJobRow> {
    const { rows } = await execute<ExportJobRow>(
      manager,
      `INSERT INTO export_jobs AS j (workspace_id, journey_id, share_link_id, format, options, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, now() + interval '${EXPORT_LIMITS.keepMinutes} minutes')
       RETURNING ${JOB_COLUMNS}`,
      [workspaceId, job.journeyId, job.shareLinkId, job.format, JSON.stringify(job.options), job.createdBy],
    );
    const row = rows[0];
    if (!row) throw new Error('export job insert returned no row');
    return row;
  }

  /** A live job of a workspace `userId` belongs to, with the user's role there; null for any other id. */
  async findForMember(jobId: string, userId: string): Promise<(ExportJobRow & { role: Role }) | null> {
    const rows = await select<ExportJobRow & { role: Role }>(
      this.dataSource.manager,
      `SELECT ${JOB_COLUMNS}, m.role
         FROM export_jobs j
         JOIN memberships m ON m.workspace_id = j.workspace_id AND m.user_id = $2
        WHERE j.id = $1 AND j.share_link_id IS NULL AND ${LIVE}`,
      [jobId, userId],
    );
    return rows[0] ?? null;
  }

  /** A live job made through this share link; null for any other id. */
  async findForLink(jobId: string, workspaceId: string, shareLinkId: string): Promise<ExportJobRow | null> {
    const rows = await select<ExportJobRow>(
      this.dataSource.manager,
      `SELECT ${JOB_COLUMNS} FROM export_jobs j WHERE j.workspace_id = $1 AND j.id = $2 AND j.share_link_id = $3 AND ${LIVE}`,
      [workspaceId, jobId, shareLinkId],
    );
    return rows[0] ?? null;
  }

  async readResult(workspaceId: string, jobId: string): Promise<Buffer | null> {
    const rows = await select<{ result: Buffer | null }>(
      this.dataSource.manager,
      `SELECT j.result FROM export_jobs j WHERE j.workspace_id = $1 AND j.id = $2 AND j.status = 'done' AND ${LIVE}`,
      [workspaceId, jobId],
    );
    return rows[0]?.result ?? null;
  }

  /** Progress of a queued or running job (also its heartbeat); a finished or deleted job is left alone. */
  async setProgress(workspaceId: string, jobId: string, progress: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE export_jobs SET status = 'running', progress = GREATEST(progress, $3), updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND status IN ('queued', 'running')`,
      [workspaceId, jobId, Math.max(0, Math.min(99, Math.round(progress)))],
    );
  }

  async finish(workspaceId: string, jobId: string, result: Uint8Array, fileName: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE export_jobs
          SET status = 'done', progress = 100, result = $3, file_name = $4, error = NULL, updated_at = now(),
              expires_at = now() + interval '${EXPORT_LIMITS.keepMinutes} minutes'
        WHERE workspace_id = $1 AND id = $2 AND status IN ('queued', 'running') AND ${FRESH}`,
      [workspaceId, jobId, Buffer.from(result.buffer, result.byteOffset, result.byteLength), fileName],
    );
  }

  async fail(workspaceId: string, jobId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE export_jobs SET status = 'failed', error = $3, updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND status IN ('queued', 'running')`,
      [workspaceId, jobId, error.slice(0, 500)],
    );
  }
}
