import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir: '/srv/app/.data',
      webDist: '/srv/app/dist/web',
      cookieSecure: false,
      demoPassword: null,
      logLevel: 'info',
      runMigrations: true,
      dbPoolSize: 10,
      dbConnectTimeoutMs: 5000,
      shutdownGraceMs: 10000,
      shutdownDelayMs: 0,
      metricsToken: null,
      trustProxy: false,
      loginThrottle: { maxFailuresPerEmail: 5, emailWindowSeconds: 900, maxFailuresPerIp: 100, ipWindowSeconds: 3600 },
      allowedOrigins: [],
    });
  });

  it('reads the security variables', () => {
    const config = loadConfig({
      TRUST_PROXY: '1',
      LOGIN_MAX_FAILURES_PER_EMAIL: '3',
      LOGIN_EMAIL_WINDOW_SECONDS: '60',
      LOGIN_MAX_FAILURES_PER_IP: '50',
      LOGIN_IP_WINDOW_SECONDS: '600',
      ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:5173/',
    });
    expect(config.trustProxy).toBe(1);
    expect(config.loginThrottle).toEqual({ maxFailuresPerEmail: 3, emailWindowSeconds: 60, maxFailuresPerIp: 50, ipWindowSeconds: 600 });
    expect(config.allowedOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('refuses a proxy trust that lets clients forge their address, and origins with paths', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://app.example.com/path' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: '*' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ LOGIN_MAX_FAILURES_PER_EMAIL: '0' })).toThrow(/LOGIN_MAX_FAILURES_PER_EMAIL/);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '3101',
        DATABASE_URL: 'postgres://u:p@db:5432/cx',
        DATABASE_READ_URL: 'postgres://u:p@replica:5432/cx',
        DATA_DIR: '/tmp/x',
        COOKIE_SECURE: 'true',
        DEMO_PASSWORD: 'a-long-password',
        WEB_DIST: 'web',
        LOG_LEVEL: 'warn',
        RUN_MIGRATIONS: 'false',
        DB_POOL_SIZE: '20',
        DB_CONNECT_TIMEOUT_MS: '2000',
        SHUTDOWN_GRACE_MS: '30000',
        SHUTDOWN_DELAY_MS: '5000',
        METRICS_TOKEN: 'scrape-token-0123456789',
        EXPORT_WORKER_HEAP_MB: '1024',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      runMigrations: false,
      dbPoolSize: 20,
      dbConnectTimeoutMs: 2000,
      shutdownGraceMs: 30000,
      shutdownDelayMs: 5000,
      metricsToken: 'scrape-token-0123456789',
      exportWorkerHeapMb: 1024,
      port: 3101,
      databaseUrl: 'postgres://u:p@db:5432/cx',
      databaseReadUrl: 'postgres://u:p@replica:5432/cx',
      dataDir: '/tmp/x',
      cookieSecure: true,
      demoPassword: 'a-long-password',
      webDist: '/srv/web',
      logLevel: 'warn',
    });
  });

  it('takes a read replica only next to a PostgreSQL server, and only as a postgres URL', () => {
    expect(loadConfig({}).databaseReadUrl).toBeNull();
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://u@replica:5432/cx' })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db:5432/cx', DATABASE_READ_URL: 'http://replica/cx' })).toThrow(/DATABASE_READ_URL must be/);
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x/y', COOKIE_SECURE: 'yes', DEMO_PASSWORD: 'short', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(problems.join('\n')).toMatch(/COOKIE_SECURE/);
    expect(problems.join('\n')).toMatch(/DEMO_PASSWORD/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
  });

  it('checks the deployment variables', () => {
    let error: unknown;
    try {
      loadConfig({
        RUN_MIGRATIONS: 'no',
        DB_POOL_SIZE: '0',
        DB_CONNECT_TIMEOUT_MS: '5s',
        SHUTDOWN_GRACE_MS: '1000',
        SHUTDOWN_DELAY_MS: '2000',
        METRICS_TOKEN: 'short',
        EXPORT_WORKER_HEAP_MB: '16',
      });
    } catch (e) {
      error = e;
    }
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['RUN_MIGRATIONS', 'DB_POOL_SIZE', 'DB_CONNECT_TIMEOUT_MS', 'SHUTDOWN_DELAY_MS', 'METRICS_TOKEN', 'EXPORT_WORKER_HEAP_MB']) {
      expect(problems).toContain(name);
    }
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
