#!/usr/bin/env node
// The server Playwright tests run against: the production build on the embedded database (the
// same path as `npm start`) in a throwaway data folder, with a known demo password.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'cxmap-e2e-'));
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const child = spawn('node', ['dist/api/apps/api/src/main.js'], {
  stdio: 'inherit',
  env: {
    ...inherited,
    DATA_DIR: dataDir,
    PORT: process.env.E2E_PORT ?? '3300',
    DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD ?? 'demo-password-e2e',
  },
});
const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
child.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
