import { Injectable } from '@nestjs/common';
import type {
  AnnotationKind,
  AnnotationSeverity,
  AnnotationStatus,
  AnnotationTargetDto,
  AnnotationTargetKind,
  EvidenceItem,
} from '@cxmap/domain';
import type { EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';
import { ANNOTATION_COLUMNS, REPLY_COLUMNS, type AnnotationRow, type ReplyRow } from './annotation-rows';

export interface NewAnnotation {
  journeyId: string;
  target: AnnotationTargetDto;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  title: string;
  body: string;
  status: AnnotationStatus;
  ownerTeam: string | null;
  evidence: EvidenceItem[];
  /** id null: written by someone without an account here (an imported document's author); the name stays. */
  author: { id: string | null; name: string };
  /** An imported annotation keeps its times; left out: now. */
  at?: WrittenAt;
}

/** When an imported annotation or reply was written (ISO 8601); `resolvedAt` only for closed annotations. */
export interface WrittenAt {
  createdAt: string;
  updatedAt: string;
  resolvedAt?: string | null;
}

export interface AnnotationState {
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  title: string;
  body: string;
  status: AnnotationStatus;
  ownerTeam: string | null;
  evidence: EvidenceItem[];
}

export interface AnnotationFilter {
  target: string | null;
  kind: AnnotationKind | null;
  status: AnnotationStatus | null;
  severity: AnnotationSeverity | null;
  /** Keyset: rows strictly older than (createdAt, id). */
  before: { createdAt: string; id: string } | null;
  limit: number;
}

export interface SummaryRow {
  target_kind: AnnotationTargetKind;
  target_id: string;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  n: number;
}

const TARGET_TABLE: Record<AnnotationTargetKind, string> = { touchpoint: 'touchpoints', stage: 'stages', link: 'links' };
const TARGET_COLUMN: Record<AnnotationTargetKind, string> = { touchpoint: 'touchpoint_id', stage: 'stage_id', link: 'link_id' };
const FROM_ANNOTATIONS = `FROM annotations a LEFT JOIN users u ON u.id = a.author_id`;

/** Annotations and their replies; every method is scoped by `workspaceId` and the journey. */
@Injectable()
export class AnnotationsRepository {
  /** The journey's name (for the audit log), locking nothing. */
  async journeyName(manager: EntityManager, workspaceId: string, journeyId: string): Promise<string | null> {
    const [row] = await select<{ name: string }>(manager, `SELECT name FROM journeys WHERE workspace_id = $1 AND id = $2`, [workspaceId, journeyId]);
    return row?.name ?? null;
  }

  /** Whether the target exists in the journey; locks it against deletion until the transaction ends. */
  async targetExists(manager: EntityManager, workspaceId: string, journeyId: string, target: AnnotationTargetDto): Promise<boolean> {
    const rows = await select<{ id: string }>(
      manager,
      `SELECT id FROM ${TARGET_TABLE[target.kind]} WHERE workspace_id = $1 AND journey_id = $2 AND id = $3 FOR KEY SHARE`,
      [workspaceId, journeyId, target.id],
    );
    return rows.length > 0;
  }

  async insert(manager: EntityManager, workspaceId: string, annotation: NewAnnotation): Promise<string> {
    const { rows } = await execute<{ id: string }>(
      manager,
      `INSERT INTO annotations (workspace_id, journey_id, ${TARGET_COLUMN[annotation.target.kind]}, kind, severity, title, body, status,
                                owner_team, evidence, author_id, author_name, resolved_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text, $9, $10::jsonb, $11, $12,
               CASE WHEN $8::text IN ('resolved', 'wont_fix') THEN COALESCE($15::timestamptz, now()) END,
               COALESCE($13::timestamptz, now()), COALESCE($14::timestamptz, now()))
       RETURNING id`,
      [
        workspaceId,
        annotation.journeyId,
        annotation.target.id,
        annotation.kind,
        annotation.severity,
        annotation.title,
        annotation.body,
        annotation.status,
        annotation.ownerTeam,
        JSON.stringify(annotation.evidence),
        annotation.author.id,
        annotation.author.name,
        annotation.at?.createdAt ?? null,
        annotation.at?.updatedAt ?? null,
        annotation.at?.resolvedAt ?? null,
      ],
    );
    const row = rows[0];
    if (!row) throw new Error('annotation insert returned no row');
    return row.id;
  }

  async find(manager: EntityManager, workspaceId: string, journeyId: string, id: string, lock = false): Promise<AnnotationRow | null> {
    // FOR UPDATE OF a: the joined users row is not locked.
    const rows = await select<AnnotationRow>(
      manager,
      `SELECT ${ANNOTATION_COLUMNS} ${FROM_ANNOTATIONS}
        WHERE a.workspace_id = $1 AND a.journey_id = $2 AND a.id = $3${lock ? ' FOR UPDATE OF a' : ''}`,
      [workspaceId, journeyId, id],
    );
    return rows[0] ?? null;
  }

  list(manager: EntityManager, workspaceId: string, journeyId: string, filter: AnnotationFilter): Promise<AnnotationRow[]> {
    return select<AnnotationRow>(
      manager,
      `SELECT ${ANNOTATION_COLUMNS} ${FROM_ANNOTATIONS}
        WHERE a.workspace_id = $1 AND a.journey_id = $2
          AND ($3::uuid IS NULL OR COALESCE(a.touchpoint_id, a.stage_id, a.link_id) = $3::uuid)
          AND ($4::text IS NULL OR a.kind = $4)
          AND ($5::text IS NULL OR a.status = $5)
          AND ($6::text IS NULL OR a.severity = $6)
          AND ($7::timestamptz IS NULL OR (a.created_at, a.id) < ($7::timestamptz, $8::uuid))
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $9`,
      [
        workspaceId,
        journeyId,
        filter.target,
        filter.kind,
        filter.status,
        filter.severity,
        filter.before?.createdAt ?? null,
        filter.before?.id ?? null,
        filter.limit,
      ],
    );
  }

  /** Writes `next` if the row is still at `version`; resolved_at follows the status (set when it closes, kept while closed). */
  async update(manager: EntityManager, workspaceId: string, id: string, version: number, next: AnnotationState): Promise<boolean> {
    const { affected } = await execute(
      manager,
      `UPDATE annotations
          SET kind = $4, severity = $5, title = $6, body = $7, status = $8::text, owner_team = $9, evidence = $10::jsonb,
              resolved_at = CASE WHEN $8::text NOT IN ('resolved', 'wont_fix') THEN NULL
                                 WHEN status IN ('resolved', 'wont_fix') THEN resolved_at
                                 ELSE now() END,
              version = version + 1, updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND version = $3`,
      [workspaceId, id, version, next.kind, next.severity, next.title, next.body, next.status, next.ownerTeam, JSON.stringify(next.evidence)],
    );
    return affected === 1;
  }

  async delete(manager: EntityManager, workspaceId: string, journeyId: string, id: string): Promise<boolean> {
    const { affected } = await execute(manager, `DELETE FROM annotations WHERE workspace_id = $1 AND journey_id = $2 AND id = $3`, [
      workspaceId,
      journeyId,
      id,
    ]);
    return affected === 1;
  }

  /** Unresolved annotations of the journey, counted per target, kind and severity. */
  summary(manager: EntityManager, workspaceId: string, journeyId: string): Promise<SummaryRow[]> {
    return select<SummaryRow>(
      manager,
      `SELECT CASE WHEN touchpoint_id IS NOT NULL THEN 'touchpoint' WHEN stage_id IS NOT NULL THEN 'stage' ELSE 'link' END AS target_kind,
              COALESCE(touchpoint_id, stage_id, link_id) AS target_id, kind, severity, count(*)::int AS n
         FROM annotations
        WHERE workspace_id = $1 AND journey_id = $2 AND status IN ('open', 'in_progress')
        GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2`,
      [workspaceId, journeyId],
    );
  }

  reviewDates(manager: EntityManager, workspaceId: string, journeyId: string): Promise<{ id: string; review_by: string }[]> {
    return select(
      manager,
      `SELECT id, to_char(review_by, 'YYYY-MM-DD') AS review_by FROM touchpoints
        WHERE workspace_id = $1 AND journey_id = $2 AND review_by IS NOT NULL`,
      [workspaceId, journeyId],
    );
  }

  /** The seed's review-by dates, relative to the database's today. */
  async setReviewInDays(manager: EntityManager, workspaceId: string, touchpointId: string, days: number): Promise<void> {
    await execute(manager, `UPDATE touchpoints SET review_by = current_date + $3::int WHERE workspace_id = $1 AND id = $2`, [
      workspaceId,
      touchpointId,
      days,
    ]);
  }

  /** Every annotation of the journey (the export; a journey's annotations are few enough to read whole). */
  listForJourney(manager: EntityManager, workspaceId: string, journeyId: string): Promise<AnnotationRow[]> {
    return select<AnnotationRow>(
      manager,
      `SELECT ${ANNOTATION_COLUMNS} ${FROM_ANNOTATIONS}
        WHERE a.workspace_id = $1 AND a.journey_id = $2
        ORDER BY a.created_at, a.id`,
      [workspaceId, journeyId],
    );
  }

  /** Every reply in the journey, oldest first. */
  listRepliesForJourney(manager: EntityManager, workspaceId: string, journeyId: string): Promise<ReplyRow[]> {
    return select<ReplyRow>(
      manager,
      `SELECT ${REPLY_COLUMNS} FROM annotation_replies r LEFT JOIN users u ON u.id = r.author_id
        WHERE r.workspace_id = $1 AND r.journey_id = $2
        ORDER BY r.created_at, r.id`,
      [workspaceId, journeyId],
    );
  }

  /**
   * The replies of an annotation of the journey, oldest first; null when the journey has no such
   * annotation. One statement (one snapshot), so the read needs no transaction.
   */
  async listReplies(manager: EntityManager, workspaceId: string, journeyId: string, annotationId: string): Promise<ReplyRow[] | null> {
    // Without replies, the annotation's one row has nulls for the reply columns.
    const rows = await select<Omit<ReplyRow, 'id'> & { id: string | null; found: string }>(
      manager,
      `SELECT a.id AS found, ${REPLY_COLUMNS}
         FROM annotations a
         LEFT JOIN annotation_replies r ON r.workspace_id = a.workspace_id AND r.annotation_id = a.id
         LEFT JOIN users u ON u.id = r.author_id
        WHERE a.workspace_id = $1 AND a.journey_id = $2 AND a.id = $3
        ORDER BY r.created_at, r.id`,
      [workspaceId, journeyId, annotationId],
    );
    if (rows.length === 0) return null;
    return rows.filter((row): row is ReplyRow & { found: string } => row.id !== null);
  }

  async countForJourney(manager: EntityManager, workspaceId: string, journeyId: string): Promise<number> {
    const [row] = await select<{ n: number }>(manager, `SELECT count(*)::int AS n FROM annotations WHERE workspace_id = $1 AND journey_id = $2`, [
      workspaceId,
      journeyId,
    ]);
    return row?.n ?? 0;
  }

  async countReplies(manager: EntityManager, workspaceId: string, annotationId: string): Promise<number> {
    const [row] = await select<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM annotation_replies WHERE workspace_id = $1 AND annotation_id = $2`,
      [workspaceId, annotationId],
    );
    return row?.n ?? 0;
  }

  async insertReply(
    manager: EntityManager,
    workspaceId: string,
    reply: { journeyId: string; annotationId: string; body: string; author: { id: string | null; name: string }; at?: WrittenAt },
  ): Promise<string> {
    const { rows } = await execute<{ id: string }>(
      manager,
      `INSERT INTO annotation_replies (workspace_id, journey_id, annotation_id, body, author_id, author_name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, COALESCE($7::timestamptz, now()), COALESCE($8::timestamptz, now())) RETURNING id`,
      [
        workspaceId,
        reply.journeyId,
        reply.annotationId,
        reply.body,
        reply.author.id,
        reply.author.name,
        reply.at?.createdAt ?? null,
        reply.at?.updatedAt ?? null,
      ],
    );
    const row = rows[0];
    if (!row) throw new Error('reply insert returned no row');
    return row.id;
  }

  async findReply(manager: EntityManager, workspaceId: string, annotationId: string, id: string, lock = false): Promise<ReplyRow | null> {
    const rows = await select<ReplyRow>(
      manager,
      `SELECT ${REPLY_COLUMNS} FROM annotation_replies r LEFT JOIN users u ON u.id = r.author_id
        WHERE r.workspace_id = $1 AND r.annotation_id = $2 AND r.id = $3${lock ? ' FOR UPDATE OF r' : ''}`,
      [workspaceId, annotationId, id],
    );
    return rows[0] ?? null;
  }

  async updateReply(manager: EntityManager, workspaceId: string, id: string, version: number, body: string): Promise<boolean> {
    const { affected } = await execute(
      manager,
      `UPDATE annotation_replies SET body = $4, version = version + 1, updated_at = now()
        WHERE workspace_id = $1 AND id = $2 AND version = $3`,
      [workspaceId, id, version, body],
    );
    return affected === 1;
  }

  async deleteReply(manager: EntityManager, workspaceId: string, id: string): Promise<boolean> {
    const { affected } = await execute(manager, `DELETE FROM annotation_replies WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
    return affected === 1;
  }
}
