import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../src/core/config/app-config';
import { createApp } from '../../src/create-app';
import { EXPORT_WORKER_ENV, TEST_DATABASE_ENV } from './test-database';

export interface TestAppOptions {
  databaseUrl?: string;
  env?: Record<string, string>;
}

/**
 * The real app, configured exactly as main.ts does, on the run's database (not listening: supertest
 * drives it). `databaseUrl` points it at another database (a throwaway cluster); `env` adds variables.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<NestExpressApplication> {
  const url = options.databaseUrl ?? process.env[TEST_DATABASE_ENV];
  if (!url) throw new Error(`${TEST_DATABASE_ENV} is not set: run the integration tests with jest.int.config.cjs`);
  const worker = process.env[EXPORT_WORKER_ENV];
  if (!worker) throw new Error(`${EXPORT_WORKER_ENV} is not set: run the integration tests with jest.int.config.cjs`);
  const config = loadConfig({
    DATABASE_URL: url,
    EXPORT_WORKER_FILE: worker,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    WEB_DIST: '/nonexistent/cxmap-web',
    ...options.env,
  });
  const app = await createApp({ config, database: { url, readUrl: config.databaseReadUrl, mode: 'postgres' } });
  await app.init();
  return app;
}
