import { LIMITS } from '@cxmap/domain';
import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { SessionLookup } from '../auth/session-lookup';
import { hashSessionToken, sessionTokenOf } from '../auth/session-token';
import { AppError } from '../errors/app-error';

/** The journey import route (workspace id a UUID; Express matches paths without regard to case). */
const IMPORT_ROUTE = /^\/api\/workspaces\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/journeys\/import\/?$/i;

/** Large import bodies read at once on one instance: each holds its bytes, text and parsed value (~3× the body). */
export const LARGE_IMPORT_READS_MAX = 2;

function isJourneyImportRoute(method: string, path: string): boolean {
  return method === 'POST' && IMPORT_ROUTE.test(path);
}

/**
 * Before the app's JSON parser: the journey import reads its body with a limit of
 * LIMITS.importDocumentBodyMaxBytes, so a CXMap document of LIMITS.journeyDocumentContentMax
 * characters (the export of a journey at its caps) fits — but only for a request whose session is
 * live (the route takes no API keys), and only LARGE_IMPORT_READS_MAX at once (more: 503
 * IMPORTS_BUSY with Retry-After). Anyone else's request goes on to the app's parser and its 5 MB
 * limit, then to the auth guard. The app's parser sees a body already read and leaves it; parser
 * errors go on to the same body-parser handler.
 */
export function parseJourneyImportBody(sessions: SessionLookup): RequestHandler {
  const parse = json({ limit: LIMITS.importDocumentBodyMaxBytes });
  let reading = 0;
  const admitted = async (request: Request): Promise<boolean> => {
    const token = sessionTokenOf(request);
    return token !== null && (await sessions.findActor(hashSessionToken(token))) !== null;
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    if (!isJourneyImportRoute(request.method, request.path)) {
      next();
      return;
    }
    admitted(request).then(
      (live) => {
        if (!live) {
          next();
          return;
        }
        if (reading >= LARGE_IMPORT_READS_MAX) {
          next(new AppError('IMPORTS_BUSY'));
          return;
        }
        reading += 1;
        let released = false;
        const release = (): void => {
          if (released) return;
          released = true;
          reading -= 1;
        };
        // Released once the answer is sent or the client leaves, whichever comes first.
        response.once('finish', release);
        response.once('close', release);
        parse(request, response, next);
      },
      (error: unknown) => next(error),
    );
  };
}
