import * as path from 'node:path';
import { LIMITS } from '@cxmap/domain';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * A report worker's heap by default (MB): about twice the largest report measured. A journey at the caps
 * (5,000 touchpoints, 10,000 links, 50,000 measurements, 5,000 annotations) needed 133 MB as a PDF, 309 MB
 * as XLSX and between 400 and 512 MB as PPTX (it failed at 400) on 2026-12-06.
 */
export const EXPORT_WORKER_HEAP_MB_DEFAULT = 1024;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  /** A PostgreSQL server; when absent the app runs on the embedded database in `dataDir`. */
  databaseUrl: string | null;
  /** A read replica (or a pooler in front of several) for heavy read-only routes; null: everything on `databaseUrl`. */
  databaseReadUrl: string | null;
  dataDir: string;
  cookieSecure: boolean;
  demoPassword: string | null;
  webDist: string;
  logLevel: LogLevel;
  /** Largest accepted JSON body, in express notation: 5 MB = 5,242,880 bytes (documented in the README and OpenAPI). */
  bodyLimit: string;
  /** Apply pending migrations at start (true for `npm start`; false on replicas behind a one-shot migrate job). */
  runMigrations: boolean;
  /** Connections in this process's PostgreSQL pool. */
  dbPoolSize: number;
  /** How long to wait for a new database connection, or for a free one in the pool, before answering 503. */
  dbConnectTimeoutMs: number;
  /** After SIGTERM: how long in-flight requests may take before the process gives up and exits 1. */
  shutdownGraceMs: number;
  /** After SIGTERM: how long to keep serving (with readiness false) before refusing new connections. */
  shutdownDelayMs: number;
  /** When set, `GET /api/metrics` requires `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /**
   * Express `trust proxy`: which hops may set `X-Forwarded-For`/`-Proto`/`-Host`. `false` (direct
   * exposure), a hop count (`1` behind one nginx), or a list of proxy addresses/subnets.
   */
  trustProxy: boolean | number | string[];
  /** Failed logins: per email and per client IP, each within its own window (shared by all instances). */
  loginThrottle: LoginThrottleConfig;
  /** Origins (scheme://host[:port]) besides the request's own from which browsers may send writes. */
  allowedOrigins: string[];
  /**
   * The compiled report worker (a .js file) that renders exports in worker threads; null: the one
   * built next to the exports module (dist). Tests point it at a build of their own.
   */
  exportWorkerFile: string | null;
  /**
   * Heap (old generation, MB) one report worker thread may use: a report that needs more fails alone
   * instead of growing the instance until the container is killed with every request in it.
   */
  exportWorkerHeapMb: number;
}

export interface LoginThrottleConfig {
  maxFailuresPerEmail: number;
  emailWindowSeconds: number;
  maxFailuresPerIp: number;
  ipWindowSeconds: number;
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

