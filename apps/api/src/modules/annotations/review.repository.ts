import { Injectable } from '@nestjs/common';
import type { AnnotationStatus, AnnotationTargetKind } from '@cxmap/domain';
import type { EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';

export interface OverdueRow {
  journey_id: string;
  journey_name: string;
  stage_id: string;
  stage_name: string;
  id: string;
  title: string;
  owner_team: string | null;
  review_by: string;
  days_overdue: number;
  total: number;
}

export interface UnownedRow {
  id: string;
  title: string;
  status: AnnotationStatus;
  created_at: Date;
  version: number;
  journey_id: string;
  journey_name: string;
  stage_id: string;
  stage_name: string;
  target_kind: AnnotationTargetKind;
  target_id: string;
  target_name: string;
  target_owner_team: string | null;
  total: number;
}

/**
 * Ownership and freshness across a workspace's journeys (archived journeys left out: nobody
 * reviews them). "Today" is the database server's current_date.
 */
@Injectable()
export class ReviewRepository {
  overdueTouchpoints(manager: EntityManager, workspaceId: string, limit: number): Promise<OverdueRow[]> {
    return select<OverdueRow>(
      manager,
      `SELECT j.id AS journey_id, j.name AS journey_name, s.id AS stage_id, s.name AS stage_name,
              t.id, t.title, t.owner_team, to_char(t.review_by, 'YYYY-MM-DD') AS review_by,
              (current_date - t.review_by)::int AS days_overdue, count(*) OVER ()::int AS total
         FROM touchpoints t
         JOIN journeys j ON j.workspace_id = t.workspace_id AND j.id = t.journey_id
         JOIN stages s ON s.workspace_id = t.workspace_id AND s.id = t.stage_id
        WHERE t.workspace_id = $1 AND t.review_by < current_date AND j.status <> 'archived'
        ORDER BY t.review_by, j.name, t.title, t.id
        LIMIT $2`,
      [workspaceId, limit],
    );
  }

  /** Unresolved critical pain points without an owner team, with their target, its stage (a link's: its source's) and journey. */
  unownedCriticalPainPoints(manager: EntityManager, workspaceId: string, limit: number): Promise<UnownedRow[]> {
    return select<UnownedRow>(
      manager,
      `SELECT a.id, a.title, a.status, a.created_at, a.version, j.id AS journey_id, j.name AS journey_name, sg.id AS stage_id, sg.name AS stage_name,
              CASE WHEN a.touchpoint_id IS NOT NULL THEN 'touchpoint' WHEN a.stage_id IS NOT NULL THEN 'stage' ELSE 'link' END AS target_kind,
              COALESCE(a.touchpoint_id, a.stage_id, a.link_id) AS target_id,
              COALESCE(t.title, st.name, l.label, ls.title || ' → ' || lt.title) AS target_name,
              COALESCE(t.owner_team, ls.owner_team) AS target_owner_team,
              count(*) OVER ()::int AS total
         FROM annotations a
         JOIN journeys j ON j.workspace_id = a.workspace_id AND j.id = a.journey_id
         LEFT JOIN touchpoints t ON t.workspace_id = a.workspace_id AND t.id = a.touchpoint_id
         LEFT JOIN stages st ON st.workspace_id = a.workspace_id AND st.id = a.stage_id
         LEFT JOIN links l ON l.workspace_id = a.workspace_id AND l.id = a.link_id
         LEFT JOIN touchpoints ls ON ls.workspace_id = l.workspace_id AND ls.id = l.source_id
         LEFT JOIN touchpoints lt ON lt.workspace_id = l.workspace_id AND lt.id = l.target_id
         JOIN stages sg ON sg.workspace_id = a.workspace_id AND sg.id = COALESCE(t.stage_id, a.stage_id, ls.stage_id)
        WHERE a.workspace_id = $1 AND a.kind = 'pain_point' AND a.severity = 'critical' AND a.owner_team IS NULL
          AND a.status IN ('open', 'in_progress') AND j.status <> 'archived'
        ORDER BY a.created_at, a.id
        LIMIT $2`,
      [workspaceId, limit],
    );
  }

  /** Sets a touchpoint's review-by date; the previous one, or undefined when the touchpoint is not in the journey. */
  async setReviewBy(
    manager: EntityManager,
    workspaceId: string,
    journeyId: string,
    touchpointId: string,
    reviewBy: string | null,
  ): Promise<{ before: string | null; title: string } | undefined> {
    const { rows } = await execute<{ before: string | null; title: string }>(
      manager,
      `UPDATE touchpoints t SET review_by = $4::date
         FROM (SELECT id, to_char(review_by, 'YYYY-MM-DD') AS before FROM touchpoints
                WHERE workspace_id = $1 AND journey_id = $2 AND id = $3 FOR UPDATE) old
        WHERE t.workspace_id = $1 AND t.id = old.id
        RETURNING old.before, t.title`,
      [workspaceId, journeyId, touchpointId, reviewBy],
    );
    return rows[0];
  }
}
