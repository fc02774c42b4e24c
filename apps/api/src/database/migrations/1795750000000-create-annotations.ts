import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annotations (pain points, opportunities, ideas, comments) on a touchpoint, stage or link, and
 * their replies.
 *
 * An annotation hangs off exactly one target through (workspace_id, journey_id, …) keys, like
 * metric attachments, and goes with it when the target is deleted (also through `/changes`).
 * Evidence is a small jsonb array whose shape the API validates (kind, text, http(s) url); the
 * CHECK only holds its outline. The author is kept as a user id that a deleted account sets to
 * null, with the name at writing time, so the thread stays readable.
 *
 * Replies are one level deep: a reply answers an annotation, never another reply.
 *
 * Touchpoints already carry `review_by` (first migration); it gets the index the needs-review
 * queue reads.
 */
export class CreateAnnotations1795750000000 implements MigrationInterface {
  name = 'CreateAnnotations1795750000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE annotations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        touchpoint_id uuid,
        stage_id uuid,
        link_id uuid,
        kind varchar(20) NOT NULL,
        severity varchar(10),
        title varchar(200) NOT NULL,
        body text NOT NULL DEFAULT '',
        status varchar(20) NOT NULL DEFAULT 'open',
        owner_team varchar(100),
        evidence jsonb NOT NULL DEFAULT '[]'::jsonb,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        author_name varchar(200) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        CONSTRAINT annotations_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT annotations_journey_id_key UNIQUE (workspace_id, journey_id, id),
        CONSTRAINT annotations_journey_fkey FOREIGN KEY (workspace_id, journey_id)
          REFERENCES journeys (workspace_id, id) ON DELETE CASCADE,
        CONSTRAINT annotations_touchpoint_fkey FOREIGN KEY (workspace_id, journey_id, touchpoint_id)
          REFERENCES touchpoints (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT annotations_stage_fkey FOREIGN KEY (workspace_id, journey_id, stage_id)
          REFERENCES stages (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT annotations_link_fkey FOREIGN KEY (workspace_id, journey_id, link_id)
          REFERENCES links (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT annotations_one_target_check CHECK (num_nonnulls(touchpoint_id, stage_id, link_id) = 1),
        CONSTRAINT annotations_kind_check CHECK (kind IN ('pain_point', 'opportunity', 'idea', 'comment')),
        CONSTRAINT annotations_severity_check CHECK (
          CASE WHEN kind = 'pain_point' THEN severity IN ('low', 'medium', 'high', 'critical') ELSE severity IS NULL END),
        CONSTRAINT annotations_title_check CHECK (char_length(title) BETWEEN 1 AND 200),
        CONSTRAINT annotations_body_check CHECK (char_length(body) <= 10000),
        CONSTRAINT annotations_status_check CHECK (status IN ('open', 'in_progress', 'resolved', 'wont_fix')),
        CONSTRAINT annotations_resolved_at_check CHECK ((status IN ('resolved', 'wont_fix')) = (resolved_at IS NOT NULL)),
        CONSTRAINT annotations_evidence_check CHECK (jsonb_typeof(evidence) = 'array' AND jsonb_array_length(evidence) <= 10),
        CONSTRAINT annotations_version_check CHECK (version >= 1)
      )`);
    // The journey's list (newest first, keyset on created_at, id) and the per-target filter.
    await queryRunner.query(`CREATE INDEX annotations_journey_idx ON annotations (workspace_id, journey_id, created_at DESC, id DESC)`);
    await queryRunner.query(
      `CREATE INDEX annotations_touchpoint_idx ON annotations (workspace_id, journey_id, touchpoint_id) WHERE touchpoint_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX annotations_stage_idx ON annotations (workspace_id, journey_id, stage_id) WHERE stage_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX annotations_link_idx ON annotations (workspace_id, journey_id, link_id) WHERE link_id IS NOT NULL`);
    // The needs-review queue: unresolved critical pain points nobody owns.
    await queryRunner.query(
      `CREATE INDEX annotations_unowned_critical_idx ON annotations (workspace_id, created_at)
        WHERE kind = 'pain_point' AND severity = 'critical' AND owner_team IS NULL AND status IN ('open', 'in_progress')`,
    );
    await queryRunner.query(`CREATE INDEX annotations_author_idx ON annotations (author_id) WHERE author_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE annotation_replies (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        journey_id uuid NOT NULL,
        annotation_id uuid NOT NULL,
        body text NOT NULL,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        author_name varchar(200) NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT annotation_replies_pkey PRIMARY KEY (workspace_id, id),
        CONSTRAINT annotation_replies_annotation_fkey FOREIGN KEY (workspace_id, journey_id, annotation_id)
          REFERENCES annotations (workspace_id, journey_id, id) ON DELETE CASCADE,
        CONSTRAINT annotation_replies_body_check CHECK (char_length(body) BETWEEN 1 AND 5000),
        CONSTRAINT annotation_replies_version_check CHECK (version >= 1)
      )`);
    await queryRunner.query(`CREATE INDEX annotation_replies_annotation_idx ON annotation_replies (workspace_id, annotation_id, created_at, id)`);
    await queryRunner.query(`CREATE INDEX annotation_replies_author_idx ON annotation_replies (author_id) WHERE author_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX touchpoints_review_by_idx ON touchpoints (workspace_id, review_by) WHERE review_by IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS touchpoints_review_by_idx`);
    await queryRunner.query(`DROP TABLE IF EXISTS annotation_replies`);
    await queryRunner.query(`DROP TABLE IF EXISTS annotations`);
  }
}
