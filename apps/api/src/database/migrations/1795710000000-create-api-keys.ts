import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys of a workspace, for integrations. The secret is never stored: only its sha256 (hex) and
 * its first characters for display. A key works while `revoked_at` is null; `last_used_at` is
 * stamped at most once a minute.
 */
export class CreateApiKeys1795710000000 implements MigrationInterface {
  name = 'CreateApiKeys1795710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        name varchar(80) NOT NULL,
        scopes text[] NOT NULL,
        prefix varchar(16) NOT NULL,
        secret_hash char(64) NOT NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT api_keys_secret_hash_key UNIQUE (secret_hash),
        CONSTRAINT api_keys_workspace_id_key UNIQUE (workspace_id, id),
        CONSTRAINT api_keys_name_check CHECK (char_length(name) BETWEEN 1 AND 80),
        CONSTRAINT api_keys_scopes_check CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['read', 'ingest']::text[])
      )`);
    await queryRunner.query(`CREATE INDEX api_keys_active_idx ON api_keys (workspace_id) WHERE revoked_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS api_keys`);
  }
}
