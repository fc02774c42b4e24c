/**
 * Annotations: pain points, opportunities, ideas and comments on a touchpoint, stage or link of a
 * journey, with threaded replies (one level: a reply answers an annotation, never another reply),
 * evidence links, and the "needs review" queue of a workspace.
 */

export const ANNOTATION_KINDS = ['pain_point', 'opportunity', 'idea', 'comment'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** Pain points only: every pain point has one, the other kinds none. */
export const ANNOTATION_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type AnnotationSeverity = (typeof ANNOTATION_SEVERITIES)[number];

export const ANNOTATION_STATUSES = ['open', 'in_progress', 'resolved', 'wont_fix'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

/** Statuses that still ask for work; `resolvedAt` is set exactly when the status is not one of these. */
export const UNRESOLVED_STATUSES: readonly AnnotationStatus[] = ['open', 'in_progress'];

export const ANNOTATION_TARGET_KINDS = ['touchpoint', 'stage', 'link'] as const;
export type AnnotationTargetKind = (typeof ANNOTATION_TARGET_KINDS)[number];

export const EVIDENCE_KINDS = ['quote', 'ticket', 'survey', 'link'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const ANNOTATION_LIMITS = {
  titleMax: 200,
  bodyMax: 10_000,
  replyMax: 5_000,
  /** Most replies one annotation takes: a thread, not a chat room. */
  repliesPerAnnotationMax: 500,
  evidenceMax: 10,
  evidenceTextMax: 2_000,
  urlMax: 2_000,
  ownerTeamMax: 100,
  pageDefault: 50,
  pageMax: 200,
  /** Each list of the needs-review queue shows at most this many rows (with the full count). */
  reviewQueueMax: 200,
} as const;

/** Evidence behind an annotation: a customer quote, a support ticket, a survey answer, any page. */
export interface EvidenceItem {
  kind: EvidenceKind;
  /** The quote itself, or a label ("Ticket #4711"); may be empty when a URL is given. */
  text: string;
  /** http(s) only; null when there is nothing to link to. */
  url: string | null;
}

export interface AnnotationAuthorDto {
  /** Null once the user's account is deleted (the name at writing time stays). */
  id: string | null;
  name: string;
}

export interface AnnotationTargetDto {
  kind: AnnotationTargetKind;
  id: string;
}

export interface AnnotationDto {
  id: string;
  journeyId: string;
  target: AnnotationTargetDto;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  title: string;
  body: string;
  status: AnnotationStatus;
  ownerTeam: string | null;
  evidence: EvidenceItem[];
  author: AnnotationAuthorDto;
  replyCount: number;
  createdAt: string;
  updatedAt: string;
  /** When it was last resolved or set to won't fix; null while open or in progress. */
  resolvedAt: string | null;
  version: number;
}

export interface AnnotationPage {
  items: AnnotationDto[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface AnnotationQuery {
  /** Id of a touchpoint, stage or link of the journey. */
  target?: string;
  kind?: AnnotationKind;
  status?: AnnotationStatus;
  severity?: AnnotationSeverity;
  cursor?: string;
  limit?: number;
}

/** Exactly one of `touchpointId`, `stageId`, `linkId`. */
export interface CreateAnnotationRequest {
  touchpointId?: string;
  stageId?: string;
  linkId?: string;
  kind: AnnotationKind;
  /** Required for pain points; absent or null for the other kinds. */
  severity?: AnnotationSeverity | null;
  title: string;
  body?: string;
  status?: AnnotationStatus;
  ownerTeam?: string | null;
  evidence?: EvidenceItem[];
}

/**
 * `title`, `body`, `kind`, `severity` and `evidence` are the author's to change; `status` and
 * `ownerTeam` may be changed by anyone who may comment (triage is a team's work).
 */
export interface UpdateAnnotationRequest {
  version: number;
  title?: string;
  body?: string;
  kind?: AnnotationKind;
  severity?: AnnotationSeverity | null;
  evidence?: EvidenceItem[];
  status?: AnnotationStatus;
  ownerTeam?: string | null;
}

export interface AnnotationReplyDto {
  id: string;
  annotationId: string;
  body: string;
  author: AnnotationAuthorDto;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CreateReplyRequest {
  body: string;
}

export interface UpdateReplyRequest {
  version: number;
  body: string;
}

/** Unresolved (open or in progress) annotations of one touchpoint, stage or link, for the canvas badges. */
export interface AnnotationTargetSummary {
  target: AnnotationTargetDto;
  /** Unresolved annotations of every kind. */
  open: number;
  byKind: Record<AnnotationKind, number>;
  /** Unresolved pain points by severity. */
  bySeverity: Record<AnnotationSeverity, number>;
}

export interface AnnotationSummaryResponse {
  targets: AnnotationTargetSummary[];
  /** Review-by date (YYYY-MM-DD) of each touchpoint that has one. */
  reviewBy: Record<string, string>;
}

export interface ReviewRef {
  id: string;
  name: string;
}

export interface OverdueTouchpoint {
  journey: ReviewRef;
  stage: ReviewRef;
  touchpoint: { id: string; title: string; ownerTeam: string | null };
  reviewBy: string;
  daysOverdue: number;
}

export interface UnownedPainPoint {
  journey: ReviewRef;
  /** The stage of the target (a link's: its source touchpoint's). */
  stage: ReviewRef;
  target: AnnotationTargetDto & { name: string; ownerTeam: string | null };
  /** `version`: send it back to assign an owner team. */
  annotation: { id: string; title: string; status: AnnotationStatus; createdAt: string; version: number };
}

export interface NeedsReviewResponse {
  /** Touchpoints whose review-by date is before today, oldest date first. */
  overdueTouchpoints: { items: OverdueTouchpoint[]; total: number };
  /** Unresolved critical pain points without an owner team, oldest first. */
  unownedCriticalPainPoints: { items: UnownedPainPoint[]; total: number };
}

export interface SetReviewByRequest {
  /** YYYY-MM-DD, or null to clear it. */
  reviewBy: string | null;
}

export interface ReviewByResponse {
  touchpointId: string;
  reviewBy: string | null;
}
