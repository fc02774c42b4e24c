import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import type { ApiKeyCaller } from './caller';

/** The signed-in user on whose behalf a request runs; passed explicitly to every service call. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
}

export interface RequestWithActor extends Request {
  /** The session's user; never set when the request carries an API key. */
  actor?: Actor;
  /** The API key the request carries (set by the guard on `@AllowApiKey()` routes only). */
  apiKey?: ApiKeyCaller;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  // A route that needs a user and was opened to API keys by mistake still refuses them.
  if (request.apiKey) throw new AppError('API_KEY_NOT_ALLOWED');
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
});

/** The signed-in user on a `@Public()` route, or undefined for an anonymous caller. */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | undefined => context.switchToHttp().getRequest<RequestWithActor>().actor,
);
