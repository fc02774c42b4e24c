/**
 * The DataSource for heavy read-only routes: a pool on the read replica (`DATABASE_READ_URL`),
 * or the primary DataSource itself when none is configured. Inject it with
 * `@Inject(READ_DATA_SOURCE)`; compare it with the primary to know whether reads may lag.
 *
 * Consistency: writes, transactions that write, and access checks (memberships, sessions, share
 * links: revoking must take effect at once) stay on the primary. A replica answers a moment
 * behind; where a caller must see a write it has just been told about, the route reads the
 * primary's revision first and falls back to the primary when the replica is behind it (the
 * journey graph). Lists that may trail by the replica's lag say so (audit log, metric rollups).
 */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');
