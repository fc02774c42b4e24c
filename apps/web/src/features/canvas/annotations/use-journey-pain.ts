import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { annotationQueries } from '../../../api/annotations';
import { NO_PAIN, painMarkers, type PainMarkers } from './pain-marker';

/**
 * The pain markers of the whole canvas from ONE summary query per journey. Structural sharing
 * keeps unchanged data identical across refetches, so the markers are only derived again on a change.
 */
export function useJourneyPain(journeyId: string, enabled: boolean): PainMarkers {
  const summary = useQuery({ ...annotationQueries.summary(journeyId), enabled });
  return useMemo(() => (summary.data ? painMarkers(summary.data) : NO_PAIN), [summary.data]);
}
