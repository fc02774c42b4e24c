import { JOURNEY_EVENT_KINDS, type JourneyEventMessage } from '@cxmap/domain';

/** The live change stream of a journey, for a member (session cookie). */
export function journeyEventsUrl(journeyId: string): string {
  return `/api/journeys/${encodeURIComponent(journeyId)}/events`;
}

/** The live change stream of the journey a share link opens. */
export function shareEventsUrl(token: string): string {
  return `/api/share/${encodeURIComponent(token)}/events`;
}

const KINDS: ReadonlySet<string> = new Set(JOURNEY_EVENT_KINDS);

/** A `journey-change` event's data, or null when it is not one (never throws). */
export function parseJourneyEvent(data: unknown): JourneyEventMessage | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { journeyId, kind, revision, own } = value as Record<string, unknown>;
  if (typeof journeyId !== 'string' || typeof kind !== 'string' || !KINDS.has(kind) || typeof own !== 'boolean') return null;
  if (revision !== null && typeof revision !== 'number') return null;
  return { journeyId, kind: kind as JourneyEventMessage['kind'], revision, own };
}
