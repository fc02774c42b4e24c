export const DATABASE_INFO = Symbol('DATABASE_INFO');

export type DatabaseMode = 'embedded' | 'postgres';

/** Which database the process runs on, decided at start-up. */
export interface DatabaseInfo {
  url: string;
  mode: DatabaseMode;
  /** A read replica for heavy read-only routes (`DATABASE_READ_URL`); absent: reads go to `url`. */
  readUrl?: string | null;
  /** Pool settings from the configuration; defaults apply when absent (tests). */
  pool?: PoolSettings;
}

export interface PoolSettings {
  size: number;
  connectTimeoutMs: number;
}

/** `host:port/dbname` of a connection URL, never its password. */
export function describeDatabaseUrl(raw: string): string {
  const url = new URL(raw);
  const port = url.port === '' ? '5432' : url.port;
  return `${url.hostname}:${port}${decodeURIComponent(url.pathname)}`;
}
