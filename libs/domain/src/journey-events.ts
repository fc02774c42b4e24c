/**
 * Live journey changes, as the server-sent event streams `GET /api/journeys/:id/events` and
 * `GET /api/share/:token/events` deliver them (event name `journey-change`, JSON data).
 */

/** What changed: the graph (stages, touchpoints, links), the journey's own fields, its metrics, its annotations; or it was deleted. */
export const JOURNEY_EVENT_KINDS = ['graph', 'journey', 'deleted', 'metrics', 'annotations'] as const;
export type JourneyEventKind = (typeof JOURNEY_EVENT_KINDS)[number];

/** The SSE event name of a journey change. */
export const JOURNEY_EVENT_NAME = 'journey-change';

export interface JourneyEventMessage {
  journeyId: string;
  kind: JourneyEventKind;
  /** The journey's revision after the change (null once deleted): a client holding this revision or a later one has seen it. */
  revision: number | null;
  /** True when the change came from the subscriber's own session (its own write, or another tab of it). */
  own: boolean;
}
