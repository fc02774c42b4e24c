import type { Actor } from './actor';

/** Resolves a session token hash to its user; provided by the auth module. */
export abstract class SessionLookup {
  abstract findActor(tokenHash: string): Promise<Actor | null>;
  /** Whether the session still exists and has not expired (signed out, revoked and expired sessions have not). */
  abstract isActive(sessionId: string): Promise<boolean>;
}
