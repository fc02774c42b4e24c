import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_KEY_SECRET_PREFIX } from '@cxmap/domain';
import { AppError } from '../errors/app-error';
import type { RequestWithActor } from './actor';
import { ALLOWS_API_KEY } from './api-key.decorator';
import { ApiKeyLookup } from './api-key-lookup';
import { hashApiKeySecret } from './api-key-secret';
import type { ApiKeyCaller } from './caller';
import { IS_PUBLIC } from './public.decorator';
import { SessionLookup } from './session-lookup';
import { hashSessionToken, sessionTokenOf } from './session-token';

/**
 * Global guard: every route needs a live session unless marked `@Public()`.
 *
 * A request with `Authorization: Bearer …` is an API-key request, whatever cookie it also carries:
 * a malformed, unknown or revoked key is 401 INVALID_API_KEY (alike), and a valid one reaches only
 * `@AllowApiKey()` routes (elsewhere 403 API_KEY_NOT_ALLOWED). On `@Public()` routes a bearer
 * token that is not `cxk_…` is left alone: the metrics scrape reads its own token there.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionLookup,
    private readonly apiKeys: ApiKeyLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;

    const bearer = readBearer(request);
    if (bearer !== null && (!isPublic || bearer.startsWith(API_KEY_SECRET_PREFIX))) {
      const apiKey = await this.findApiKey(bearer);
      if (this.reflector.getAllAndOverride<boolean | undefined>(ALLOWS_API_KEY, targets) !== true) {
        throw new AppError('API_KEY_NOT_ALLOWED');
      }
      request.apiKey = apiKey;
      return true;
    }

    const token = sessionTokenOf(request);
    if (token) {
      const actor = await this.sessions.findActor(hashSessionToken(token));
      if (actor) request.actor = actor;
    }
    if (isPublic) return true;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    return true;
  }

  private async findApiKey(secret: string): Promise<ApiKeyCaller> {
    const hash = hashApiKeySecret(secret);
    const caller = hash === null ? null : await this.apiKeys.findCaller(hash);
    if (!caller) throw new AppError('INVALID_API_KEY');
    return caller;
  }
}

/** The token of an `Authorization: Bearer <token>` header ('' when empty), or null without one. */
function readBearer(request: RequestWithActor): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer(?:[ \t]+(.*))?$/i.exec(header.trim());
  return match ? (match[1] ?? '').trim() : null;
}
