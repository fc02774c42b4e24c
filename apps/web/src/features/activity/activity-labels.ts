import type { AuditAction, AuditActorDto } from '@cxmap/domain';

/** Short names of the actions, shown next to the actor. */
export const ACTION_LABELS: Record<AuditAction, string> = {
  'workspace.created': 'Workspace created',
  'workspace.renamed': 'Workspace renamed',
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'invitation.created': 'Invitation sent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'journey.created': 'Journey created',
  'journey.renamed': 'Journey renamed',
  'journey.updated': 'Journey updated',
  'journey.deleted': 'Journey deleted',
  'journey.changed': 'Journey edited',
  'annotation.created': 'Annotation added',
  'annotation.updated': 'Annotation updated',
  'annotation.deleted': 'Annotation deleted',
  'annotation.replied': 'Reply added',
  'annotation.reply_edited': 'Reply edited',
  'annotation.reply_deleted': 'Reply deleted',
  'touchpoint.review_by_set': 'Review date set',
  'journey.imported': 'Journey imported',
  'journey.exported': 'Journey exported',
  'portfolio.exported': 'Portfolio exported',
  'share_link.created': 'Share link created',
  'share_link.revoked': 'Share link revoked',
  'api_key.created': 'API key created',
  'api_key.revoked': 'API key revoked',
  'metric_definition.created': 'Custom metric added',
  'metric_definition.updated': 'Custom metric changed',
  'metric_definition.deleted': 'Custom metric deleted',
  'metric.attached': 'Metric attached',
  'metric.updated': 'Metric thresholds changed',
  'metric.detached': 'Metric detached',
  'measurements.recorded': 'Measurements recorded',
};

export function actorName(actor: AuditActorDto): string {
  if (actor.kind === 'api_key') return `API key “${actor.label}”`;
  if (actor.kind === 'system') return `${actor.label} (automatic)`;
  return actor.label;
}
