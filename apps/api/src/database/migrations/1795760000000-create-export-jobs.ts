import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report export jobs. A job is rendered by the instance that accepted it (in a worker thread), but
 * its status, progress and finished file live here, so any instance answers for it. Jobs expire
 * an hour after they were made (deleted lazily). A job made through a share link names that link
 * and is reachable only through it.
 */
export class CreateExportJobs1795760000000 implements MigrationInterface {
  name = 'CreateExportJobs1795760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE export_jobs (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid,
        share_link_id uuid,
        format varchar(10) NOT NULL,
        options jsonb NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'queued',
        progress smallint NOT NULL DEFAULT 0,
        error varchar(500),
        result bytea,
        file_name varchar(200),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT export_jobs_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT export_jobs_id_key UNIQUE (id),
        CONSTRAINT export_jobs_journey_fkey FOREIGN KEY (workspace_id, journey_id)
          REFERENCES journeys (workspace_id, id) ON DELETE CASCADE,
        CONSTRAINT export_jobs_share_link_fkey FOREIGN KEY (workspace_id, share_link_id)
          REFERENCES share_links (workspace_id, id) ON DELETE CASCADE,
        CONSTRAINT export_jobs_status_check CHECK (status IN ('queued', 'running', 'done', 'failed')),
        CONSTRAINT export_jobs_progress_check CHECK (progress BETWEEN 0 AND 100),
        CONSTRAINT export_jobs_result_check CHECK ((status = 'done') = (result IS NOT NULL AND file_name IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX export_jobs_active_idx ON export_jobs (workspace_id) WHERE status IN ('queued', 'running')`);
    await queryRunner.query(`CREATE INDEX export_jobs_expires_idx ON export_jobs (workspace_id, expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS export_jobs`);
  }
}
