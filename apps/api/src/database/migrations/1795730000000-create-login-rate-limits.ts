import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-in counters of rate-limiter-flexible's PostgreSQL store (its own schema: `key`,
 * `points`, `expire` in epoch milliseconds). Created here so no instance needs DDL rights at runtime.
 */
export class CreateLoginRateLimits1795730000000 implements MigrationInterface {
  name = 'CreateLoginRateLimits1795730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE login_rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS login_rate_limits`);
  }
}