  const databaseReadUrl = value('DATABASE_READ_URL') ?? null;
  if (databaseReadUrl !== null && !isPostgresUrl(databaseReadUrl)) {
    problems.push('DATABASE_READ_URL must be a postgres:// or postgresql:// URL with a host and a database name');
  } else if (databaseReadUrl !== null && databaseUrl === null) {
    problems.push('DATABASE_READ_URL needs DATABASE_URL (the embedded database has no replicas)');
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

  const runMigrations = booleanVariable(value, 'RUN_MIGRATIONS', true, problems);
  const dbPoolSize = integerVariable(value, 'DB_POOL_SIZE', 10, 1, 200, problems);
  const dbConnectTimeoutMs = integerVariable(value, 'DB_CONNECT_TIMEOUT_MS', 5000, 100, 120_000, problems);
  const shutdownGraceMs = integerVariable(value, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000, problems);
  const shutdownDelayMs = integerVariable(value, 'SHUTDOWN_DELAY_MS', 0, 0, 600_000, problems);
  if (shutdownDelayMs > shutdownGraceMs) {
    problems.push(`SHUTDOWN_DELAY_MS (${shutdownDelayMs}) must not exceed SHUTDOWN_GRACE_MS (${shutdownGraceMs})`);
  }
  const metricsToken = value('METRICS_TOKEN') ?? null;
  if (metricsToken !== null && !/^[\x21-\x7e]{16,200}$/.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be 16 to 200 printable characters without spaces');
  }

  const trustProxy = trustProxyVariable(value('TRUST_PROXY'), problems);
  const loginThrottle: LoginThrottleConfig = {
    maxFailuresPerEmail: integerVariable(value, 'LOGIN_MAX_FAILURES_PER_EMAIL', 5, 1, 1000, problems),
    emailWindowSeconds: integerVariable(value, 'LOGIN_EMAIL_WINDOW_SECONDS', 900, 1, 86_400, problems),
    maxFailuresPerIp: integerVariable(value, 'LOGIN_MAX_FAILURES_PER_IP', 100, 1, 1_000_000, problems),
    ipWindowSeconds: integerVariable(value, 'LOGIN_IP_WINDOW_SECONDS', 3600, 1, 86_400, problems),
  };
  const allowedOrigins = originsVariable(value('ALLOWED_ORIGINS'), problems);
  const rawWorker = value('EXPORT_WORKER_FILE');
  if (rawWorker !== undefined && !/\.c?js$/.test(rawWorker)) problems.push('EXPORT_WORKER_FILE must name a compiled .js or .cjs file');
  const exportWorkerHeapMb = integerVariable(value, 'EXPORT_WORKER_HEAP_MB', EXPORT_WORKER_HEAP_MB_DEFAULT, 32, 16_384, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    databaseUrl,
    databaseReadUrl,
    dataDir: path.resolve(cwd, value('DATA_DIR') ?? './.data'),
    cookieSecure,
    demoPassword,
    webDist: path.resolve(cwd, value('WEB_DIST') ?? 'dist/web'),
    logLevel: rawLevel as LogLevel,
    bodyLimit: '5mb',
    runMigrations,
    dbPoolSize,
    dbConnectTimeoutMs,
    shutdownGraceMs,
    shutdownDelayMs,
    metricsToken,
    trustProxy,
    loginThrottle,
    allowedOrigins,
    exportWorkerFile: rawWorker === undefined ? null : path.resolve(cwd, rawWorker),
    exportWorkerHeapMb,
  };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `true` is refused: it trusts whatever the client writes into X-Forwarded-For. */
function trustProxyVariable(raw: string | undefined, problems: string[]): boolean | number | string[] {
  if (raw === undefined || raw === 'false') return false;
  if (/^\d+$/.test(raw) && Number(raw) <= 10) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => PROXY_NAMES.has(entry) || /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry));
  if (!valid || raw === 'true') {
    problems.push(
      `TRUST_PROXY must be "false", a hop count (0 to 10) or a comma-separated list of proxy addresses, subnets, loopback, linklocal, uniquelocal (got "${raw}")`,
    );
    return false;
  }
  return entries;
}

/** Each entry an origin exactly as browsers send it: scheme://host[:port], no path. */
function originsVariable(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined) return [];
  const origins: string[] = [];
  for (const entry of raw.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry.replace(/\/$/, '')) origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin === null) problems.push(`ALLOWED_ORIGINS entries must be origins like https://app.example.com (got "${entry}")`);
    else origins.push(origin);
  }
  return origins;
}

function booleanVariable(value: (name: string) => string | undefined, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = value(name);
  if (raw === undefined) return fallback;
  if (raw !== 'true' && raw !== 'false') problems.push(`${name} must be "true" or "false" (got "${raw}")`);
  return raw === 'true';
}

function integerVariable(
  value: (name: string) => string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = value(name);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!/^\d+$/.test(raw) || parsed < min || parsed > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return parsed;
}

function isPostgresUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '' && url.pathname.length > 1;
  } catch {
    return false;
  }
}
