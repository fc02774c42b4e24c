import { parseRevisionTags, revisionTag, tagsMatch } from './etag';

describe('revision ETags', () => {
  it('quotes the revision', () => {
    expect(revisionTag(7)).toBe('"7"');
  });

  it('parses strong, weak, lists and *', () => {
    expect(parseRevisionTags('"3"')).toEqual({ kind: 'revisions', revisions: [3] });
    expect(parseRevisionTags('W/"3", "4"')).toEqual({ kind: 'revisions', revisions: [3, 4] });
    expect(parseRevisionTags('*')).toEqual({ kind: 'any' });
  });

  it('refuses anything else', () => {
    expect(parseRevisionTags('3').kind).toBe('invalid');
    expect(parseRevisionTags('"abc"').kind).toBe('invalid');
    expect(parseRevisionTags('').kind).toBe('invalid');
  });

  it('matches a revision', () => {
    expect(tagsMatch('"3"', 3)).toBe(true);
    expect(tagsMatch('"3"', 4)).toBe(false);
    expect(tagsMatch(undefined, 3)).toBe(false);
    expect(tagsMatch('*', 9)).toBe(true);
  });
});
