import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';

export const ALLOWS_API_KEY = 'cxmap:allowsApiKey';

/** The OpenAPI security scheme of API keys (declared in `core/http/swagger.ts`). */
export const API_KEY_SECURITY = 'apiKey';

/**
 * Opens a route to API-key callers as well as to sessions; take the caller with `@CurrentCaller()`
 * and let the service check it through `WorkspaceAccessService` (workspace and scope). Every route
 * without it answers an API key 403 API_KEY_NOT_ALLOWED.
 */
export const AllowApiKey = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(ALLOWS_API_KEY, true), ApiBearerAuth(API_KEY_SECURITY));
