import type { AuditEventDto } from '@cxmap/domain';
import { isOpRuns, unpackOps } from '@cxmap/journey-format';
import type { AuditEventRow } from './audit.repository';

export function toAuditEventDto(row: AuditEventRow): AuditEventDto {
  return {
    id: row.id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: { kind: row.actor_kind, id: row.actor_user_id ?? row.actor_api_key_id ?? null, label: row.actor_label },
    action: row.action,
    journey: row.journey_id !== null && row.journey_name !== null ? { id: row.journey_id, name: row.journey_name } : null,
    summary: row.summary,
    change: readableChange(row.change),
  };
}

/** The change as the API shows it: packed ops (`opRuns`, see audit-entries.ts) unpacked into `ops`, in place. */
export function readableChange(change: Record<string, unknown> | null): Record<string, unknown> | null {
  if (change === null || !isOpRuns(change['opRuns'])) return change;
  return Object.fromEntries(Object.entries(change).map(([key, value]) => (key === 'opRuns' ? ['ops', unpackOps(value as never)] : [key, value])));
}
