import { decodeCursor, encodeCursor } from './annotation-cursor';
import { authorFieldsIn, evidenceErrors, mayDelete, nextSeverity, severityErrors, targetOfRequest } from './annotation-rules';
import { isHttpUrl } from './dto/http-url';

describe('annotation rules', () => {
  it('takes exactly one target', () => {
    expect(targetOfRequest({ stageId: 'ABC' })).toEqual({ kind: 'stage', id: 'abc' });
    expect(targetOfRequest({ linkId: 'x' })).toEqual({ kind: 'link', id: 'x' });
    expect(targetOfRequest({})).toHaveLength(3);
    expect(targetOfRequest({ touchpointId: 'a', linkId: 'b' })).toHaveLength(3);
  });

  it('gives pain points, and only them, a severity', () => {
    expect(severityErrors('pain_point', 'low')).toEqual([]);
    expect(severityErrors('pain_point', null)).toEqual([{ path: 'severity', message: expect.any(String) }]);
    expect(severityErrors('idea', null)).toEqual([]);
    expect(severityErrors('comment', 'critical')).toEqual([{ path: 'severity', message: expect.any(String) }]);
  });

  it('works out the severity after an edit', () => {
    const pain = { kind: 'pain_point', severity: 'high' } as const;
    expect(nextSeverity(pain, {})).toEqual(pain);
    expect(nextSeverity(pain, { kind: 'idea' })).toEqual({ kind: 'idea', severity: null });
    expect(nextSeverity(pain, { severity: 'low' })).toEqual({ kind: 'pain_point', severity: 'low' });
    expect(nextSeverity({ kind: 'idea', severity: null }, { kind: 'pain_point' })).toEqual({ kind: 'pain_point', severity: null });
  });

  it('wants evidence to say something', () => {
    expect(evidenceErrors([{ kind: 'quote', text: 'said', url: null }, { kind: 'ticket', text: '', url: 'https://x.test/1' }])).toEqual([]);
    expect(evidenceErrors([{ kind: 'quote', text: '', url: 'https://x.test' }]).map((e) => e.path)).toEqual(['evidence.0.text']);
    expect(evidenceErrors([{ kind: 'link', text: '', url: null }]).map((e) => e.path)).toEqual(['evidence.0']);
  });

  it('keeps the text to the author and deletion to the author or an owner', () => {
    expect(authorFieldsIn({ version: 1, status: 'resolved', ownerTeam: null })).toEqual([]);
    expect(authorFieldsIn({ title: 'x', severity: null, status: 'open' })).toEqual(['title', 'severity']);
    expect(mayDelete({ userId: 'u', isOwner: false }, 'u')).toBe(true);
    expect(mayDelete({ userId: 'u', isOwner: false }, 'v')).toBe(false);
    expect(mayDelete({ userId: 'u', isOwner: false }, null)).toBe(false);
    expect(mayDelete({ userId: 'u', isOwner: true }, null)).toBe(true);
  });

  it('accepts only absolute http(s) URLs', () => {
    expect(['https://example.com/a?b=c', 'http://localhost:8080/x'].map(isHttpUrl)).toEqual([true, true]);
    expect(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', '/relative', 'mailto:a@b.c', 'https://a b.c', 42].map(isHttpUrl)).toEqual(
      Array(7).fill(false),
    );
  });

  it('round-trips its cursor and refuses others', () => {
    const row = { created_key: '2026-01-02T03:04:05.123456Z', id: '0b6f6c52-9a3c-4a7e-8d1e-3f1c2b4a5d6e' };
    expect(decodeCursor(encodeCursor(row))).toEqual({ createdAt: row.created_key, id: row.id });
    expect(decodeCursor('nope')).toBeUndefined();
    expect(decodeCursor(Buffer.from('2026-01-02T03:04:05.123456Z|not-a-uuid').toString('base64url'))).toBeUndefined();
  });
});
