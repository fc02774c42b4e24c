#!/usr/bin/env node
// The API is compiled by tsc, which keeps `@cxmap/*` imports as they are. Node resolves a bare
// import by walking up to a node_modules folder, so each workspace library gets a one-line
// package in dist/api/node_modules that points at its compiled output. Works for the build and for
// `tsc --watch` in development alike.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/api');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

for (const [name, [entry]] of Object.entries(compilerOptions.paths)) {
  const pkg = join(outDir, 'node_modules', name);
  const target = join(outDir, entry.replace(/\.ts$/, '.js'));
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'index.js'), `module.exports = require(${JSON.stringify(relative(pkg, target))});\n`);
  writeFileSync(join(pkg, 'package.json'), `${JSON.stringify({ name, private: true, main: 'index.js' })}\n`);
}
