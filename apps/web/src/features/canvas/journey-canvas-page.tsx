import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { graphQueries } from '../../api/graph';
import { CanvasLoadError, CanvasLoading } from './canvas-states';
import { JourneyCanvas } from './journey-canvas';

export interface JourneyCanvasPageProps {
  workspaceId: string;
  journeyId: string;
  /** For viewers and commenters: the map can be explored, not changed. */
  readOnly: boolean;
}

/** The journey canvas route content; fills its container (height 100%). */
export function JourneyCanvasPage({ workspaceId, journeyId, readOnly }: JourneyCanvasPageProps) {
  const query = useQuery(graphQueries.detail(journeyId));

  // Once loaded, the canvas stays up even if a background refetch fails.
  if (query.data) {
    return (
      <div style={{ height: '100%' }}>
        <ReactFlowProvider>
          <JourneyCanvas workspaceId={workspaceId} journey={query.data} readOnly={readOnly} />
        </ReactFlowProvider>
      </div>
    );
  }
  if (query.isPending) return <CanvasLoading />;
  return <CanvasLoadError workspaceId={workspaceId} error={query.error} onRetry={() => void query.refetch()} />;
}
