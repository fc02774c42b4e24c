import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The content tables' keys into their journey; they reference (workspace_id, id) already. */
const JOURNEY_CHILD_FKEYS = [
  ['annotations', 'annotations_journey_fkey'],
  ['export_jobs', 'export_jobs_journey_fkey'],
  ['links', 'links_journey_fkey'],
  ['metric_attachments', 'metric_attachments_journey_fkey'],
  ['share_links', 'share_links_journey_fkey'],
  ['stages', 'stages_journey_fkey'],
  ['touchpoints', 'touchpoints_journey_fkey'],
] as const;

/**
 * Journeys, personas, memberships, invitations, API keys and audit events get primary keys
 * (workspace_id, id), like the content tables: sharding by workspace_id (Citus) needs the
 * distribution column in every primary key, and `journeys.persona_id` now references
 * personas (workspace_id, id), so a journey's persona is in the journey's workspace. Deleting a
 * persona still clears only `persona_id` (`SET NULL (persona_id)`, PostgreSQL 15).
 *
 * `id` alone is no longer unique (every id here comes from the database: gen_random_uuid() or the
 * identity). Keys that the new primary keys repeat go: `journeys_workspace_id_key`,
 * `invitations_workspace_id_key`, `api_keys_workspace_id_key`, and the plain indexes
 * `personas_workspace_idx` and `audit_events_workspace_idx` (the primary key's prefix, read
 * backwards for newest first). The content tables' foreign keys into journeys are dropped and
 * added again unchanged, so they rest on the new primary key instead of the dropped unique key.
 * A journey is still looked up by its id alone (routes without a workspace in the path): a plain
 * index on `journeys (id)` keeps that an index scan. Token and hash lookups keep their unique keys.
 *
 * Runs in one transaction and rebuilds these indexes and re-checks those foreign keys: on a large
 * database, run it in a maintenance window. `down` restores the previous keys exactly; it fails if
 * two rows of one table share an id across workspaces (impossible while the database makes the ids).
 */
export class KeyTenantTablesByWorkspace1795780000000 implements MigrationInterface {
  name = 'KeyTenantTablesByWorkspace1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE journeys DROP CONSTRAINT journeys_persona_id_fkey`);
    for (const [table, fkey] of JOURNEY_CHILD_FKEYS) await q(`ALTER TABLE ${table} DROP CONSTRAINT ${fkey}`);
    await q(`
      ALTER TABLE journeys
        DROP CONSTRAINT journeys_workspace_id_key,
        DROP CONSTRAINT journeys_pkey,
        ADD CONSTRAINT journeys_pkey PRIMARY KEY (workspace_id, id)`);
    await q(`CREATE INDEX journeys_id_idx ON journeys (id)`);
    for (const [table, fkey] of JOURNEY_CHILD_FKEYS) await q(addJourneyChildFkey(table, fkey));

    await q(`ALTER TABLE personas DROP CONSTRAINT personas_pkey, ADD CONSTRAINT personas_pkey PRIMARY KEY (workspace_id, id)`);
    await q(`DROP INDEX personas_workspace_idx`);
    await q(`
      ALTER TABLE journeys ADD CONSTRAINT journeys_persona_fkey FOREIGN KEY (workspace_id, persona_id)
        REFERENCES personas (workspace_id, id) ON DELETE SET NULL (persona_id)`);

    await q(`ALTER TABLE memberships DROP CONSTRAINT memberships_pkey, ADD CONSTRAINT memberships_pkey PRIMARY KEY (workspace_id, id)`);
    for (const table of ['invitations', 'api_keys']) {
      await q(`
        ALTER TABLE ${table}
          DROP CONSTRAINT ${table}_workspace_id_key,
          DROP CONSTRAINT ${table}_pkey,
          ADD CONSTRAINT ${table}_pkey PRIMARY KEY (workspace_id, id)`);
    }
    await q(`ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey, ADD CONSTRAINT audit_events_pkey PRIMARY KEY (workspace_id, id)`);
    await q(`DROP INDEX audit_events_workspace_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE INDEX audit_events_workspace_idx ON audit_events (workspace_id, id DESC)`);
    await q(`ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey, ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id)`);
    for (const table of ['api_keys', 'invitations']) {
      await q(`
        ALTER TABLE ${table}
          DROP CONSTRAINT ${table}_pkey,
          ADD CONSTRAINT ${table}_pkey PRIMARY KEY (id),
          ADD CONSTRAINT ${table}_workspace_id_key UNIQUE (workspace_id, id)`);
    }
    await q(`ALTER TABLE memberships DROP CONSTRAINT memberships_pkey, ADD CONSTRAINT memberships_pkey PRIMARY KEY (id)`);

    await q(`ALTER TABLE journeys DROP CONSTRAINT journeys_persona_fkey`);
    await q(`CREATE INDEX personas_workspace_idx ON personas (workspace_id)`);
    await q(`ALTER TABLE personas DROP CONSTRAINT personas_pkey, ADD CONSTRAINT personas_pkey PRIMARY KEY (id)`);

    for (const [table, fkey] of JOURNEY_CHILD_FKEYS) await q(`ALTER TABLE ${table} DROP CONSTRAINT ${fkey}`);
    await q(`DROP INDEX journeys_id_idx`);
    await q(`
      ALTER TABLE journeys
        DROP CONSTRAINT journeys_pkey,
        ADD CONSTRAINT journeys_pkey PRIMARY KEY (id),
        ADD CONSTRAINT journeys_workspace_id_key UNIQUE (workspace_id, id)`);
    for (const [table, fkey] of JOURNEY_CHILD_FKEYS) await q(addJourneyChildFkey(table, fkey));
    await q(`
      ALTER TABLE journeys ADD CONSTRAINT journeys_persona_id_fkey FOREIGN KEY (persona_id)
        REFERENCES personas (id) ON DELETE SET NULL`);
  }
}

function addJourneyChildFkey(table: string, fkey: string): string {
  return `ALTER TABLE ${table} ADD CONSTRAINT ${fkey} FOREIGN KEY (workspace_id, journey_id)
            REFERENCES journeys (workspace_id, id) ON DELETE CASCADE`;
}
