import { Box, Center, Group, Loader } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { graphQueries } from '../api/graph';
import { JourneyExportButton } from '../features/exports/journey-export-button';
import { ImportMeasurementsButton } from '../features/canvas/metrics/measurement-import/import-measurements-modal';
import { ShareJourneyButton } from '../features/share-links/share-journey-button';
import { useWorkspaceAccess } from './workspace-access';

const loadCanvasPage = () => import('../features/canvas/journey-canvas-page');
const JourneyCanvasPage = lazy(() => loadCanvasPage().then((module) => ({ default: module.JourneyCanvasPage })));

/**
 * The canvas route's loader: starts the canvas chunk and the journey's graph (the query the page reads, same key)
 * as the navigation starts, in parallel with the session check, instead of one after the other. It waits for
 * neither: the page shows its own loading and error states, and a failed prefetch is asked again by the page.
 */
export function preloadCanvasRoute(queryClient: QueryClient, journeyId: string | undefined): null {
  void loadCanvasPage().catch(() => undefined);
  if (journeyId) void queryClient.prefetchQuery(graphQueries.detail(journeyId));
  return null;
}

/** Shown while the route's loader (preloadCanvasRoute, which waits for nothing) runs on the first page load: nothing. */
export function CanvasRouteLoading() {
  return null;
}

/** The canvas fills the viewport below the header, edge to edge. */
export function CanvasRoute() {
  const { workspaceId = '', journeyId = '' } = useParams();
  const access = useWorkspaceAccess(workspaceId);
  const readOnly = !access.can('journey:write');
  const canComment = access.can('journey:comment');
  // The API lets the author or a workspace owner delete an annotation or reply.
  const canModerate = access.role === 'owner';
  const actions = (
    <Group gap={6} wrap="nowrap">
      {access.can('journey:export') && <JourneyExportButton journeyId={journeyId} />}
      {access.can('journey:share') && <ShareJourneyButton journeyId={journeyId} />}
    </Group>
  );
  const importMeasurements = access.can('metrics:ingest') ? <ImportMeasurementsButton journeyId={journeyId} workspaceId={workspaceId} /> : undefined;
  return (
    <Box pos="relative" h="calc(100dvh - var(--app-shell-header-offset, 0rem))" style={{ overflow: 'hidden' }}>
      <Suspense
        fallback={
          <Center h="100%" role="status" aria-label="Loading the journey">
            <Loader />
          </Center>
        }
      >
        <JourneyCanvasPage key={journeyId} workspaceId={workspaceId} journeyId={journeyId} readOnly={readOnly} canComment={canComment} canModerate={canModerate} actions={actions} metricsActions={importMeasurements} />
      </Suspense>
    </Box>
  );
}
