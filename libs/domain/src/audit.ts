import type { PeriodKind } from './metrics/periods';

/** The audit log's HTTP contract: what happened in a workspace, by whom, newest first. */

export const AUDIT_ACTIONS = [
  'workspace.created',
  'workspace.renamed',
  'member.role_changed',
  'member.removed',
  'member.left',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'journey.created',
  'journey.renamed',
  'journey.updated',
  'journey.deleted',
  'journey.changed',
  'annotation.created',
  'annotation.updated',
  'annotation.deleted',
  'annotation.replied',
  'annotation.reply_edited',
  'annotation.reply_deleted',
  'touchpoint.review_by_set',
  'journey.imported',
  'journey.exported',
  'portfolio.exported',
  'share_link.created',
  'share_link.revoked',
  'api_key.created',
  'api_key.revoked',
  'metric_definition.created',
  'metric_definition.updated',
  'metric_definition.deleted',
  'metric.attached',
  'metric.updated',
  'metric.detached',
  'measurements.recorded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTOR_KINDS = ['user', 'api_key', 'system'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

export interface AuditActorDto {
  kind: AuditActorKind;
  /** The user's or the API key's id; null for the system. */
  id: string | null;
  /** The name at the time of the event (it stays when the person or key is renamed or deleted). */
  label: string;
}

export interface AuditEventDto {
  /** Opaque, increasing with insertion order; pages are cut on it. */
  id: string;
  occurredAt: string;
  actor: AuditActorDto;
  action: AuditAction;
  /** The journey concerned and its name at the time; it may have been deleted since. */
  journey: { id: string; name: string } | null;
  /** One line for people, e.g. "Added 2 touchpoints, moved 5 touchpoints". */
  summary: string;
  /**
   * The change itself: `{ ops }` for `journey.changed`, `{ before, after }` for renames and role
   * changes, the subject (email, role, template…) for the rest; null when there is nothing more.
   */
  change: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditEventDto[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface AuditQuery {
  journeyId?: string;
  actorUserId?: string;
  /** Only the events of this API key (an integration); not together with `actorUserId`. */
  actorApiKeyId?: string;
  cursor?: string;
  limit?: number;
}

/**
 * Whose and which journeys' events a workspace's log holds, for the filters; includes former
 * members, revoked API keys and deleted journeys.
 */
export interface AuditFiltersResponse {
  people: Array<{ id: string; name: string; member: boolean }>;
  /** API keys that made changes (integrations ingesting measurements); `active` is false once revoked. */
  apiKeys: Array<{ id: string; name: string; active: boolean }>;
  journeys: Array<{ id: string; name: string; exists: boolean }>;
}

/** What a `measurements.recorded` event keeps of its batch: one entry per attachment and period kind, no figures. */
export interface AuditedMeasurementGroup {
  attachmentId: string;
  metric: string;
  period: PeriodKind;
  /** Earliest and latest `periodStart` of the batch's rows in this group. */
  from: string;
  to: string;
  rows: number;
}
