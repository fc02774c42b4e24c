import 'reflect-metadata';
import { loadConfig } from '../core/config/app-config';
import { resolveDatabase } from './resolve-database';
import { runMigrations } from './run-migrations';

/** `npm run migration:run`: applies pending migrations to the configured database and exits. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await resolveDatabase(config);
  try {
    console.log(`database: ${database.description}`);
    const applied = await runMigrations(database.info.url);
    console.log(applied.length === 0 ? 'migrations: nothing to apply' : `migrations applied: ${applied.join(', ')}`);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
