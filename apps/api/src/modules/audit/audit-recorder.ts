import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@cxmap/domain';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error';
import { execute } from '../../database/sql';
import { JourneyEventPublisher } from '../journey-events/journey-event-publisher';
import { journeyEventKind } from '../journey-events/journey-event';
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

/** An event whose statement parameters are built: a large change is serialised ahead (see prepare). */
export interface PreparedAuditEvent {
  readonly event: AuditEvent;
  readonly params: readonly unknown[];
}

/** An event about a journey whose name the service has not read: the recorder reads it. */
export interface JourneyAuditEvent extends Omit<AuditEvent, 'journey'> {
  journeyId: string;
}

const COLUMNS = `workspace_id, actor_kind, actor_user_id, actor_api_key_id, actor_label, action, summary, change, journey_id, journey_name`;

/**
 * Writes audit events. Always on the manager of the transaction that makes the change, so a
 * change that is rolled back (a 409 batch, a refused rename) leaves no event, and an event never
 * exists without its change.
 *
 * A change of a journey that a canvas shows (its graph, fields, metrics, annotations) is also
 * announced as a live journey change, in the same transaction: every write is audited, so no write
 * path can forget to announce itself.
 */
@Injectable()
export class AuditRecorder {
  constructor(private readonly events: JourneyEventPublisher) {}

  /** The event with its statement's parameters built (its change serialised), for record(). */
  prepare(event: AuditEvent): PreparedAuditEvent {
    return { event, params: [...commonParams(event), event.journey?.id ?? null, event.journey?.name ?? null] };
  }

  async record(manager: EntityManager, event: AuditEvent | PreparedAuditEvent): Promise<void> {
    const prepared = 'params' in event ? event : this.prepare(event);
    // One statement whatever the size: a 2,000-op batch is one json parameter, serialised once.
    await execute(manager, `INSERT INTO audit_events (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::json, $9, $10)`, [
      ...prepared.params,
    ]);
    const { journey } = prepared.event;
    if (journey) await this.announce(manager, prepared.event, journey.id);
  }

  /**
   * Records an event on `event.journeyId` with the journey's current name, read in the same
   * statement. The journey is locked or referenced by the change in the same transaction; should it
   * be gone all the same, the change fails with it (404) rather than commit without its event.
   */
  async recordOnJourney(manager: EntityManager, event: JourneyAuditEvent): Promise<void> {
    const { affected } = await execute(
      manager,
      `INSERT INTO audit_events (${COLUMNS})
       SELECT $1, $2, $3, $4, $5, $6, $7, $8::json, j.id, j.name FROM journeys j WHERE j.workspace_id = $1 AND j.id = $9`,
      [...commonParams(event), event.journeyId],
    );
    if (affected !== 1) throw new AppError('JOURNEY_NOT_FOUND');
    await this.announce(manager, event, event.journeyId);
  }

  private async announce(manager: EntityManager, event: Omit<AuditEvent, 'journey'>, journeyId: string): Promise<void> {
    const kind = journeyEventKind(event.action);
    if (kind === null) return;
    const actorSessionId = event.actor.kind === 'user' ? (event.actor.sessionId ?? null) : null;
    await this.events.publish(manager, { workspaceId: event.workspaceId, journeyId, kind, actorSessionId });
  }
}

function commonParams(event: Omit<AuditEvent, 'journey'>): unknown[] {
  const { actor } = event;
  return [
    event.workspaceId,
    actor.kind,
    actor.kind === 'user' ? actor.userId : null,
    actor.kind === 'api_key' ? actor.apiKeyId : null,
    actor.kind === 'system' ? SYSTEM_LABEL : actor.label,
    event.action,
    event.summary,
    event.change == null ? null : JSON.stringify(event.change),
  ];
}
