import { hashApiKeySecret, newApiKeySecret } from './api-key-secret';

describe('API key secrets', () => {
  it('are cxk_ and 43 base64url characters, with their hash and an 8-character prefix', () => {
    const { secret, hash, prefix } = newApiKeySecret();
    expect(secret).toMatch(/^cxk_[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret.slice(4));
    expect(prefix).toBe(secret.slice(0, 8));
    expect(hashApiKeySecret(secret)).toBe(hash);
  });

  it('differ every time', () => {
    const secrets = new Set(Array.from({ length: 50 }, () => newApiKeySecret().secret));
    expect(secrets.size).toBe(50);
  });

  it.each(['', 'cxk_', 'cxk_short', `cxx_${'A'.repeat(43)}`, `cxk_${'A'.repeat(44)}`, `cxk_${'A'.repeat(42)}=`, `CXK_${'A'.repeat(43)}`])(
    'refuses %j as malformed',
    (candidate) => {
      expect(hashApiKeySecret(candidate)).toBeNull();
    },
  );
});
