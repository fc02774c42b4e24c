import { Injectable } from '@nestjs/common';
import { groupBy, type AnnotationKind, type AnnotationSeverity, type AnnotationStatus, type EvidenceItem } from '@cxmap/domain';
import type { ReportInputAnnotation, ReportInputMeasurement } from '@cxmap/reports';
import { DataSource } from 'typeorm';
import { select } from '../../database/sql';

interface AnnotationRow {
  id: string;
  touchpoint_id: string | null;
  stage_id: string | null;
  link_id: string | null;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  status: AnnotationStatus;
  title: string;
  body: string;
  owner_team: string | null;
  evidence: EvidenceItem[];
  author: string;
  created_at: Date;
}

interface ReplyRow {
  annotation_id: string;
  author: string;
  body: string;
  created_at: Date;
}

/** Reads for a report that no other module serves in this shape; scoped by workspace and journey. */
@Injectable()
export class ReportSourceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async workspaceName(workspaceId: string): Promise<string> {
    const [row] = await select<{ name: string }>(this.dataSource.manager, `SELECT name FROM workspaces WHERE id = $1`, [workspaceId]);
    return row?.name ?? '';
  }

  async latestPeriodStart(workspaceId: string, journeyId: string): Promise<string | null> {
    const [row] = await select<{ latest: string | null }>(
      this.dataSource.manager,
      `SELECT to_char(max(period_start), 'YYYY-MM-DD') AS latest FROM metric_measurements WHERE workspace_id = $1 AND journey_id = $2`,
      [workspaceId, journeyId],
    );
    return row?.latest ?? null;
  }

  /**
   * The journey's measurement rows in [from, to], by attachment, each as the report builder takes it
   * (only the figures of its kind). PostgreSQL shapes them, one JSON array per attachment: read as
   * 50,000 rows of 20 columns, they were ~40 MB of short-lived objects on the API's thread per report.
   */
  async measurements(workspaceId: string, journeyId: string, from: string, to: string): Promise<Map<string, ReportInputMeasurement[]>> {
    const rows = await select<{ attachment_id: string; measurements: ReportInputMeasurement[] }>(
      this.dataSource.manager,
      `SELECT m.attachment_id,
              json_agg(json_strip_nulls(json_build_object(
                'period', m.period_kind, 'periodStart', to_char(m.period_start, 'YYYY-MM-DD'), 'dimension', m.dimension, 'source', m.source,
                'promoters', m.promoters, 'passives', m.passives, 'detractors', m.detractors,
                'ratings', CASE WHEN m.kind = 'csat' THEN json_build_array(m.rating_1, m.rating_2, m.rating_3, m.rating_4, m.rating_5) END,
                'mean', m.mean, 'count', m.count, 'numerator', m.numerator, 'denominator', m.denominator, 'value', m.value,
                'sampleSize', CASE WHEN m.kind IN ('ratio', 'value') THEN m.sample_size::float8 END
              )) ORDER BY m.period_start, m.period_kind, m.dimension) AS measurements
         FROM metric_measurements m
        WHERE m.workspace_id = $1 AND m.journey_id = $2 AND m.period_start BETWEEN $3::date AND $4::date
        GROUP BY m.attachment_id`,
      [workspaceId, journeyId, from, to],
    );
    return new Map(rows.map((row) => [row.attachment_id, row.measurements]));
  }

  /** Every annotation of the journey with its replies (two queries). */
  async annotations(workspaceId: string, journeyId: string): Promise<ReportInputAnnotation[]> {
    const rows = await select<AnnotationRow>(
      this.dataSource.manager,
      `SELECT a.id, a.touchpoint_id, a.stage_id, a.link_id, a.kind, a.severity, a.status, a.title, a.body, a.owner_team, a.evidence,
              COALESCE(u.name, a.author_name) AS author, a.created_at
         FROM annotations a LEFT JOIN users u ON u.id = a.author_id
        WHERE a.workspace_id = $1 AND a.journey_id = $2
        ORDER BY a.created_at, a.id`,
      [workspaceId, journeyId],
    );
    const replies = await select<ReplyRow>(
      this.dataSource.manager,
      `SELECT r.annotation_id, COALESCE(u.name, r.author_name) AS author, r.body, r.created_at
         FROM annotation_replies r
         JOIN annotations a ON a.workspace_id = r.workspace_id AND a.id = r.annotation_id
         LEFT JOIN users u ON u.id = r.author_id
        WHERE r.workspace_id = $1 AND a.journey_id = $2
        ORDER BY r.created_at, r.id`,
      [workspaceId, journeyId],
    );
    const repliesOf = groupBy(
      replies,
      (reply) => reply.annotation_id,
      (reply) => ({ author: reply.author, body: reply.body, createdAt: reply.created_at.toISOString() }),
    );
    return rows.map((row) => ({
      id: row.id,
      target:
        row.touchpoint_id !== null
          ? { kind: 'touchpoint', id: row.touchpoint_id }
          : row.stage_id !== null
            ? { kind: 'stage', id: row.stage_id }
            : { kind: 'link', id: row.link_id ?? '' },
      kind: row.kind,
      severity: row.severity,
      status: row.status,
      title: row.title,
      body: row.body,
      ownerTeam: row.owner_team,
      author: row.author,
      createdAt: row.created_at.toISOString(),
      evidence: row.evidence,
      replies: repliesOf.get(row.id) ?? [],
    }));
  }
}
