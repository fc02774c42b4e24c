import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from './core/config/app-config';
import { createApp } from './create-app';
import { DemoSeeder } from './database/seeds/demo-seeder';
import { DEMO_EMAIL } from './database/seeds/demo-journey';
import { resolveDatabase, type ResolvedDatabase } from './database/resolve-database';

async function bootstrap(config: AppConfig): Promise<void> {
  const database: ResolvedDatabase = await resolveDatabase(config);
  let stopping = false;
  try {
    const app = await createApp({ config, database: database.info });
    const logger = new Logger('Bootstrap');
    logger.log(`database: ${database.description}`);

    const applied = await app.get(DataSource).runMigrations({ transaction: 'each' });
    logger.log(applied.length === 0 ? 'migrations: up to date' : `migrations applied: ${applied.map((m) => m.name).join(', ')}`);

    const seed = await app.get(DemoSeeder).seed({ mode: database.info.mode, demoPassword: config.demoPassword });
    if (seed.created) logger.log('demo workspace seeded');
    if (seed.generated && seed.password !== null) logger.log(`demo login: ${DEMO_EMAIL} / ${seed.password}`);

    const shutdown = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: shutting down`);
      await app.close();
      await database.stop();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));

    await app.listen(config.port);
    logger.log(`CXMap is running at http://localhost:${config.port}`);
    // The log is JSON for machines; people starting the app get the essentials in plain words.
    const lines = [`CXMap is running at http://localhost:${config.port}`, `database: ${database.description}`];
    if (seed.generated && seed.password !== null) lines.push(`demo login: ${DEMO_EMAIL} / ${seed.password}`);
    process.stdout.write(`\n  ${lines.join('\n  ')}\n\n`);
  } catch (error) {
    await database.stop();
    throw error;
  }
}

function main(): void {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  bootstrap(config).catch((error: unknown) => {
    console.error('CXMap could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

main();
