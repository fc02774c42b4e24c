import { useQuery } from '@tanstack/react-query';
import { graphQueries } from '../../api/graph';
import { ExportButton } from './export-button';

/** The member's Export button: the journey as the canvas shows it (the same cached query). */
export function JourneyExportButton({ journeyId }: { journeyId: string }) {
  const graph = useQuery(graphQueries.detail(journeyId)).data;
  if (!graph) return null;
  return <ExportButton target={{ kind: 'journey', journeyId }} journeyName={graph.journey.name} graph={graph} compact />;
}
