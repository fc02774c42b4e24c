import { isCanvasPath, isSharedJourneyPath, startEarlyRequests } from './early-requests';

const path = window.location.pathname;
startEarlyRequests(path);
// The page's code, which the router would ask for only once the app has loaded. Built only: under the
// dev server this could run before React Refresh has set up, and its error would stick to the module.
if (import.meta.env.PROD) {
  if (isCanvasPath(path)) void import('../features/canvas/journey-canvas-page').catch(() => undefined);
  else if (isSharedJourneyPath(path)) void import('../features/share-links/shared-journey-page').catch(() => undefined);
}
