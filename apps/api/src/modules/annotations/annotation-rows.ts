import type {
  AnnotationDto,
  AnnotationKind,
  AnnotationReplyDto,
  AnnotationSeverity,
  AnnotationStatus,
  AnnotationTargetDto,
  EvidenceItem,
} from '@cxmap/domain';

/** Columns of `annotations a` joined with `users u` (the author's current name, else the one at writing time). */
export const ANNOTATION_COLUMNS = `a.id, a.journey_id, a.touchpoint_id, a.stage_id, a.link_id, a.kind, a.severity, a.title, a.body,
  a.status, a.owner_team, a.evidence, a.author_id, COALESCE(u.name, a.author_name) AS author_name, a.version,
  a.created_at, a.updated_at, a.resolved_at,
  to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
  (SELECT count(*)::int FROM annotation_replies r WHERE r.workspace_id = a.workspace_id AND r.annotation_id = a.id) AS reply_count`;

export interface AnnotationRow {
  id: string;
  journey_id: string;
  touchpoint_id: string | null;
  stage_id: string | null;
  link_id: string | null;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  title: string;
  body: string;
  status: AnnotationStatus;
  owner_team: string | null;
  evidence: EvidenceItem[];
  author_id: string | null;
  author_name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  resolved_at: Date | null;
  /** created_at to the microsecond, for the keyset cursor (a JS Date keeps only milliseconds). */
  created_key: string;
  reply_count: number;
}

export const REPLY_COLUMNS = `r.id, r.annotation_id, r.body, r.author_id, COALESCE(u.name, r.author_name) AS author_name, r.version,
  r.created_at, r.updated_at`;

export interface ReplyRow {
  id: string;
  annotation_id: string;
  body: string;
  author_id: string | null;
  author_name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function targetOf(row: Pick<AnnotationRow, 'touchpoint_id' | 'stage_id' | 'link_id'>): AnnotationTargetDto {
  if (row.touchpoint_id !== null) return { kind: 'touchpoint', id: row.touchpoint_id };
  if (row.stage_id !== null) return { kind: 'stage', id: row.stage_id };
  if (row.link_id !== null) return { kind: 'link', id: row.link_id };
  throw new Error('annotation without a target');
}

export function toAnnotationDto(row: AnnotationRow): AnnotationDto {
  return {
    id: row.id,
    journeyId: row.journey_id,
    target: targetOf(row),
    kind: row.kind,
    severity: row.severity,
    title: row.title,
    body: row.body,
    status: row.status,
    ownerTeam: row.owner_team,
    evidence: row.evidence,
    author: { id: row.author_id, name: row.author_name },
    replyCount: row.reply_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    resolvedAt: row.resolved_at === null ? null : row.resolved_at.toISOString(),
    version: row.version,
  };
}

export function toReplyDto(row: ReplyRow): AnnotationReplyDto {
  return {
    id: row.id,
    annotationId: row.annotation_id,
    body: row.body,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
