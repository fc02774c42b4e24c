import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read-only share links of a journey. The link's token is never stored: only its sha256 (hex). A
 * link works while it is not revoked and `expires_at` is null or in the future. It belongs to its
 * journey through (workspace_id, journey_id), so it can neither leave the journey's workspace nor
 * outlive the journey.
 */
export class CreateShareLinks1795700000000 implements MigrationInterface {
  name = 'CreateShareLinks1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE share_links (
        workspace_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        journey_id uuid NOT NULL,
        token_hash char(64) NOT NULL,
        label varchar(80),
        allow_export boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_opened_at timestamptz,
        CONSTRAINT share_links_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT share_links_token_hash_key UNIQUE (token_hash),
        CONSTRAINT share_links_journey_fkey FOREIGN KEY (workspace_id, journey_id)
          REFERENCES journeys (workspace_id, id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX share_links_journey_idx ON share_links (workspace_id, journey_id) WHERE revoked_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS share_links`);
  }
}
