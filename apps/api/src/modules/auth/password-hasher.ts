import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id hashes; unknown emails are checked against a dummy hash so both paths cost the same. */
@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spends the time of a real verification and always fails. */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('cxmap-dummy-password-for-unknown-emails');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
