import { isCanvasPath, startEarlyRequests } from './early-requests';

startEarlyRequests(window.location.pathname);
// The canvas's code, which the router would ask for only once the app has loaded.
if (isCanvasPath(window.location.pathname)) void import('../features/canvas/journey-canvas-page').catch(() => undefined);
