import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { graphQueries } from '../../api/graph';
import { focusFromSearch } from '../../app/canvas-focus';
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
  /** A workspace owner: deletes anyone's annotations and replies. */
  canModerate?: boolean;
  /** Buttons at the end of the toolbar (e.g. Share). */
  actions?: ReactNode;
  /** Journey-level metric actions, shown in the journey summary (e.g. Import measurements). */
  metricsActions?: ReactNode;
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
export function JourneyCanvasPage({ workspaceId, journeyId, readOnly, canComment, canModerate = false, actions, metricsActions }: JourneyCanvasPageProps) {
  const options = graphQueries.detail(journeyId);
  const query = useQuery(options);
  // `?touchpoint=<id>` (or link, stage) and `&tab=`: what to select and open first; read once.
  const [searchParams] = useSearchParams();
  const [focus] = useState(() => focusFromSearch(searchParams));

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
        canModerate={canModerate}
        focus={focus}
        metricsActions={metricsActions}
        eventsUrl={journeyEventsUrl(journeyId)}
      />
    );
  }
  if (query.isPending) return <CanvasLoading />;
  return <CanvasLoadError workspaceId={workspaceId} error={query.error} onRetry={() => void query.refetch()} />;
}
