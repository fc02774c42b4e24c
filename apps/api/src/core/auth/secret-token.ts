import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A bearer secret handed out in a link (invitations, share links). The token goes to its holder
 * once; the database keeps only its sha256, so a leaked table opens nothing.
 */
export interface NewSecretToken {
  /** Goes into the link, once; never stored. */
  token: string;
  /** sha256 (hex) of the token: what the database holds. */
  hash: string;
}

export function newSecretToken(): NewSecretToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) ?? '' };
}

/** The hash to look a token up by; null for a string that cannot be a token (answered like an unknown one). */
export function hashSecretToken(token: string): string | null {
  if (!TOKEN_SHAPE.test(token)) return null;
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
