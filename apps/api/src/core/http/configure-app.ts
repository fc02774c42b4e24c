import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';
import { ProblemExceptionFilter } from '../errors/problem-exception.filter';
import { createValidationPipe } from '../validation/validation-pipe';
import { bodyParserErrors } from './body-parser-errors';
import { answerClientErrors } from './client-errors';
import { rejectCrossSiteWrites } from './csrf';
import { closeConnectionsWhenStopping } from './graceful-shutdown';
import { SessionLookup } from '../auth/session-lookup';
import { parseJourneyImportBody } from './import-body';
import { rejectHostileJson, requireJsonBody } from './json-body';
import { AppMetrics } from './metrics';
import { ShutdownState } from './shutdown-state';
import { setUpSwagger } from './swagger';
import { serveWebApp } from './web-app';

/** Everything main.ts and the tests share: one function, so tests run the app exactly as shipped. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(PinoLogger));
  app.flushLogs();
  // First, so every request is counted and timed, and answers close their connection while stopping.
  app.use(app.get(AppMetrics).middleware());
  answerClientErrors(app.getHttpServer());
  app.use(closeConnectionsWhenStopping(app.get(ShutdownState)));
  app.set('etag', false);
  // Behind nginx/a load balancer: the client's address and scheme come from X-Forwarded-* (login throttling, CSRF origin check).
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      hsts: config.cookieSecure,
    }),
  );
  // Before the body is read: a cross-site write is refused whatever it carries.
  app.use(rejectCrossSiteWrites(config.allowedOrigins));
  app.use(cookieParser());
  app.use(requireJsonBody);
  app.use(parseJourneyImportBody(app.get(SessionLookup)));
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.use(bodyParserErrors);
  app.use(rejectHostileJson);
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemExceptionFilter());
  app.useGlobalPipes(createValidationPipe());
  setUpSwagger(app);
  serveWebApp(app, config.webDist, new Logger('WebApp'));
}
