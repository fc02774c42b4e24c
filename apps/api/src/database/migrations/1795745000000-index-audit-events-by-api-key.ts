import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fourth way the audit log is read: one API key's events (integrations ingesting measurements),
 * newest first, and the skip-scan over distinct keys behind the filters. Partial, like the
 * per-person index: only events made by a key are in it.
 */
export class IndexAuditEventsByApiKey1795745000000 implements MigrationInterface {
  name = 'IndexAuditEventsByApiKey1795745000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX audit_events_api_key_idx ON audit_events (workspace_id, actor_api_key_id, id DESC) WHERE actor_api_key_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS audit_events_api_key_idx`);
  }
}
