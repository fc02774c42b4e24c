import type { Actor } from '../../core/auth/actor';

/** Who made a change, as the audit log records it; `label` is the name at that moment. */
export type AuditActor =
  | { kind: 'user'; userId: string; label: string }
  | { kind: 'api_key'; apiKeyId: string; label: string }
  | { kind: 'system' };

/** Seeds and other changes no person or key asked for. */
export const SYSTEM_ACTOR: AuditActor = { kind: 'system' };

export const SYSTEM_LABEL = 'CXMap';

/**
 * The audit actor of a request's caller. Every service builds its actor here, so when API-key
 * callers arrive (an `Actor` carrying its key) this is the one place to map them:
 * `if (actor.apiKey) return { kind: 'api_key', apiKeyId: actor.apiKey.id, label: actor.apiKey.name };`
 */
export function auditActorOf(actor: Actor): AuditActor {
  return { kind: 'user', userId: actor.userId, label: actor.name };
}
