import { describe, expect, it } from 'vitest';
import { fixtureInput } from '../testing/fixture-journey';
import { forShareLinkAudience, SHARED_AUTHOR_LABEL, SHARED_WORKSPACE_LABEL } from './share-link-audience';

describe('forShareLinkAudience', () => {
  it('keeps the map and annotations but no names: workspace, authors, replies', () => {
    const input = fixtureInput();
    const authors = [...new Set(input.annotations.flatMap((a) => [a.author, ...a.replies.map((r) => r.author)]))];
    expect(authors.length).toBeGreaterThan(1);
    const shared = forShareLinkAudience(input);
    expect(shared.workspace).toEqual({ id: 'w1', name: SHARED_WORKSPACE_LABEL });
    expect(shared.annotations.map((a) => a.title)).toEqual(input.annotations.map((a) => a.title));
    expect(shared.annotations.every((a) => a.author === SHARED_AUTHOR_LABEL && a.replies.length === 0)).toBe(true);
    const text = JSON.stringify(shared);
    for (const name of [input.workspace.name, ...authors]) expect(text).not.toContain(name);
    expect([shared.journey, shared.touchpoints, shared.metrics]).toEqual([input.journey, input.touchpoints, input.metrics]);
  });
});
