import { roleAllows, scopesAllow, type ApiKeyScope, type Role } from '@cxmap/domain';
import type { RouteSpec } from './route-table';
import type { Account, World } from './world';

/**
 * How the API treats a caller on a route: the answer follows from it (see `expectedAnswer`).
 * `key-refused`: an API key on a route that does not take API keys (403 API_KEY_NOT_ALLOWED).
 */
export type Decision = 'allowed' | 'forbidden' | 'hidden' | 'unauthenticated' | 'key-refused';

/**
 * A kind of caller of the role matrix. To add one, add an entry to CALLER_KINDS: `account` says
 * whose session it uses (null: none), `headers` how it sends its credential, `decide` how every
 * route treats it. Nothing else changes: every route gets a cell for the new kind.
 */
export interface CallerKind {
  name: string;
  /** The caller's role in the world's workspace; null when not a member. */
  role: Role | null;
  account: (world: World) => Account | null;
  headers: (world: World) => Record<string, string>;
  decide: (route: RouteSpec) => Decision;
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
    decide: ({ access }) => {
      if (access.kind === 'public' || access.kind === 'signed-in') return 'allowed';
      return roleAllows(role, access.permission) ? 'allowed' : 'forbidden';
    },
  };
}

const decideAnonymous = ({ access }: RouteSpec): Decision => (access.kind === 'public' ? 'allowed' : 'unauthenticated');

/**
 * An integration with a key of the world's workspace holding `scope`. The guard checks any
 * `Bearer cxk_…` before anything else, on public routes too: a route without `@AllowApiKey()`
 * (`apiKey: true` in the table) refuses it. On the others its scopes stand in for a role, through
 * the domain's scope table (API_KEY_SCOPE_PERMISSIONS); another workspace is 404 (isolation matrix).
 */
function apiKey(scope: ApiKeyScope): CallerKind {
  return {
    name: `api-key ${scope}`,
    role: null,
    account: () => null,
    headers: (world) => ({ Authorization: `Bearer ${world.workspace.apiKeys[scope]}` }),
    decide: ({ access, apiKey: takesKeys }) => {
      if (takesKeys !== true) return 'key-refused';
      if (access.kind !== 'workspace' && access.kind !== 'journey') throw new Error('an API-key route checks a workspace or a journey');
      return scopesAllow([scope], access.permission) ? 'allowed' : 'forbidden';
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
    decide: ({ access }) => (access.kind === 'public' || access.kind === 'signed-in' ? 'allowed' : 'hidden'),
  },
  { name: 'anonymous', role: null, account: () => null, headers: () => ({}), decide: decideAnonymous },
  {
    // Someone holding the world's share link. The link is a URL: its token opens
    // GET /api/share/{token} (that route's request carries it) and is no credential anywhere else,
    // so on every other route this caller is anonymous. (Sent as a bearer credential instead, it is
    // refused like an unknown API key: share-links.int-spec.ts.)
    name: 'share-link',
    role: null,
    account: () => null,
    headers: () => ({}),
    decide: decideAnonymous,
  },
  apiKey('read'),
  apiKey('ingest'),
];

/** What a cell must answer: a status, and for a refusal the problem code (null: whichever the route gives). */
export interface Answer {
  status: number;
  code: string | null;
}

/** The answer a caller must get on a route: the route's success status when allowed. */
export function expectedAnswer(route: RouteSpec, caller: CallerKind): Answer {
  const special = route.expect?.(caller);
  if (special !== undefined) return { status: special, code: null };
  const decision = caller.decide(route);
  switch (decision) {
    case 'allowed':
      return { status: route.success, code: null };
    case 'forbidden':
      return { status: 403, code: 'FORBIDDEN' };
    case 'key-refused':
      return { status: 403, code: 'API_KEY_NOT_ALLOWED' };
    case 'unauthenticated':
      return { status: 401, code: 'UNAUTHENTICATED' };
    case 'hidden':
      return { status: 404, code: route.access.kind === 'journey' ? 'JOURNEY_NOT_FOUND' : 'WORKSPACE_NOT_FOUND' };
  }
}
