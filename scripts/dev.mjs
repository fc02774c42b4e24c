#!/usr/bin/env node
// `npm run dev`: the API rebuilt and restarted on change (port 3000) and the Vite dev server with
// hot reload (port 5173, proxying /api to the API). Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false' };
const tsconfig = 'apps/api/tsconfig.app.json';
const first = spawnSync(`npx tsc -p ${tsconfig} && node scripts/link-libs.mjs`, { shell: true, stdio: 'inherit', env });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [];
const run = (command, stdio = 'inherit') => {
  const child = spawn(command, { shell: true, stdio, env });
  children.push(child);
  return child;
};

run('npx vite --config apps/web/vite.config.mts');
// tsc's first watch pass re-emits every file: start the API once it is over, so it does not restart
// over and over on half-written output.
const compiler = run(`npx tsc -p ${tsconfig} --watch --preserveWatchOutput`, ['ignore', 'pipe', 'inherit']);
let apiStarted = false;
compiler.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!apiStarted && String(chunk).includes('Watching for file changes')) {
    apiStarted = true;
    setTimeout(() => run('node --watch dist/api/apps/api/src/main.js'), 1500);
  }
});

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
console.log(`\nCXMap dev: web on http://localhost:${process.env.WEB_PORT ?? 5173} (API on http://localhost:${process.env.PORT ?? 3000})\n`);
