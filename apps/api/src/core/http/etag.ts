/** Journey ETags are the revision in quotes: `"12"`. */
export function revisionTag(revision: number): string {
  return `"${revision}"`;
}

export type IfMatch = { kind: 'any' } | { kind: 'revisions'; revisions: number[] } | { kind: 'invalid' };

/**
 * Reads an `If-Match` / `If-None-Match` value: `*`, or a list of `"n"` / `W/"n"` tags.
 * Tags that are not revisions make the header invalid.
 */
export function parseRevisionTags(header: string): IfMatch {
  const value = header.trim();
  if (value === '*') return { kind: 'any' };
  const revisions: number[] = [];
  for (const part of value.split(',')) {
    const match = /^(?:W\/)?"(\d{1,10})"$/.exec(part.trim());
    if (!match) return { kind: 'invalid' };
    revisions.push(Number(match[1]));
  }
  return { kind: 'revisions', revisions };
}

/** True when a conditional header (absent = no condition) matches `revision`. */
export function tagsMatch(header: string | undefined, revision: number): boolean {
  if (header === undefined) return false;
  const parsed = parseRevisionTags(header);
  return parsed.kind === 'any' || (parsed.kind === 'revisions' && parsed.revisions.includes(revision));
}
