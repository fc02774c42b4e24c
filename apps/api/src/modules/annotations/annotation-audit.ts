import type { AnnotationDto, AnnotationReplyDto } from '@cxmap/domain';
import type { AuditEntry } from '../audit/audit-recorder';

/** What each annotation change records in the audit log: action, one line for people, the change itself. */

interface AuditedJourney {
  id: string;
  name: string;
}

const KIND_LABELS: Record<AnnotationDto['kind'], string> = {
  pain_point: 'pain point',
  opportunity: 'opportunity',
  idea: 'idea',
  comment: 'comment',
};

const quote = (text: string): string => `“${text}”`;

function label(annotation: Pick<AnnotationDto, 'kind' | 'severity' | 'title'>): string {
  const severity = annotation.severity === null ? '' : `${annotation.severity} `;
  return `${severity}${KIND_LABELS[annotation.kind]} ${quote(annotation.title)}`;
}

function subject(annotation: AnnotationDto): object {
  return {
    annotationId: annotation.id,
    target: annotation.target,
    kind: annotation.kind,
    severity: annotation.severity,
    title: annotation.title,
    status: annotation.status,
    ownerTeam: annotation.ownerTeam,
  };
}

export const annotationAudit = {
  created(journey: AuditedJourney, annotation: AnnotationDto): AuditEntry {
    return { action: 'annotation.created', journey, summary: `Added the ${label(annotation)} on a ${annotation.target.kind}`, change: subject(annotation) };
  },

  /** Only the fields that changed, before and after; null when nothing did. */
  updated(journey: AuditedJourney, before: AnnotationDto, after: AnnotationDto): AuditEntry {
    const fields = (['kind', 'severity', 'title', 'body', 'status', 'ownerTeam', 'evidence'] as const).filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
    );
    const pick = (source: AnnotationDto) => Object.fromEntries(fields.map((field) => [field, source[field]]));
    const described = fields.map((field) => {
      if (field === 'status') return `status → ${after.status.replace('_', ' ')}`;
      if (field === 'ownerTeam') return after.ownerTeam === null ? 'no owner team' : `owner team → ${after.ownerTeam}`;
      return field;
    });
    const what = described.length > 0 ? `: ${described.join(', ')}` : ' (no change)';
    return {
      action: 'annotation.updated',
      journey,
      summary: `Updated the ${label(after)}${what}`,
      change: { annotationId: after.id, before: pick(before), after: pick(after) },
    };
  },

  deleted(journey: AuditedJourney, annotation: AnnotationDto): AuditEntry {
    return { action: 'annotation.deleted', journey, summary: `Deleted the ${label(annotation)}`, change: subject(annotation) };
  },

  replied(journey: AuditedJourney, annotation: AnnotationDto, reply: AnnotationReplyDto): AuditEntry {
    return {
      action: 'annotation.replied',
      journey,
      summary: `Replied to the ${label(annotation)}`,
      change: { annotationId: annotation.id, replyId: reply.id, body: reply.body },
    };
  },

  replyEdited(journey: AuditedJourney, annotation: AnnotationDto, before: AnnotationReplyDto, after: AnnotationReplyDto): AuditEntry {
    return {
      action: 'annotation.reply_edited',
      journey,
      summary: `Edited a reply to the ${label(annotation)}`,
      change: { annotationId: annotation.id, replyId: after.id, before: { body: before.body }, after: { body: after.body } },
    };
  },

  replyDeleted(journey: AuditedJourney, annotation: AnnotationDto, reply: AnnotationReplyDto): AuditEntry {
    return {
      action: 'annotation.reply_deleted',
      journey,
      summary: `Deleted a reply by ${reply.author.name} to the ${label(annotation)}`,
      change: { annotationId: annotation.id, replyId: reply.id, body: reply.body },
    };
  },

  reviewBySet(journey: AuditedJourney, touchpoint: { id: string; title: string }, before: string | null, after: string | null): AuditEntry {
    const what = after === null ? 'Cleared the review-by date' : `Set the review-by date to ${after}`;
    return {
      action: 'touchpoint.review_by_set',
      journey,
      summary: `${what} of the touchpoint ${quote(touchpoint.title)}`,
      change: { touchpointId: touchpoint.id, before: { reviewBy: before }, after: { reviewBy: after } },
    };
  },
};
