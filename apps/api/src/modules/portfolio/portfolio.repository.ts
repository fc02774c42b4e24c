import { Injectable } from '@nestjs/common';
import type { AnnotationSeverity, DateRange, JourneyState, JourneyStatus, PeriodKind } from '@cxmap/domain';
import type { EntityManager } from 'typeorm';
import { select } from '../../database/sql';
import { TOTALS_COLUMNS, type TotalsRow } from '../metrics/metric-rows';

export interface PortfolioJourneyRow {
  id: string;
  name: string;
  state: JourneyState;
  status: JourneyStatus;
  updated_at: Date;
  stage_count: number;
  touchpoint_count: number;
}

export interface OpenPainRow {
  journey_id: string;
  severity: AnnotationSeverity;
  n: number;
}

/**
 * A key metric attachment of a touchpoint with its figures summed over its latest period inside one
 * of the two ranges (`current`: the asked range; false: the one before). An attachment with no
 * measurement in either range comes once, with `current` null and `period_kind` null.
 */
export interface KeyMetricPeriodRow extends TotalsRow {
  attachment_id: string;
  journey_id: string;
  metric_key: string;
  target: number;
  warning: number;
  current: boolean | null;
  period_kind: PeriodKind | null;
  period_start: string | null;
}

/**
 * The portfolio's figures for every journey of a workspace, each aggregated in SQL: one query per
 * kind of figure, however many journeys the workspace holds.
 */
@Injectable()
export class PortfolioRepository {
  async workspaceName(manager: EntityManager, workspaceId: string): Promise<string | null> {
    const rows = await select<{ name: string }>(manager, `SELECT name FROM workspaces WHERE id = $1`, [workspaceId]);
    return rows[0]?.name ?? null;
  }

  journeys(manager: EntityManager, workspaceId: string): Promise<PortfolioJourneyRow[]> {
    return select<PortfolioJourneyRow>(
      manager,
      `SELECT j.id, j.name, j.state, j.status, j.updated_at,
              coalesce(s.n, 0)::int AS stage_count, coalesce(t.n, 0)::int AS touchpoint_count
         FROM journeys j
         LEFT JOIN (SELECT journey_id, count(*) AS n FROM stages WHERE workspace_id = $1 GROUP BY journey_id) s ON s.journey_id = j.id
         LEFT JOIN (SELECT journey_id, count(*) AS n FROM touchpoints WHERE workspace_id = $1 GROUP BY journey_id) t ON t.journey_id = j.id
        WHERE j.workspace_id = $1
        ORDER BY j.name, j.id`,
      [workspaceId],
    );
  }

  /** Unresolved (open or in progress) pain points per journey and severity, on touchpoints, stages and links alike. */
  openPains(manager: EntityManager, workspaceId: string): Promise<OpenPainRow[]> {
    return select<OpenPainRow>(
      manager,
      `SELECT journey_id, severity, count(*)::int AS n
         FROM annotations
        WHERE workspace_id = $1 AND kind = 'pain_point' AND status IN ('open', 'in_progress')
        GROUP BY journey_id, severity`,
      [workspaceId],
    );
  }

  /**
   * For each key metric of a touchpoint, in each of the two ranges: its latest period there (latest
   * start; for equal starts the longest kind, as on the canvas) and the raw figures of that period
   * summed over its dimensions. `previous.from` ≤ `range.from`, and `previous` ends the day before
   * `range` starts (previousRange), so one scan from `previous.from` to `range.to` serves both.
   */
  keyMetricPeriods(manager: EntityManager, workspaceId: string, range: DateRange, previous: DateRange): Promise<KeyMetricPeriodRow[]> {
    return select<KeyMetricPeriodRow>(
      manager,
      `WITH keyed AS (
         SELECT a.id, a.journey_id, a.metric_key, a.target, a.warning
           FROM metric_attachments a
          WHERE a.workspace_id = $1 AND a.is_key AND a.touchpoint_id IS NOT NULL
       ), latest AS (
         SELECT DISTINCT ON (m.attachment_id, m.period_start >= $3::date)
                m.attachment_id, (m.period_start >= $3::date) AS current, m.period_kind, m.period_start
           FROM metric_measurements m
           JOIN keyed k ON k.id = m.attachment_id
          WHERE m.workspace_id = $1 AND m.period_start >= $2::date AND m.period_start <= $4::date
          ORDER BY m.attachment_id, m.period_start >= $3::date, m.period_start DESC,
                   CASE m.period_kind WHEN 'month' THEN 0 WHEN 'week' THEN 1 ELSE 2 END
       )
       SELECT k.id AS attachment_id, k.journey_id, k.metric_key, k.target, k.warning,
              l.current, l.period_kind, to_char(l.period_start, 'YYYY-MM-DD') AS period_start, ${TOTALS_COLUMNS}
         FROM keyed k
         LEFT JOIN latest l ON l.attachment_id = k.id
         LEFT JOIN metric_measurements m
           ON m.workspace_id = $1 AND m.attachment_id = l.attachment_id AND m.period_kind = l.period_kind AND m.period_start = l.period_start
        GROUP BY k.id, k.journey_id, k.metric_key, k.target, k.warning, l.current, l.period_kind, l.period_start`,
      [workspaceId, previous.from, range.from, range.to],
    );
  }
}
