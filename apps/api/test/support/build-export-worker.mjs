#!/usr/bin/env node
// Builds the export worker for the integration tests. Jest (ts-jest) compiles TypeScript in its
// own module sandbox, but piscina starts real worker threads, which load plain JavaScript from
// disk: so the run bundles apps/api/src/modules/exports/render-worker.ts (with the @cxmap libraries
// it imports) into one CommonJS file, exactly as the built app runs it, and the tests' app is
// configured with it (EXPORT_WORKER_FILE). npm packages stay external: they load from node_modules.
//
// Usage: node build-export-worker.mjs <output.cjs>
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const out = process.argv[2];
if (!out) throw new Error('usage: build-export-worker.mjs <output.cjs>');

const bundle = await rolldown({
  input: join(root, 'apps/api/src/modules/exports/render-worker.ts'),
  platform: 'node',
  logLevel: 'warn',
  resolve: {
    alias: {
      '@cxmap/domain': join(root, 'libs/domain/src/index.ts'),
      '@cxmap/journey-format': join(root, 'libs/journey-format/src/index.ts'),
      '@cxmap/reports': join(root, 'libs/reports/src/index.ts'),
    },
  },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('@cxmap/') && !id.startsWith('\0'),
});
await bundle.write({ file: out, format: 'cjs', exports: 'named' });
await bundle.close();
