import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error';
import type { RequestWithActor } from './actor';
import { IS_PUBLIC } from './public.decorator';
import { SessionLookup } from './session-lookup';
import { SESSION_COOKIE, hashSessionToken } from './session-token';

/** Global guard: every route needs a live session unless marked `@Public()`. */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const token = readCookie(request, SESSION_COOKIE);
    if (token) {
      const actor = await this.sessions.findActor(hashSessionToken(token));
      if (actor) request.actor = actor;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    return true;
  }
}

function readCookie(request: RequestWithActor, name: string): string | undefined {
  const cookies: unknown = request.cookies;
  if (typeof cookies !== 'object' || cookies === null) return undefined;
  const value: unknown = (cookies as Record<string, unknown>)[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
}
