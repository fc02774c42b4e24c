import { JOURNEY_EVENT_KINDS, type AuditAction, type JourneyEventKind } from '@cxmap/domain';

/** The PostgreSQL channel every instance LISTENs on. */
export const JOURNEY_CHANNEL = 'journey_changes';

/** What one committed change of a journey announces, on the channel and to this process's subscribers. */
export interface JourneyChange {
  workspaceId: string;
  journeyId: string;
  /** The journey's revision after the change; null once the journey is deleted. */
  revision: number | null;
  kind: JourneyEventKind;
  /** The session that made the change (null for API keys and the system): lets a subscriber spot its own echoes. */
  actorSessionId: string | null;
}

/** Which audited actions are journey changes a canvas shows, and as what; null for the rest. */
export function journeyEventKind(action: AuditAction): JourneyEventKind | null {
  switch (action) {
    case 'journey.changed':
      return 'graph';
    case 'journey.renamed':
    case 'journey.updated':
      return 'journey';
    case 'journey.deleted':
      return 'deleted';
    case 'metric.attached':
    case 'metric.updated':
    case 'metric.detached':
    case 'measurements.recorded':
      return 'metrics';
    case 'annotation.created':
    case 'annotation.updated':
    case 'annotation.deleted':
    case 'annotation.replied':
    case 'annotation.reply_edited':
    case 'annotation.reply_deleted':
    case 'touchpoint.review_by_set':
      return 'annotations';
    default:
      return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KINDS: ReadonlySet<string> = new Set(JOURNEY_EVENT_KINDS);

/** A notification payload read back; anything malformed is dropped (null), never thrown. */
export function parseJourneyChange(payload: string | undefined): JourneyChange | null {
  if (payload === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const { workspaceId, journeyId, revision, kind, actorSessionId } = v;
  if (typeof workspaceId !== 'string' || !UUID.test(workspaceId) || typeof journeyId !== 'string' || !UUID.test(journeyId)) return null;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if (revision !== null && revision !== undefined && (typeof revision !== 'number' || !Number.isInteger(revision))) return null;
  if (actorSessionId !== null && actorSessionId !== undefined && typeof actorSessionId !== 'string') return null;
  return {
    workspaceId,
    journeyId,
    revision: typeof revision === 'number' ? revision : null,
    kind: kind as JourneyEventKind,
    actorSessionId: typeof actorSessionId === 'string' ? actorSessionId : null,
  };
}
