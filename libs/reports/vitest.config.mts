import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@cxmap/domain': fileURLToPath(new URL('../domain/src/index.ts', import.meta.url)),
      '@cxmap/journey-format': fileURLToPath(new URL('../journey-format/src/index.ts', import.meta.url)),
    },
  },
  test: { include: ['libs/reports/src/**/*.spec.ts'], environment: 'node' },
});
