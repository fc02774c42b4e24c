import { hashInvitationToken, invitationPath, newInvitationToken } from './invitation-token';

describe('invitation tokens', () => {
  it('are 32 random bytes in base64url, stored as their sha256', () => {
    const { token, hash } = newInvitationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashInvitationToken(token)).toBe(hash);
    expect(newInvitationToken().token).not.toBe(token);
  });

  it('refuse strings that cannot be a token', () => {
    for (const bad of ['', 'short', 'x'.repeat(44), `${'a'.repeat(42)}/`, `${'a'.repeat(42)}=`]) {
      expect(hashInvitationToken(bad)).toBeNull();
    }
  });

  it('make the link of the accept page', () => {
    expect(invitationPath('abc')).toBe('/invite/abc');
  });
});
