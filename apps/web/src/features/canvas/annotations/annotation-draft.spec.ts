import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, readDraft } from './annotation-draft';

describe('readDraft', () => {
  it('asks for a title and, for a pain point, a severity', () => {
    expect(readDraft(EMPTY_DRAFT)).toEqual({ errors: { title: 'Give it a title', severity: 'A pain point needs a severity' } });
  });

  it('trims, turns each link line into evidence, and drops the severity of other kinds', () => {
    const result = readDraft({ kind: 'idea', severity: 'high', title: '  Call back  ', body: ' text ', links: 'https://a.example/1\n\n http://b.example ' });
    expect(result).toEqual({
      content: {
        kind: 'idea',
        severity: null,
        title: 'Call back',
        body: 'text',
        evidence: [
          { kind: 'link', text: '', url: 'https://a.example/1' },
          { kind: 'link', text: '', url: 'http://b.example' },
        ],
      },
    });
  });

  it('refuses a link that is not http(s)', () => {
    expect(readDraft({ ...EMPTY_DRAFT, severity: 'low', title: 'x', links: 'javascript:alert(1)' })).toEqual({
      errors: { links: 'Not an http(s) link: javascript:alert(1)' },
    });
  });
});
