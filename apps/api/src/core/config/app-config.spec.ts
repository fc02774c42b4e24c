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
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '3101',
        DATABASE_URL: 'postgres://u:p@db:5432/cx',
        DATA_DIR: '/tmp/x',
        COOKIE_SECURE: 'true',
        DEMO_PASSWORD: 'a-long-password',
        WEB_DIST: 'web',
        LOG_LEVEL: 'warn',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 3101,
      databaseUrl: 'postgres://u:p@db:5432/cx',
      dataDir: '/tmp/x',
      cookieSecure: true,
      demoPassword: 'a-long-password',
      webDist: '/srv/web',
      logLevel: 'warn',
    });
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

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
