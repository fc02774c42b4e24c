import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditActorKind } from '@cxmap/domain';
import { ReadReplica } from '../../database/read-replica';
import { select } from '../../database/sql';

export interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor_kind: AuditActorKind;
  actor_user_id: string | null;
  actor_api_key_id: string | null;
  actor_label: string;
  action: AuditAction;
  journey_id: string | null;
  journey_name: string | null;
  summary: string;
  change: Record<string, unknown> | null;
}

export interface AuditPageQuery {
  journeyId: string | null;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  /** Only events older than this id (the previous page's last). */
  before: string | null;
  limit: number;
}

export interface AuditPersonRow {
  id: string;
  name: string;
  member: boolean;
}

export interface AuditApiKeyRow {
  id: string;
  name: string;
  active: boolean;
}

export interface AuditJourneyRow {
  id: string;
  name: string;
  exists: boolean;
}

const EVENT_COLUMNS = `e.id::text AS id, e.occurred_at, e.actor_kind, e.actor_user_id, e.actor_api_key_id, e.actor_label, e.action,
                       e.journey_id, e.journey_name, e.summary, e.change`;

/** Reads the audit log; every method is scoped by `workspaceId`. */
@Injectable()
export class AuditRepository {
  /** Reads only: on the read replica when there is one (the newest events may trail by its lag). */
  constructor(private readonly readReplica: ReadReplica) {}

  private select<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.readReplica.read((source) => select<T>(source.manager, sql, params));
  }

  /**
   * Newest first, cut on `id` (keyset): each filter matches an index `(workspace_id, …, id DESC)`, and
   * the whole workspace's log the primary key `(workspace_id, id)`, read backwards.
   * Events inserted while someone pages get higher ids, so they never shift the pages below. (An
   * event whose transaction took its id before a page was read but committed after it is not on
   * that reader's later pages; it shows at the top of their next visit.)
   */
  page(workspaceId: string, query: AuditPageQuery): Promise<AuditEventRow[]> {
    const params: unknown[] = [workspaceId];
    const where = ['e.workspace_id = $1'];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (query.journeyId !== null) add((p) => `e.journey_id = ${p}`, query.journeyId);
    if (query.actorUserId !== null) add((p) => `e.actor_user_id = ${p}`, query.actorUserId);
    if (query.actorApiKeyId !== null) add((p) => `e.actor_api_key_id = ${p}`, query.actorApiKeyId);
    if (query.before !== null) add((p) => `e.id < ${p}::bigint`, query.before);
    params.push(query.limit);
    return this.select<AuditEventRow>(
      // `e.id`, not the output column `id` (its text form, which would sort "9" after "10").
      `SELECT ${EVENT_COLUMNS} FROM audit_events e WHERE ${where.join(' AND ')} ORDER BY e.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /**
   * Everyone who has an event in the workspace, members or not any more. The distinct ids are
   * found by skipping through the actor index (one probe per person, not one row per event); the
   * name is the account's current one, or the last one recorded when the account is gone.
   */
  people(workspaceId: string): Promise<AuditPersonRow[]> {
    return this.select<AuditPersonRow>(
      `${distinctIdsOf('actor_user_id')}
       SELECT * FROM (
         SELECT ids.id,
                COALESCE(u.name, (SELECT e.actor_label FROM audit_events e
                                   WHERE e.workspace_id = $1 AND e.actor_user_id = ids.id ORDER BY e.id DESC LIMIT 1)) AS name,
                m.user_id IS NOT NULL AS member
           FROM ids
           LEFT JOIN users u ON u.id = ids.id
           LEFT JOIN memberships m ON m.workspace_id = $1 AND m.user_id = ids.id
          WHERE ids.id IS NOT NULL
       ) people
       ORDER BY lower(name), id`,
      [workspaceId],
    );
  }

  /** Every API key with an event, revoked or not, the same way as `people` (its current name, else the last recorded). */
  apiKeys(workspaceId: string): Promise<AuditApiKeyRow[]> {
    return this.select<AuditApiKeyRow>(
      `${distinctIdsOf('actor_api_key_id')}
       SELECT * FROM (
         SELECT ids.id,
                COALESCE(k.name, (SELECT e.actor_label FROM audit_events e
                                   WHERE e.workspace_id = $1 AND e.actor_api_key_id = ids.id ORDER BY e.id DESC LIMIT 1)) AS name,
                (k.id IS NOT NULL AND k.revoked_at IS NULL) AS active
           FROM ids
           LEFT JOIN api_keys k ON k.id = ids.id AND k.workspace_id = $1
          WHERE ids.id IS NOT NULL
       ) keys
       ORDER BY NOT active, lower(name), id`,
      [workspaceId],
    );
  }

  /** Every journey with an event, existing or deleted, the same way as `people`. */
  journeys(workspaceId: string): Promise<AuditJourneyRow[]> {
    return this.select<AuditJourneyRow>(
      `${distinctIdsOf('journey_id')}
       SELECT * FROM (
         SELECT ids.id,
                COALESCE(j.name, (SELECT e.journey_name FROM audit_events e
                                   WHERE e.workspace_id = $1 AND e.journey_id = ids.id ORDER BY e.id DESC LIMIT 1)) AS name,
                j.id IS NOT NULL AS exists
           FROM ids
           LEFT JOIN journeys j ON j.id = ids.id AND j.workspace_id = $1
          WHERE ids.id IS NOT NULL
       ) journeys
       ORDER BY NOT exists, lower(name), id`,
      [workspaceId],
    );
  }
}

/**
 * `ids(id)`: the distinct non-null values of one audit column in workspace $1, found by skipping
 * through its index (one probe per value, not one row per event).
 */
function distinctIdsOf(column: 'actor_user_id' | 'actor_api_key_id' | 'journey_id'): string {
  return `WITH RECURSIVE ids(id) AS (
         (SELECT ${column} FROM audit_events
           WHERE workspace_id = $1 AND ${column} IS NOT NULL ORDER BY ${column} LIMIT 1)
         UNION ALL
         SELECT (SELECT e.${column} FROM audit_events e
                  WHERE e.workspace_id = $1 AND e.${column} > ids.id ORDER BY e.${column} LIMIT 1)
           FROM ids WHERE ids.id IS NOT NULL
       )`;
}
