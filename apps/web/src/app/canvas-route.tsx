import { Box, Center, Group, Loader } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { annotationQueries } from '../api/annotations';
import { graphQueries } from '../api/graph';
import { metricQueries } from '../api/metrics';
import { JourneyExportButton } from '../features/exports/journey-export-button';
import { ImportMeasurementsButton } from '../features/canvas/metrics/measurement-import/import-measurements-modal';
import { ShareJourneyButton } from '../features/share-links/share-journey-button';
import { useWorkspaceAccess } from './workspace-access';

const loadCanvasPage = () => import('../features/canvas/journey-canvas-page');
const JourneyCanvasPage = lazy(() => loadCanvasPage().then((module) => ({ default: module.JourneyCanvasPage })));

/**
 * The canvas route's loader: starts the canvas chunk, the journey's graph and what the map draws on its
 * cards and links (metric badges and their catalog, pain markers) as the navigation starts, in parallel
 * with the session check and with each other, instead of one after the other — the same queries, same
 * keys, as the page reads; the page used to ask for the badges and markers only once the map had
 * rendered, one more round trip. It waits for none: the page shows its own loading and error states,
 * and a failed prefetch is asked again by the page.
 */
export function preloadCanvasRoute(queryClient: QueryClient, workspaceId: string | undefined, journeyId: string | undefined): null {
  void loadCanvasPage().catch(() => undefined);
  if (!journeyId) return null;
  void queryClient.prefetchQuery(graphQueries.detail(journeyId));
  void queryClient.prefetchQuery(metricQueries.attachments(journeyId));
  void queryClient.prefetchQuery(annotationQueries.summary(journeyId));
  if (workspaceId) void queryClient.prefetchQuery(metricQueries.definitions(workspaceId));
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
