import { LIMITS } from '@cxmap/domain';
import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** The journey import route: the one route whose body may be larger than the app's body limit. */
const IMPORT_ROUTE = /^\/api\/workspaces\/[^/]+\/journeys\/import\/?$/;

export function isJourneyImportRoute(method: string, path: string): boolean {
  return method === 'POST' && IMPORT_ROUTE.test(path);
}

/**
 * Before the app's JSON parser: the journey import reads its body with a limit of
 * LIMITS.importDocumentBodyMaxBytes, so a CXMap document of LIMITS.journeyDocumentContentMax
 * characters (the export of a journey at its caps) fits. The app's parser then sees the body read
 * and leaves it; every other route keeps the app's limit. Errors go on to the same body-parser handler.
 */
export function parseJourneyImportBody(): RequestHandler {
  const parse = json({ limit: LIMITS.importDocumentBodyMaxBytes });
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!isJourneyImportRoute(request.method, request.path)) {
      next();
      return;
    }
    parse(request, response, next);
  };
}
