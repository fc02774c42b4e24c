import { isCanvasPath, startEarlyRequests } from './early-requests';

startEarlyRequests(window.location.pathname);
// The canvas's code, which the router would ask for only once the app has loaded. Built only: under
// the dev server this could run before React Refresh has set up, and its error would stick to the module.
if (import.meta.env.PROD && isCanvasPath(window.location.pathname)) void import('../features/canvas/journey-canvas-page').catch(() => undefined);
