import { Injectable } from '@nestjs/common';
import { groupBy, type AnnotationKind, type AnnotationSeverity, type AnnotationStatus, type EvidenceItem, type MeasurementKind } from '@cxmap/domain';
import type { ReportInputAnnotation, ReportInputMeasurement } from '@cxmap/reports';
import { DataSource } from 'typeorm';
import { select } from '../../database/sql';
import type { MeasurementRow as StoredMeasurementRow } from '../metrics/measurements.repository';

/** A stored measurement as this read selects it: the metrics module's row, with its metric's kind. */
interface MeasurementRow extends Omit<StoredMeasurementRow, 'id' | 'source' | 'updated_at'> {
  kind: MeasurementKind;
  source: string;
}

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

/** The raw figures of a stored row, as the report builder takes them: only the fields of its kind. */
function toInputMeasurement(row: MeasurementRow): ReportInputMeasurement {
  const base = { period: row.period_kind, periodStart: row.period_start, dimension: row.dimension, source: row.source };
  const sampleSize = row.sample_size === null ? {} : { sampleSize: row.sample_size };
  switch (row.kind) {
    case 'nps':
      return { ...base, promoters: row.promoters ?? 0, passives: row.passives ?? 0, detractors: row.detractors ?? 0 };
    case 'csat':
      return { ...base, ratings: [row.rating_1, row.rating_2, row.rating_3, row.rating_4, row.rating_5].map((value) => value ?? 0) };
    case 'mean':
      return { ...base, mean: row.mean ?? 0, count: row.count ?? 0 };
    case 'ratio':
      return { ...base, numerator: row.numerator ?? 0, denominator: row.denominator ?? 0, ...sampleSize };
    case 'value':
      return { ...base, value: row.value ?? 0, ...sampleSize };
  }
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

  /** The journey's measurement rows in [from, to], by attachment. */
  async measurements(workspaceId: string, journeyId: string, from: string, to: string): Promise<Map<string, ReportInputMeasurement[]>> {
    const rows = await select<MeasurementRow>(
      this.dataSource.manager,
      `SELECT m.attachment_id, m.kind, m.period_kind, to_char(m.period_start, 'YYYY-MM-DD') AS period_start, m.dimension, m.source,
              m.promoters, m.passives, m.detractors, m.rating_1, m.rating_2, m.rating_3, m.rating_4, m.rating_5, m.mean, m.count,
              m.numerator, m.denominator, m.value, m.sample_size::float8 AS sample_size
         FROM metric_measurements m
        WHERE m.workspace_id = $1 AND m.journey_id = $2 AND m.period_start BETWEEN $3::date AND $4::date
        ORDER BY m.attachment_id, m.period_start, m.period_kind, m.dimension`,
      [workspaceId, journeyId, from, to],
    );
    return groupBy(rows, (row) => row.attachment_id, toInputMeasurement);
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
