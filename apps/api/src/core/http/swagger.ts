import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_SECURITY } from '../auth/api-key.decorator';
import { SESSION_COOKIE } from '../auth/session-token';
import { ProblemDto } from './problem.dto';

/** OpenAPI: UI at /api/docs, JSON at /api/docs-json. */
export function setUpSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('CXMap API')
    .setDescription(
      'Customer-experience journey maps. Errors are application/problem+json (RFC 9457). ' +
        'Request bodies are JSON of at most 5 MB (5,242,880 bytes): a larger one is answered 413 PAYLOAD_TOO_LARGE. ' +
        'Lists are paged: `?limit=` (1 to 200, default 50) and `?cursor=` (the previous page’s `nextCursor`). ' +
        'Writes from a browser must come from the app’s own origin (403 CSRF_REJECTED otherwise).',
    )
    .setVersion('0.1.0')
    .addCookieAuth(SESSION_COOKIE)
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'cxk_…',
        description: 'A workspace API key (`Authorization: Bearer cxk_…`); accepted only by the operations that list this scheme.',
      },
      API_KEY_SECURITY,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
