// Integration specs: the real Nest app over HTTP against a fresh PostgreSQL database per run.
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-int',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};
