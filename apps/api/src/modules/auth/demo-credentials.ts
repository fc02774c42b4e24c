import { Injectable } from '@nestjs/common';

/** The demo password known to this process (set by the seeder), offered on the embedded database only. */
@Injectable()
export class DemoCredentials {
  private password: string | null = null;

  set(password: string | null): void {
    this.password = password;
  }

  get(): string | null {
    return this.password;
  }
}
