import type { JourneyDto, JourneySummaryDto } from '@cxmap/domain';

/** The list as it looks once a rename is accepted (optimistic view, before the server answers). */
export function renameInList(
  list: readonly JourneySummaryDto[] | undefined,
  journeyId: string,
  name: string,
  now: Date,
): JourneySummaryDto[] | undefined {
  return list?.map((journey) =>
    journey.id === journeyId ? { ...journey, name, updatedAt: now.toISOString() } : journey,
  );
}

/**
 * The list once the server accepted a change to a journey: its name and revision as returned, so a
 * further rename made before the list is refetched is checked against the right revision.
 */
export function applyServerJourney(
  list: readonly JourneySummaryDto[] | undefined,
  journey: JourneyDto,
): JourneySummaryDto[] | undefined {
  return list?.map((item) =>
    item.id === journey.id
      ? {
          ...item,
          name: journey.name,
          description: journey.description,
          state: journey.state,
          status: journey.status,
          revision: journey.revision,
          updatedAt: journey.updatedAt,
        }
      : item,
  );
}

/** The list without the deleted journey. */
export function removeFromList(
  list: readonly JourneySummaryDto[] | undefined,
  journeyId: string,
): JourneySummaryDto[] | undefined {
  return list?.filter((journey) => journey.id !== journeyId);
}
