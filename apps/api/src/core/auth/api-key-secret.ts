import { createHash, randomBytes } from 'node:crypto';
import { API_KEY_SECRET_PREFIX } from '@cxmap/domain';

/** `cxk_` then 32 random bytes, base64url (43 characters). */
const SECRET_SHAPE = /^cxk_[A-Za-z0-9_-]{43}$/;

/** How much of the secret is kept in clear, to tell keys apart: `cxk_` and 4 characters (24 bits). */
const PREFIX_LENGTH = API_KEY_SECRET_PREFIX.length + 4;

export interface NewApiKeySecret {
  /** Shown once, in the answer to its creation; never stored. */
  secret: string;
  /** sha256 (hex): what the database holds. 256 random bits need no slow hash. */
  hash: string;
  prefix: string;
}

export function newApiKeySecret(): NewApiKeySecret {
  const secret = `${API_KEY_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: sha256(secret), prefix: secret.slice(0, PREFIX_LENGTH) };
}

/** The hash to look a secret up by; null for a string that cannot be a secret (answered like an unknown one). */
export function hashApiKeySecret(secret: string): string | null {
  return SECRET_SHAPE.test(secret) ? sha256(secret) : null;
}

function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
