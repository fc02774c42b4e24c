import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@cxmap/domain';
import type { EntityManager } from 'typeorm';
import { execute } from '../../database/sql';
import { SYSTEM_LABEL, type AuditActor } from './audit-actor';

/** One change as the audit log records it (the `actor` is added by the service that made it). */
export interface AuditEntry {
  action: AuditAction;
  /** The journey concerned, with its name at the time. */
  journey?: { id: string; name: string } | null;
  summary: string;
  change?: object | null;
}

export interface AuditEvent extends AuditEntry {
  workspaceId: string;
  actor: AuditActor;
}

/**
 * Writes audit events. Always on the manager of the transaction that makes the change, so a
 * change that is rolled back (a 409 batch, a refused rename) leaves no event, and an event never
 * exists without its change.
 */
@Injectable()
export class AuditRecorder {
  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    const { actor } = event;
    // One statement whatever the size: a 2,000-op batch is one jsonb parameter, serialised once here.
    await execute(
      manager,
      `INSERT INTO audit_events (workspace_id, actor_kind, actor_user_id, actor_api_key_id, actor_label,
                                 action, journey_id, journey_name, summary, change)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)`,
      [
        event.workspaceId,
        actor.kind,
        actor.kind === 'user' ? actor.userId : null,
        actor.kind === 'api_key' ? actor.apiKeyId : null,
        actor.kind === 'system' ? SYSTEM_LABEL : actor.label,
        event.action,
        event.journey?.id ?? null,
        event.journey?.name ?? null,
        event.summary,
        event.change == null ? null : JSON.stringify(event.change),
      ],
    );
  }
}
