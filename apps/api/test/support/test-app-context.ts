import type { NestExpressApplication } from '@nestjs/platform-express';
import { createTestApp, type TestAppOptions } from './create-test-app';
import { Given, type TestUser } from './given';

/** The app of a describe block and its data builders, readable once the block's beforeAll has run. */
export interface TestAppContext {
  readonly app: NestExpressApplication;
  readonly given: Given;
}

export interface TestAppContextWithOwner extends TestAppContext {
  /** A user signed up in beforeAll: the owner of a workspace of their own. */
  readonly owner: TestUser;
}

type SignupOverrides = Parameters<Given['user']>[0];

/**
 * Registers in the calling describe block a beforeAll that starts the app (`createTestApp(options)`)
 * and, with `owner`, signs up one user (`true`, or the overrides for `given.user`), and an afterAll
 * that closes the app. Call it first in the block, so that the block's own hooks run after these.
 */
export function useTestApp(options: TestAppOptions & { owner: true | SignupOverrides }): TestAppContextWithOwner;
export function useTestApp(options?: TestAppOptions): TestAppContext;
export function useTestApp({ owner: signup, ...appOptions }: TestAppOptions & { owner?: true | SignupOverrides } = {}): TestAppContextWithOwner {
  let app: NestExpressApplication | undefined;
  let given: Given | undefined;
  let owner: TestUser | undefined;

  beforeAll(async () => {
    app = await createTestApp(appOptions);
    given = new Given(app);
    if (signup) owner = await given.user(signup === true ? {} : signup);
  });

  afterAll(async () => {
    await app?.close();
  });

  return {
    get app() {
      return ready('app', app);
    },
    get given() {
      return ready('given', given);
    },
    get owner() {
      if (!signup) throw new Error('useTestApp: `owner` is read, but none was asked for (pass `owner: true`)');
      return ready('owner', owner);
    },
  };
}

function ready<T>(name: string, value: T | undefined): T {
  if (value === undefined) {
    throw new Error(`useTestApp: \`${name}\` is read before the describe block's beforeAll has set it (read it in a hook or a test)`);
  }
  return value;
}
