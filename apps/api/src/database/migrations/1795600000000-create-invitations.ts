import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations to a workspace. The link's token is never stored: only its sha256 (hex). A row is
 * pending while it is neither accepted nor revoked and `expires_at` is in the future; accepting
 * stamps `accepted_at` in the same statement that checks all three, so a link works once.
 */
export class CreateInvitations1795600000000 implements MigrationInterface {
  name = 'CreateInvitations1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        role varchar(20) NOT NULL,
        token_hash char(64) NOT NULL,
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitations_token_hash_key UNIQUE (token_hash),
        CONSTRAINT invitations_workspace_id_key UNIQUE (workspace_id, id),
        CONSTRAINT invitations_email_lower_check CHECK (email = lower(email)),
        CONSTRAINT invitations_role_check CHECK (role IN ('owner', 'editor', 'commenter', 'viewer'))
      )`);
    await queryRunner.query(
      `CREATE INDEX invitations_pending_idx ON invitations (workspace_id, email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS invitations`);
  }
}
