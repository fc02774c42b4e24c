#!/usr/bin/env node
// `npm test`: every check the project has, in order of cost. Stops at the first failing step and
// says which one failed.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const steps = [
  ['lint', 'npx nx run-many -t lint --outputStyle=static'],
  ['type check', 'npx nx run-many -t typecheck --outputStyle=static'],
  ['unit tests', 'npx nx run-many -t test --outputStyle=static'],
  ['API integration tests (real PostgreSQL)', 'npx nx run api:int --outputStyle=static'],
  ['production build', 'npx nx run-many -t build --projects=web,api --outputStyle=static'],
  ['end-to-end tests (Chromium)', 'npx nx run e2e:e2e --outputStyle=static'],
];

const results = [];
for (const [name, command] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command}`);
  const run = spawnSync(command, { shell: true, stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (run.status !== 0) {
    console.log(`\n${results.join('\n')}\n\nnpm test failed at: ${name}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}\n\nnpm test: all ${steps.length} steps passed`);
