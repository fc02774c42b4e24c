import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Custom metric definitions get a version, like every other row people edit: a rename made on an
 * old copy of the catalog is a 409 instead of silently overwriting someone else's. Existing rows
 * start at 1 (the DEFAULT fills them; no rewrite of the table on PostgreSQL 11+).
 */
export class VersionMetricDefinitions1795770000000 implements MigrationInterface {
  name = 'VersionMetricDefinitions1795770000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE metric_definitions
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD CONSTRAINT metric_definitions_version_check CHECK (version >= 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE metric_definitions DROP COLUMN IF EXISTS version`);
  }
}
