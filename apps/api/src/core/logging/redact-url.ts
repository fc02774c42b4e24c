/** Paths whose next segment is a bearer secret: API routes and the web pages of invitation and share links. */
const SECRET_SEGMENT = /^(\/api\/share\/|\/api\/invitations\/|\/s\/|\/invite\/)[^/?#]+/;

/** The request URL for the log, with a link's token replaced: whoever reads logs must not be able to open links. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_SEGMENT, '$1[redacted]');
}
