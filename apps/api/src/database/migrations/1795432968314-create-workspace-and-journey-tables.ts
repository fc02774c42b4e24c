import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (workspaces, users, memberships, sessions) and journey content (personas, journeys,
 * stages, touchpoints, links). PostgreSQL 15 SQL; enum lists are frozen here on purpose: a later
 * value gets a migration of its own.
 *
 * Stages, touchpoints and links get their ids from the client, so their keys are
 * (workspace_id, id): an id only collides inside its own workspace, and nobody learns whether an
 * id exists elsewhere. Every foreign key between content tables carries workspace_id, which keeps a
 * row in its journey's workspace and is what sharding by workspace_id (Citus) requires.
 */
export class CreateWorkspaceAndJourneyTables1795432968314 implements MigrationInterface {
  name = 'CreateWorkspaceAndJourneyTables1795432968314';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE workspaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        name varchar(200) NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email),
        CONSTRAINT users_email_lower_check CHECK (email = lower(email))
      )`);
    await queryRunner.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role varchar(20) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_workspace_user_key UNIQUE (workspace_id, user_id),
        CONSTRAINT memberships_role_check CHECK (role IN ('owner', 'editor', 'commenter', 'viewer'))
      )`);
    await queryRunner.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash)
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE personas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        goals text NOT NULL DEFAULT '',
        frustrations text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX personas_workspace_idx ON personas (workspace_id)`);
    await queryRunner.query(`
      CREATE TABLE journeys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        persona_id uuid REFERENCES personas (id) ON DELETE SET NULL,
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        state varchar(20) NOT NULL DEFAULT 'current',
        status varchar(20) NOT NULL DEFAULT 'draft',
        revision integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT journeys_state_check CHECK (state IN ('current', 'future')),
        CONSTRAINT journeys_status_check CHECK (status IN ('draft', 'published', 'archived')),
        CONSTRAINT journeys_workspace_id_key UNIQUE (workspace_id, id),
        CONSTRAINT journeys_revision_check CHECK (revision >= 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE stages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        name varchar(200) NOT NULL,
        phase varchar(20) NOT NULL,
        "order" double precision NOT NULL,
        customer_goal text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stages_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT stages_journey_id_key UNIQUE (workspace_id, journey_id, id),
        CONSTRAINT stages_journey_fkey FOREIGN KEY (workspace_id, journey_id)
          REFERENCES journeys (workspace_id, id) ON DELETE CASCADE,
        CONSTRAINT stages_phase_check CHECK (phase IN ('awareness', 'discovery', 'attraction', 'interaction',
          'purchase', 'use', 'cultivation', 'advocacy', 'custom')),
        CONSTRAINT stages_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE touchpoints (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        stage_id uuid NOT NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        channel varchar(20) NOT NULL,
        interaction varchar(20) NOT NULL,
        owner_team varchar(100),
        layer varchar(20) NOT NULL,
        emotion smallint,
        position_x double precision NOT NULL DEFAULT 0,
        position_y double precision NOT NULL DEFAULT 0,
        review_by date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT touchpoints_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT touchpoints_journey_id_key UNIQUE (workspace_id, journey_id, id),
        CONSTRAINT touchpoints_journey_fkey FOREIGN KEY (workspace_id, journey_id)
          REFERENCES journeys (workspace_id, id) ON DELETE CASCADE,
        CONSTRAINT touchpoints_stage_fkey FOREIGN KEY (workspace_id, journey_id, stage_id)
          REFERENCES stages (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT touchpoints_channel_check CHECK (channel IN ('web', 'mobile_app', 'email', 'phone', 'live_chat',
          'social', 'in_person', 'advertising', 'mail', 'product', 'self_service', 'review_site', 'sms', 'other')),
        CONSTRAINT touchpoints_interaction_check CHECK (interaction IN ('personnel', 'digital', 'marketing', 'product')),
        CONSTRAINT touchpoints_layer_check CHECK (layer IN ('customer', 'frontstage', 'backstage', 'support')),
        CONSTRAINT touchpoints_emotion_check CHECK (emotion BETWEEN -2 AND 2),
        CONSTRAINT touchpoints_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX touchpoints_stage_idx ON touchpoints (workspace_id, journey_id, stage_id)`);
    await queryRunner.query(`
      CREATE TABLE links (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        source_id uuid NOT NULL,
        target_id uuid NOT NULL,
        type varchar(20) NOT NULL,
        label varchar(200),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT links_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT links_journey_fkey FOREIGN KEY (workspace_id, journey_id)
          REFERENCES journeys (workspace_id, id) ON DELETE CASCADE,
        CONSTRAINT links_source_fkey FOREIGN KEY (workspace_id, journey_id, source_id)
          REFERENCES touchpoints (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT links_target_fkey FOREIGN KEY (workspace_id, journey_id, target_id)
          REFERENCES touchpoints (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT links_type_check CHECK (type IN ('leads_to', 'hand_off', 'escalation', 'depends_on', 'feedback_loop')),
        CONSTRAINT links_not_self_check CHECK (source_id <> target_id),
        CONSTRAINT links_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX links_workspace_journey_idx ON links (workspace_id, journey_id)`);
    await queryRunner.query(`CREATE INDEX links_source_idx ON links (workspace_id, journey_id, source_id)`);
    await queryRunner.query(`CREATE INDEX links_target_idx ON links (workspace_id, journey_id, target_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['links', 'touchpoints', 'stages', 'journeys', 'personas', 'sessions', 'memberships', 'users', 'workspaces']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
