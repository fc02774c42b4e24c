import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Metrics: workspace-custom metric definitions (the built-in ones live in code), metrics attached
 * to a touchpoint or a link with target and warning threshold, and measurements keeping the raw
 * figures of each period. Scores and health are computed on read, never stored.
 *
 * An attachment hangs off exactly one touchpoint or link through (workspace_id, journey_id, …)
 * keys, like the rest of the journey content, and goes with it when it is deleted. A measurement
 * repeats its attachment's kind, and the foreign key includes it, so the CHECKs below can hold
 * each row to the figures of its kind.
 */
export class CreateMetrics1795740000000 implements MigrationInterface {
  name = 'CreateMetrics1795740000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const kinds = `('nps', 'csat', 'mean', 'ratio', 'value')`;
    await queryRunner.query(`
      CREATE TABLE metric_definitions (
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        key varchar(48) NOT NULL,
        name varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        family varchar(20) NOT NULL,
        unit varchar(20) NOT NULL,
        scale_min double precision,
        scale_max double precision,
        direction varchar(10) NOT NULL,
        kind varchar(10) NOT NULL,
        value_pooling varchar(10),
        applies_to varchar(20)[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT metric_definitions_pkey PRIMARY KEY (workspace_id, key),
        CONSTRAINT metric_definitions_key_check CHECK (key ~ '^[a-z][a-z0-9_]{1,47}$'),
        CONSTRAINT metric_definitions_family_check CHECK (family IN ('quality', 'operational', 'financial')),
        CONSTRAINT metric_definitions_unit_check CHECK (unit IN ('percent', 'score', 'seconds', 'currency', 'count', 'ratio')),
        CONSTRAINT metric_definitions_direction_check CHECK (direction IN ('higher', 'lower')),
        CONSTRAINT metric_definitions_kind_check CHECK (kind IN ${kinds}),
        CONSTRAINT metric_definitions_pooling_check CHECK (
          (kind = 'value') = (value_pooling IS NOT NULL) AND (value_pooling IS NULL OR value_pooling IN ('sum', 'mean'))),
        CONSTRAINT metric_definitions_scale_check CHECK (
          (scale_min IS NULL) = (scale_max IS NULL) AND (scale_min IS NULL OR scale_min < scale_max)),
        CONSTRAINT metric_definitions_applies_to_check CHECK (
          cardinality(applies_to) >= 1 AND applies_to <@ ARRAY['touchpoint', 'link']::varchar(20)[])
      )`);
    // Links had no (workspace, journey, id) key yet; attachments need one to stay in their link's journey.
    await queryRunner.query(`ALTER TABLE links ADD CONSTRAINT links_journey_id_key UNIQUE (workspace_id, journey_id, id)`);
    await queryRunner.query(`
      CREATE TABLE metric_attachments (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        touchpoint_id uuid,
        link_id uuid,
        metric_key varchar(48) NOT NULL,
        kind varchar(10) NOT NULL,
        target double precision NOT NULL,
        warning double precision NOT NULL,
        is_key boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT metric_attachments_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT metric_attachments_kind_key UNIQUE (workspace_id, journey_id, id, kind),
        CONSTRAINT metric_attachments_journey_fkey FOREIGN KEY (workspace_id, journey_id)
          REFERENCES journeys (workspace_id, id) ON DELETE CASCADE,
        CONSTRAINT metric_attachments_touchpoint_fkey FOREIGN KEY (workspace_id, journey_id, touchpoint_id)
          REFERENCES touchpoints (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT metric_attachments_link_fkey FOREIGN KEY (workspace_id, journey_id, link_id)
          REFERENCES links (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT metric_attachments_one_target_check CHECK (num_nonnulls(touchpoint_id, link_id) = 1),
        CONSTRAINT metric_attachments_touchpoint_metric_key UNIQUE (workspace_id, touchpoint_id, metric_key),
        CONSTRAINT metric_attachments_link_metric_key UNIQUE (workspace_id, link_id, metric_key),
        CONSTRAINT metric_attachments_kind_check CHECK (kind IN ${kinds}),
        CONSTRAINT metric_attachments_thresholds_check CHECK (
          target BETWEEN -1e12 AND 1e12 AND warning BETWEEN -1e12 AND 1e12),
        CONSTRAINT metric_attachments_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX metric_attachments_journey_idx ON metric_attachments (workspace_id, journey_id, metric_key)`);
    await queryRunner.query(`
      CREATE TABLE metric_measurements (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        attachment_id uuid NOT NULL,
        kind varchar(10) NOT NULL,
        period_kind varchar(10) NOT NULL,
        period_start date NOT NULL,
        dimension varchar(100) NOT NULL DEFAULT '',
        source varchar(10) NOT NULL,
        promoters integer,
        passives integer,
        detractors integer,
        rating_1 integer,
        rating_2 integer,
        rating_3 integer,
        rating_4 integer,
        rating_5 integer,
        mean double precision,
        count integer,
        numerator double precision,
        denominator double precision,
        value double precision,
        sample_size bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT metric_measurements_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT metric_measurements_period_key UNIQUE (workspace_id, attachment_id, period_kind, period_start, dimension),
        CONSTRAINT metric_measurements_attachment_fkey FOREIGN KEY (workspace_id, journey_id, attachment_id, kind)
          REFERENCES metric_attachments (workspace_id, journey_id, id, kind) ON DELETE CASCADE,
        CONSTRAINT metric_measurements_period_kind_check CHECK (period_kind IN ('day', 'week', 'month')),
        CONSTRAINT metric_measurements_period_start_check CHECK (
          (period_kind <> 'week' OR extract(isodow FROM period_start) = 1)
          AND (period_kind <> 'month' OR extract(day FROM period_start) = 1)),
        CONSTRAINT metric_measurements_source_check CHECK (source IN ('manual', 'csv', 'api')),
        CONSTRAINT metric_measurements_non_negative_check CHECK (
          promoters >= 0 AND passives >= 0 AND detractors >= 0
          AND rating_1 >= 0 AND rating_2 >= 0 AND rating_3 >= 0 AND rating_4 >= 0 AND rating_5 >= 0
          AND mean >= 0 AND count >= 0 AND numerator >= 0 AND denominator >= 0 AND value >= 0 AND sample_size >= 0
        ),
        CONSTRAINT metric_measurements_figures_check CHECK (CASE kind
          WHEN 'nps' THEN num_nonnulls(promoters, passives, detractors) = 3
            AND num_nonnulls(rating_1, rating_2, rating_3, rating_4, rating_5, mean, count, numerator, denominator, value) = 0
            AND promoters + passives + detractors > 0 AND sample_size = promoters + passives + detractors
          WHEN 'csat' THEN num_nonnulls(rating_1, rating_2, rating_3, rating_4, rating_5) = 5
            AND num_nonnulls(promoters, passives, detractors, mean, count, numerator, denominator, value) = 0
            AND rating_1 + rating_2 + rating_3 + rating_4 + rating_5 > 0
            AND sample_size = rating_1 + rating_2 + rating_3 + rating_4 + rating_5
          WHEN 'mean' THEN num_nonnulls(mean, count) = 2
            AND num_nonnulls(promoters, passives, detractors, rating_1, rating_2, rating_3, rating_4, rating_5,
              numerator, denominator, value) = 0
            AND count > 0 AND sample_size = count
          WHEN 'ratio' THEN num_nonnulls(numerator, denominator) = 2
            AND num_nonnulls(promoters, passives, detractors, rating_1, rating_2, rating_3, rating_4, rating_5,
              mean, count, value) = 0
            AND denominator > 0
          WHEN 'value' THEN value IS NOT NULL
            AND num_nonnulls(promoters, passives, detractors, rating_1, rating_2, rating_3, rating_4, rating_5,
              mean, count, numerator, denominator) = 0
          ELSE false END)
      )`);
    await queryRunner.query(
      `CREATE INDEX metric_measurements_journey_idx ON metric_measurements (workspace_id, journey_id, period_kind, period_start)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS metric_measurements`);
    await queryRunner.query(`DROP TABLE IF EXISTS metric_attachments`);
    await queryRunner.query(`ALTER TABLE links DROP CONSTRAINT IF EXISTS links_journey_id_key`);
    await queryRunner.query(`DROP TABLE IF EXISTS metric_definitions`);
  }
}
