import * as path from 'node:path';
import { LIMITS } from '@cxmap/domain';

export const APP_CONFIG = Symbol('APP_CONFIG');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  /** A PostgreSQL server; when absent the app runs on the embedded database in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  cookieSecure: boolean;
  demoPassword: string | null;
  webDist: string;
  logLevel: LogLevel;
  /** Largest accepted JSON body, in bytes-ish express notation. */
  bodyLimit: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and checks the environment once, at start; every problem is reported at the same time. */
export function loadConfig(env: Env, cwd: string = process.cwd()): AppConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };

  let port = 3000;
  const rawPort = value('PORT');
  if (rawPort !== undefined) {
    port = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535) {
      problems.push(`PORT must be an integer between 1 and 65535 (got "${rawPort}")`);
    }
  }

  const databaseUrl = value('DATABASE_URL') ?? null;
  if (databaseUrl !== null && !isPostgresUrl(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL with a host and a database name');
  }

  let cookieSecure = false;
  const rawSecure = value('COOKIE_SECURE');
  if (rawSecure !== undefined) {
    if (rawSecure !== 'true' && rawSecure !== 'false') {
      problems.push(`COOKIE_SECURE must be "true" or "false" (got "${rawSecure}")`);
    }
    cookieSecure = rawSecure === 'true';
  }

  const demoPassword = env['DEMO_PASSWORD'] === undefined || env['DEMO_PASSWORD'] === '' ? null : env['DEMO_PASSWORD'];
  if (demoPassword !== null && (demoPassword.length < LIMITS.passwordMin || demoPassword.length > LIMITS.passwordMax)) {
    problems.push(`DEMO_PASSWORD must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters long`);
  }

  const rawLevel = value('LOG_LEVEL') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(rawLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${rawLevel}")`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    databaseUrl,
    dataDir: path.resolve(cwd, value('DATA_DIR') ?? './.data'),
    cookieSecure,
    demoPassword,
    webDist: path.resolve(cwd, value('WEB_DIST') ?? 'dist/web'),
    logLevel: rawLevel as LogLevel,
    bodyLimit: '5mb',
  };
}

function isPostgresUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1;
  } catch {
    return false;
  }
}
