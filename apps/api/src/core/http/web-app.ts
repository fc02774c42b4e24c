import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

export function isApiPath(urlPath: string): boolean {
  return urlPath === '/api' || urlPath.startsWith('/api/');
}

/** Serves the built web app and answers its client-side routes with index.html (never under /api). */
export function serveWebApp(app: NestExpressApplication, webDist: string, logger: Logger): void {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn(`web app not found at ${webDist}: serving the API only (build it with "nx run web:build")`);
    return;
  }
  app.useStaticAssets(webDist, { index: false, redirect: false, fallthrough: true });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(request.path);
    if (!wantsPage) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
