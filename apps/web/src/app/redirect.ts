/** Where the log-in page sends the user back to: the `next` search parameter of the log-in URL. */
export const NEXT_PARAM = 'next';

const AUTH_PAGES = ['/login', '/signup'];

export interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

/** The log-in URL for a visitor who is not signed in, remembering the page they asked for. */
export function loginPathFor(location: LocationLike): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  if (target === '/' || AUTH_PAGES.includes(location.pathname)) return '/login';
  return `/login?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}

/**
 * The page to open after logging in: the `next` parameter when it is a path of this app,
 * otherwise null (never another origin such as `//evil.example` or `https://…`).
 */
export function redirectTargetFrom(search: string): string | null {
  const next = new URLSearchParams(search).get(NEXT_PARAM);
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  const pathname = next.split(/[?#]/, 1)[0] ?? '';
  if (AUTH_PAGES.includes(pathname)) return null;
  return next;
}

/** Keeps the `next` parameter when moving between the log-in and sign-up pages. */
export function withNext(path: string, search: string): string {
  const next = redirectTargetFrom(search);
  return next ? `${path}?${new URLSearchParams({ [NEXT_PARAM]: next }).toString()}` : path;
}
