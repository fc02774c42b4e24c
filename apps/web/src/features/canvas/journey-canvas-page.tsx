import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { graphQueries } from '../../api/graph';
import { journeyEventsUrl } from '../../api/journey-events';
import { CanvasLoadError, CanvasLoading } from './canvas-states';
import { JourneyCanvas, type JourneyCanvasProps } from './journey-canvas';

export interface JourneyCanvasPageProps {
  workspaceId: string;
  journeyId: string;
  /** For viewers and commenters: the map can be explored, not changed. */
  readOnly: boolean;
  /** May annotate (journey:comment), even on a read-only map. */
  canComment: boolean;
  /** Buttons at the end of the toolbar (e.g. Share). */
  actions?: ReactNode;
}

/** The canvas with its React Flow context, filling its container (height 100%); any page's loaded graph goes through here. */
export function CanvasFrame(props: JourneyCanvasProps) {
  return (
    <div style={{ height: '100%' }}>
      <ReactFlowProvider>
        <JourneyCanvas {...props} />
      </ReactFlowProvider>
    </div>
  );
}

/** The journey canvas route content, read by a member; fills its container (height 100%). */
export function JourneyCanvasPage({ workspaceId, journeyId, readOnly, canComment, actions }: JourneyCanvasPageProps) {
  const options = graphQueries.detail(journeyId);
  const query = useQuery(options);

  // Once loaded, the canvas stays up even if a background refetch fails.
  if (query.data) {
    return (
      <CanvasFrame
        journey={query.data}
        queryKey={options.queryKey}
        readOnly={readOnly}
        toolbar={{ workspaceId, actions }}
        metricsWorkspaceId={workspaceId}
        canComment={canComment}
        eventsUrl={journeyEventsUrl(journeyId)}
      />
    );
  }
  if (query.isPending) return <CanvasLoading />;
  return <CanvasLoadError workspaceId={workspaceId} error={query.error} onRetry={() => void query.refetch()} />;
}
