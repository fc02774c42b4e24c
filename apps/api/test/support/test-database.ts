/** Where the integration run's database lives; set by global-setup, read by tests and global-teardown. */
export const TEST_DATABASE_ENV = 'CXMAP_TEST_DATABASE_URL';
export const TEST_SERVER_ENV = 'CXMAP_TEST_SERVER_URL';
/** The export worker bundled for the run by global-setup (see build-export-worker.mjs). */
export const EXPORT_WORKER_ENV = 'CXMAP_TEST_EXPORT_WORKER';

export function serverUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}
