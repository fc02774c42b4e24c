import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';

/** The signed-in user on whose behalf a request runs; passed explicitly to every service call. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
}

export interface RequestWithActor extends Request {
  actor?: Actor;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
});

/** The signed-in user on a `@Public()` route, or undefined for an anonymous caller. */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | undefined => context.switchToHttp().getRequest<RequestWithActor>().actor,
);
