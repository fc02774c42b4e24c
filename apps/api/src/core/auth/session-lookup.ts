import type { Actor } from './actor';

/** Resolves a session token hash to its user; provided by the auth module. */
export abstract class SessionLookup {
  abstract findActor(tokenHash: string): Promise<Actor | null>;
}
