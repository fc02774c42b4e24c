// Shared by the unit and integration Jest configs: ts-jest with the monorepo path aliases.
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.spec.json'), diagnostics: { ignoreCodes: [151002] } }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@cxmap/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@cxmap/journey-format$': path.join(root, 'libs/journey-format/src/index.ts'),
    // Test data builders (fast-check arbitraries, a sample document) for specs only.
    '^@cxmap/journey-format/testing$': path.join(root, 'libs/journey-format/testing/index.ts'),
    '^@cxmap/reports$': path.join(root, 'libs/reports/src/index.ts'),
  },
};
