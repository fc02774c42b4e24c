import { LIMITS } from '@cxmap/domain';

/** The description line that keeps a touchpoint's actors (touchpoints have no actor field). */
export const ACTORS_PREFIX = 'Actors: ';

/**
 * A touchpoint's stored description: the file's description, a blank line, then `Actors: a, b`
 * and the notes, one per line. Actor names never hold a comma in the formats we read (Mermaid
 * splits actors on commas), so the line reads back losslessly.
 */
export function composeDescription(description: string, actors: readonly string[], notes: readonly string[]): string {
  const extra = [...(actors.length > 0 ? [ACTORS_PREFIX + actors.join(', ')] : []), ...notes];
  const body = description.trim();
  if (extra.length === 0) return body;
  return body === '' ? extra.join('\n') : `${body}\n\n${extra.join('\n')}`;
}

/** The actors of an `Actors: a, b` line in a description (the last one wins), or none. */
export function actorsFromDescription(description: string): string[] {
  const line = description
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(ACTORS_PREFIX));
  if (!line) return [];
  return line
    .slice(ACTORS_PREFIX.length)
    .split(',')
    .map((actor) => actor.trim())
    .filter((actor) => actor !== '');
}

/** Cuts `text` to `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

export function tooLong(text: string, max: number): boolean {
  return [...text].length > max;
}

export const DESCRIPTION_MAX = LIMITS.descriptionMax;
