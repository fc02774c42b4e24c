import type { JourneySummaryDto } from '@cxmap/domain';

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

/** The list without the deleted journey. */
export function removeFromList(
  list: readonly JourneySummaryDto[] | undefined,
  journeyId: string,
): JourneySummaryDto[] | undefined {
  return list?.filter((journey) => journey.id !== journeyId);
}
