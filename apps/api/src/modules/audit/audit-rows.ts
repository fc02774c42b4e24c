import type { AuditEventDto } from '@cxmap/domain';
import type { AuditEventRow } from './audit.repository';

export function toAuditEventDto(row: AuditEventRow): AuditEventDto {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: { kind: row.actor_kind, id: row.actor_user_id ?? row.actor_api_key_id ?? null, label: row.actor_label },
    action: row.action,
    journey: row.journey_id !== null && row.journey_name !== null ? { id: row.journey_id, name: row.journey_name } : null,
    summary: row.summary,
    change: row.change,
  };
}
