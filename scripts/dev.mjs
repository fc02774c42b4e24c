#!/usr/bin/env node
// `npm run dev`: the API rebuilt and restarted on change (port 3000) and the Vite dev server with
// hot reload (port 5173, proxying /api to the API). Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false' };
const tsconfig = 'apps/api/tsconfig.app.json';
const first = spawnSync(`npx tsc -p ${tsconfig} && npx tsc-alias -p ${tsconfig}`, { shell: true, stdio: 'inherit', env });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  `npx tsc -p ${tsconfig} --watch --preserveWatchOutput`,
  `npx tsc-alias -p ${tsconfig} --watch`,
  'node --watch dist/api/apps/api/src/main.js',
  'npx vite --config apps/web/vite.config.ts',
].map((command) => spawn(command, { shell: true, stdio: 'inherit', env }));

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
console.log('\nCXMap dev: web on http://localhost:5173 (API on http://localhost:3000)\n');
