import { lazy, Suspense } from 'react';
import { FullPageLoader } from '../ui/full-page-state';

const SharedJourneyPage = lazy(() =>
  import('../features/share-links/shared-journey-page').then((module) => ({ default: module.SharedJourneyPage })),
);

/** `/s/:token`, outside the signed-in frame; the canvas code loads with it. */
export function SharedJourneyRoute() {
  return (
    <Suspense fallback={<FullPageLoader label="Loading the shared journey" />}>
      <SharedJourneyPage />
    </Suspense>
  );
}
