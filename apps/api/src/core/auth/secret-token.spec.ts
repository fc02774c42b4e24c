import { hashSecretToken, newSecretToken } from './secret-token';

describe('secret tokens', () => {
  it('are 32 random bytes in base64url, stored as their sha256', () => {
    const { token, hash } = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashSecretToken(token)).toBe(hash);
    expect(newSecretToken().token).not.toBe(token);
  });

  it('refuse strings that cannot be a token', () => {
    for (const bad of ['', 'short', 'x'.repeat(44), `${'a'.repeat(42)}/`, `${'a'.repeat(42)}=`]) {
      expect(hashSecretToken(bad)).toBeNull();
    }
  });
});
