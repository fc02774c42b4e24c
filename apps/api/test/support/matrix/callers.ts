import { roleAllows, type Role } from '@cxmap/domain';
import type { AccessRule, RouteSpec } from './route-table';
import type { Account, World } from './world';

/** How the API treats a caller on a route: the answer follows from it (see `expectedStatus`). */
export type Decision = 'allowed' | 'forbidden' | 'hidden' | 'unauthenticated';

/**
 * A kind of caller of the role matrix. To add one (a share-link token, an API key with scopes),
 * add an entry to CALLER_KINDS: `account` says whose credentials it uses (null: none), `headers`
 * how it sends them, `decide` how every access rule treats it. Nothing else changes: every route
 * gets a cell for the new kind.
 */
export interface CallerKind {
  name: string;
  /** The caller's role in the world's workspace; null when not a member. */
  role: Role | null;
  account: (world: World) => Account | null;
  headers: (world: World) => Record<string, string>;
  decide: (rule: AccessRule) => Decision;
}

function sessionHeaders(account: (world: World) => Account): (world: World) => Record<string, string> {
  return (world) => ({ Cookie: account(world).cookie });
}

function member(role: Role): CallerKind {
  const account = (world: World): Account => world.workspace.members[role];
  return {
    name: role,
    role,
    account,
    headers: sessionHeaders(account),
    decide: (rule) => {
      if (rule.kind === 'public' || rule.kind === 'signed-in') return 'allowed';
      return roleAllows(role, rule.permission) ? 'allowed' : 'forbidden';
    },
  };
}

export const CALLER_KINDS: readonly CallerKind[] = [
  member('owner'),
  member('editor'),
  member('commenter'),
  member('viewer'),
  {
    // Signed in, but not a member: the workspace and its journeys do not exist for them.
    name: 'non-member',
    role: null,
    account: (world) => world.outsider,
    headers: sessionHeaders((world) => world.outsider),
    decide: (rule) => (rule.kind === 'public' || rule.kind === 'signed-in' ? 'allowed' : 'hidden'),
  },
  {
    name: 'anonymous',
    role: null,
    account: () => null,
    headers: () => ({}),
    decide: (rule) => (rule.kind === 'public' ? 'allowed' : 'unauthenticated'),
  },
];

const DECISION_STATUS: Record<Exclude<Decision, 'allowed'>, number> = { forbidden: 403, hidden: 404, unauthenticated: 401 };

/** The status a caller must get on a route: the route's success status when allowed. */
export function expectedStatus(route: RouteSpec, caller: CallerKind): number {
  const special = route.expect?.(caller);
  if (special !== undefined) return special;
  const decision = caller.decide(route.access);
  return decision === 'allowed' ? route.success : DECISION_STATUS[decision];
}
