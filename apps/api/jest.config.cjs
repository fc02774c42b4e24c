// Unit specs: pure pieces, next to the code.
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'api-unit',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
