import type { NestExpressApplication } from '@nestjs/platform-express';
import type { JourneySummaryDto, MeResponse, Page } from '@cxmap/domain';
import { runMigrations } from '../../src/database/run-migrations';
import { DemoSeeder } from '../../src/database/seeds/demo-seeder';
import { DEMO_EMAIL } from '../../src/database/seeds/demo-journey';
import { createTestApp } from './create-test-app';
import { createScratchDatabase } from './database-admin';
import { Given, sessionCookie, type TestUser } from './given';

export interface SeededDemo {
  app: NestExpressApplication;
  given: Given;
  /** The demo user, logged in. */
  demo: TestUser;
  /** The seeded demo journey. */
  journeyId: string;
  /** Closes the app and drops the database. */
  close(): Promise<void>;
}

/**
 * The app on a fresh database of its own with the demo workspace seeded. The demo seed runs once per
 * database and the seed spec expects to run it first on the run's shared database, so every other
 * spec that needs the demo gets its own.
 */
export async function startSeededDemo(name: string, password: string): Promise<SeededDemo> {
  const database = await createScratchDatabase(name);
  await runMigrations(database.url);
  const app = await createTestApp({ databaseUrl: database.url });
  const given = new Given(app);
  await app.get(DemoSeeder).seed({ mode: 'postgres', demoPassword: password });
  const login = await given.http().post('/api/auth/login').send({ email: DEMO_EMAIL, password }).expect(200);
  const me = login.body as MeResponse;
  const demo: TestUser = { email: DEMO_EMAIL, password, cookie: sessionCookie(login.headers), me, workspaceId: me.workspaces[0]?.id ?? '' };
  const list = await given.http().get(`/api/workspaces/${demo.workspaceId}/journeys`).set('Cookie', demo.cookie).expect(200);
  const journeyId = (list.body as Page<JourneySummaryDto>).items[0]?.id ?? '';
  return {
    app,
    given,
    demo,
    journeyId,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
