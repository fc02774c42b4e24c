import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  const token = 'Ab-_'.repeat(10) + 'xyz';

  it('hides the token of share and invitation links, in the API and on their pages', () => {
    expect(redactUrl(`/api/share/${token}`)).toBe('/api/share/[redacted]');
    expect(redactUrl(`/api/invitations/${token}/accept`)).toBe('/api/invitations/[redacted]/accept');
    expect(redactUrl(`/s/${token}?x=1`)).toBe('/s/[redacted]?x=1');
    expect(redactUrl(`/invite/${token}`)).toBe('/invite/[redacted]');
  });

  it('leaves every other URL alone', () => {
    for (const url of ['/api/journeys/5f0c/share-links', '/api/health', '/w/abc/journeys/def', '/assets/s/app.js']) {
      expect(redactUrl(url)).toBe(url);
    }
  });
});
