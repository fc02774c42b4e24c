import type { Actor } from '../../core/auth/actor';
import { isApiKeyCaller, type Caller } from '../../core/auth/caller';

/** Who made a change, as the audit log records it; `label` is the name at that moment. */
export type AuditActor =
  /** `sessionId`: the session the change came through (not stored; live change events carry it so a session spots its own echoes). */
  | { kind: 'user'; userId: string; label: string; sessionId?: string }
  | { kind: 'api_key'; apiKeyId: string; label: string }
  | { kind: 'system' };

/** Seeds and other changes no person or key asked for. */
export const SYSTEM_ACTOR: AuditActor = { kind: 'system' };

export const SYSTEM_LABEL = 'CXMap';

/**
 * The audit actor of a request's caller: the signed-in user, or the API key (by its name at the
 * time) on the routes that accept keys. Every service builds its actor here.
 */
export function auditActorOf(caller: Actor | Caller): AuditActor {
  if (isApiKeyCaller(caller)) return { kind: 'api_key', apiKeyId: caller.keyId, label: caller.name };
  return { kind: 'user', userId: caller.userId, label: caller.name, sessionId: caller.sessionId };
}
