import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ApiKeyScope } from '@cxmap/domain';
import { AppError } from '../errors/app-error';
import type { Actor, RequestWithActor } from './actor';

/**
 * An integration calling with `Authorization: Bearer cxk_…`. It is no member of anything: it reaches
 * its own workspace only, and only what its scopes grant (WorkspaceAccessService checks both).
 */
export interface ApiKeyCaller {
  kind: 'apiKey';
  keyId: string;
  /** The key's name, as the audit log records who made a change. */
  name: string;
  workspaceId: string;
  scopes: readonly ApiKeyScope[];
}

/**
 * Whoever a request runs for: a signed-in user (`Actor`) or an API key. Only services behind an
 * `@AllowApiKey()` route take a `Caller`; every other one keeps taking an `Actor`.
 */
export type Caller = Actor | ApiKeyCaller;

export function isApiKeyCaller(caller: Caller): caller is ApiKeyCaller {
  return 'kind' in caller && caller.kind === 'apiKey';
}

/** The caller of an `@AllowApiKey()` route: the key when one was sent, else the session's user. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  const caller = request.apiKey ?? request.actor;
  if (!caller) throw new AppError('UNAUTHENTICATED');
  return caller;
});
