import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from './core/config/app-config';
import { drainAndClose } from './core/http/graceful-shutdown';
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

    const dataSource = app.get(DataSource);
    if (config.runMigrations) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      logger.log(applied.length === 0 ? 'migrations: up to date' : `migrations applied: ${applied.map((m) => m.name).join(', ')}`);
    } else if (await dataSource.showMigrations()) {
      // Replicas never migrate (RUN_MIGRATIONS=false): they wait for the one-shot migrate job instead.
      throw new Error('the database has pending migrations and RUN_MIGRATIONS=false: run the migrate job first');
    } else {
      logger.log('migrations: up to date (RUN_MIGRATIONS=false: not applied by this instance)');
    }

    const seed = await app.get(DemoSeeder).seed({ mode: database.info.mode, demoPassword: config.demoPassword });
    if (seed.created) logger.log('demo workspace seeded');
    if (seed.generated && seed.password !== null) logger.log(`demo login: ${DEMO_EMAIL} / ${seed.password}`);

    // SIGTERM (orchestrators) and SIGINT (Ctrl-C): readiness false, in-flight requests finish, exit 0;
    // past SHUTDOWN_GRACE_MS exit 1. A second signal of the same kind kills the process at once.
    const shutdown = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: shutting down (grace ${config.shutdownGraceMs} ms, delay ${config.shutdownDelayMs} ms)`);
      const result = await drainAndClose(app, { graceMs: config.shutdownGraceMs, delayMs: config.shutdownDelayMs, logger });
      if (result === 'timed-out') process.exit(1);
      await database.stop();
      logger.log('stopped');
      process.exit(0);
    };
    const onSignal = (signal: string) => (): void => {
      shutdown(signal).catch((error: unknown) => {
        logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      });
    };
    process.once('SIGTERM', onSignal('SIGTERM'));
    process.once('SIGINT', onSignal('SIGINT'));

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
