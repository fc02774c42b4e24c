#!/usr/bin/env node
// `nx run docker:lint`: checks docker/Dockerfile, docker/compose.yaml and docker/nginx.conf without a
// Docker engine (none runs on our machines, and images cannot be built here).
//  - Dockerfile: hadolint-like rules (pinned base images, no `latest`, no ADD of URLs, non-root USER
//    in the final stage, HEALTHCHECK, exec-form CMD/ENTRYPOINT).
//  - compose.yaml: parsed with the `yaml` package (already in node_modules through nx and vite), then
//    checked for what the deployment relies on (one-shot migrate job, replicas that do not migrate,
//    health checks, pinned images, references that resolve).
//  - When the docker client has the compose plugin, `docker compose config -q` validates the file
//    against the real compose schema as well; otherwise that step is reported as skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dockerDir = join(root, 'docker');
const problems = [];
const notes = [];
const problem = (file, message) => problems.push(`${file}: ${message}`);

// ---------------------------------------------------------------- Dockerfile

/** Instructions with their line numbers; continuation lines joined, comments and parser directives dropped. */
export function parseDockerfile(text) {
  const instructions = [];
  let current = null;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (current === null && (line.trim() === '' || line.trim().startsWith('#'))) return;
    if (current !== null && line.trim().startsWith('#')) return;
    const continued = line.endsWith('\\');
    const body = continued ? line.slice(0, -1) : line;
    if (current === null) current = { line: index + 1, text: body.trim() };
    else current.text += ` ${body.trim()}`;
    if (!continued) {
      const match = /^(\w+)\s*(.*)$/s.exec(current.text);
      if (match) instructions.push({ line: current.line, keyword: match[1].toUpperCase(), args: match[2].trim() });
      current = null;
    }
  });
  return instructions;
}

function imageProblems(image, stages) {
  if (stages.has(image.toLowerCase()) || image === 'scratch') return [];
  if (image.includes('${') || image.includes('$')) return [`base image "${image}" comes from a variable: pin it`];
  if (image.includes('@sha256:')) return [];
  const tag = image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : '';
  if (tag === '' || tag.includes('/')) return [`base image "${image}" has no tag: pin a version`];
  if (tag === 'latest') return [`base image "${image}" uses the "latest" tag`];
  if (!/\d/.test(tag)) return [`base image "${image}" has no version in its tag`];
  return [];
}

function isExecForm(args) {
  try {
    const parsed = JSON.parse(args);
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every((part) => typeof part === 'string');
  } catch {
    return false;
  }
}

function lintDockerfile(file) {
  const name = `docker/${file}`;
  const instructions = parseDockerfile(readFileSync(join(dockerDir, file), 'utf8'));
  const stages = new Set();
  let finalStage = [];
  for (const instruction of instructions) {
    const where = `${name}:${instruction.line}`;
    const { keyword, args } = instruction;
    if (keyword === 'FROM') {
      const parts = args.split(/\s+/).filter((part) => !part.startsWith('--'));
      for (const message of imageProblems(parts[0] ?? '', stages)) problem(where, message);
      if (parts[1]?.toUpperCase() === 'AS' && parts[2]) stages.add(parts[2].toLowerCase());
      finalStage = [];
    }
    finalStage.push(instruction);
    if (keyword === 'ADD' && /(^|\s)(https?|git):\/\//i.test(args)) problem(where, 'ADD of a URL: download with a pinned checksum in RUN, or COPY');
    if (keyword === 'ADD' && !/\.(tar|tgz|tar\.\w+)(\s|$)/.test(args)) problem(where, 'use COPY for files (ADD only for local archives)');
    if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && !isExecForm(args)) problem(where, `${keyword} must use the exec form (a JSON array) so signals reach the process`);
    if (keyword === 'MAINTAINER') problem(where, 'MAINTAINER is deprecated: use a LABEL');
    if (keyword === 'RUN' && /\bsudo\b/.test(args)) problem(where, 'do not use sudo in RUN');
    if (keyword === 'RUN' && /apt-get install(?![^&;|]*--no-install-recommends)/.test(args)) problem(where, 'apt-get install without --no-install-recommends');
    if (keyword === 'WORKDIR' && !args.startsWith('/') && !args.startsWith('$')) problem(where, 'WORKDIR must be absolute');
  }
  if (!instructions.some((i) => i.keyword === 'FROM')) problem(name, 'no FROM');
  const users = finalStage.filter((i) => i.keyword === 'USER');
  const lastUser = users.at(-1)?.args.split(':')[0];
  if (lastUser === undefined) problem(name, 'the final stage has no USER: the container would run as root');
  else if (lastUser === 'root' || lastUser === '0') problem(name, `the final stage runs as ${lastUser}`);
  const healthchecks = finalStage.filter((i) => i.keyword === 'HEALTHCHECK');
  if (healthchecks.length === 0) problem(name, 'the final stage has no HEALTHCHECK');
  for (const check of healthchecks) {
    const command = /\bCMD\s+(.*)$/s.exec(check.args)?.[1];
    if (command === undefined && !/^NONE$/i.test(check.args)) problem(`${name}:${check.line}`, 'HEALTHCHECK without CMD');
  }
  if (!finalStage.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')) problem(name, 'the final stage has no CMD or ENTRYPOINT');
  return instructions.length;
}

// ---------------------------------------------------------------- compose.yaml

async function loadYaml() {
  try {
    return await import('yaml');
  } catch {
    return null;
  }
}

function asArray(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : Object.keys(value);
}

function environmentOf(service) {
  const env = service.environment ?? {};
  if (Array.isArray(env)) return Object.fromEntries(env.map((entry) => String(entry).split(/=(.*)/s).slice(0, 2)));
  return env;
}

function lintCompose(file, yaml) {
  const name = `docker/${file}`;
  const text = readFileSync(join(dockerDir, file), 'utf8');
  const document = yaml.parseDocument(text, { merge: true, prettyErrors: true });
  for (const error of document.errors) problem(name, `YAML: ${error.message}`);
  if (document.errors.length > 0) return;
  const compose = document.toJS({ maxAliasCount: 100 });
  const services = compose?.services;
  if (typeof services !== 'object' || services === null || Object.keys(services).length === 0) {
    problem(name, 'no services');
    return;
  }
  const declaredVolumes = new Set(Object.keys(compose.volumes ?? {}));
  const apiServices = [];
  for (const [serviceName, service] of Object.entries(services)) {
    const where = `${name} services.${serviceName}`;
    if (typeof service !== 'object' || service === null) {
      problem(where, 'is not a mapping');
      continue;
    }
    if (!service.image && !service.build) problem(where, 'has neither image nor build');
    if (service.image) {
      const image = String(service.image);
      const tag = image.includes(':') ? image.slice(image.lastIndexOf(':') + 1) : '';
      if (!image.includes('${') && (tag === '' || tag === 'latest')) problem(where, `image "${image}" is not pinned to a version`);
    }
    if (service.privileged) problem(where, 'runs privileged');
    if (service.network_mode === 'host') problem(where, 'uses the host network');
    for (const dependency of asArray(service.depends_on)) {
      if (!(dependency in services)) problem(where, `depends on unknown service "${dependency}"`);
    }
    for (const volume of service.volumes ?? []) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      if (!source) continue;
      if (source.startsWith('.') || source.startsWith('/')) {
        if (source.startsWith('.') && !existsSync(resolve(dockerDir, source))) problem(where, `mounts "${source}", which does not exist`);
      } else if (!declaredVolumes.has(source)) {
        problem(where, `uses volume "${source}", which is not declared under volumes`);
      }
    }
    const command = [].concat(service.command ?? []).join(' ');
    const isMigrate = command.includes('database/migrate.js');
    const runsApi = Boolean(service.build) || String(service.image ?? '').startsWith('cxmap');
    if (runsApi && !isMigrate) apiServices.push([serviceName, service]);
    if (isMigrate) {
      if (service.restart && service.restart !== 'no') problem(where, 'the migrate job must not restart (restart: "no")');
    }
    const hasImageHealthcheck = runsApi; // docker/Dockerfile declares a HEALTHCHECK
    const long = !isMigrate && service.restart !== 'no';
    if (long && !service.healthcheck && !hasImageHealthcheck) problem(where, 'a long-running service without a healthcheck');
    if (service.healthcheck?.disable && long) problem(where, 'disables its healthcheck');
  }

  const migrate = Object.entries(services).filter(([, s]) => [].concat(s.command ?? []).join(' ').includes('database/migrate.js'));
  if (migrate.length !== 1) problem(name, `expected exactly one migrate job, found ${migrate.length}`);
  const migrateName = migrate[0]?.[0];
  if (apiServices.length < 2) problem(name, `expected at least two API instances, found ${apiServices.length}`);
  for (const [serviceName, service] of apiServices) {
    const where = `${name} services.${serviceName}`;
    if (String(environmentOf(service).RUN_MIGRATIONS) !== 'false') problem(where, 'API replicas must set RUN_MIGRATIONS: "false"');
    const condition = service.depends_on?.[migrateName]?.condition;
    if (migrateName && condition !== 'service_completed_successfully') {
      problem(where, `must depend on ${migrateName} with condition service_completed_successfully`);
    }
    if (!environmentOf(service).DATABASE_URL) problem(where, 'has no DATABASE_URL (it would fall back to an embedded database per instance)');
  }
  if (!Object.values(services).some((s) => /^postgres:15(\.|-|$)/.test(String(s.image ?? '')))) problem(name, 'no PostgreSQL 15 service');

  // nginx: every API instance is an upstream server.
  const nginx = Object.entries(services).find(([, s]) => String(s.image ?? '').startsWith('nginx'));
  if (!nginx) problem(name, 'no nginx service in front of the API instances');
  else {
    const mount = (nginx[1].volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[0] : v.source)).find((s) => s?.endsWith('.conf'));
    if (!mount) problem(name, 'nginx mounts no configuration file');
    else if (existsSync(resolve(dockerDir, mount))) {
      const conf = readFileSync(resolve(dockerDir, mount), 'utf8');
      for (const [serviceName] of apiServices) {
        if (!new RegExp(`server\\s+${serviceName}:\\d+`).test(conf)) problem(`docker/${mount.replace(/^\.\//, '')}`, `no upstream server for ${serviceName}`);
      }
      if (!/proxy_buffering\s+off/.test(conf)) problem(`docker/${mount.replace(/^\.\//, '')}`, 'proxy_buffering is on: server-sent events would be held back');
      const opens = (conf.match(/{/g) ?? []).length;
      const closes = (conf.match(/}/g) ?? []).length;
      if (opens !== closes) problem(`docker/${mount.replace(/^\.\//, '')}`, `unbalanced braces (${opens} { and ${closes} })`);
    }
  }
  return Object.keys(services).length;
}

// ---------------------------------------------------------------- docker compose config, when possible

function dockerComposeConfig(file) {
  const version = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    notes.push('docker compose: not available on this machine (the docker client has no compose plugin): schema check skipped');
    return;
  }
  const run = spawnSync('docker', ['compose', '-f', join(dockerDir, file), 'config', '-q'], { encoding: 'utf8', cwd: root });
  if (run.status !== 0) problem(`docker/${file}`, `docker compose config: ${(run.stderr || run.stdout).trim()}`);
  else notes.push(`docker compose config -q: ok (${version.stdout.trim()})`);
}

// ---------------------------------------------------------------- main

const dockerfileCount = lintDockerfile('Dockerfile');
const yaml = await loadYaml();
let serviceCount = 0;
if (yaml) serviceCount = lintCompose('compose.yaml', yaml) ?? 0;
else problem('docker/compose.yaml', 'cannot parse: the `yaml` package is missing from node_modules');
dockerComposeConfig('compose.yaml');

for (const note of notes) console.log(note);
if (problems.length > 0) {
  console.error(`docker lint: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`docker lint: Dockerfile (${dockerfileCount} instructions), compose.yaml (${serviceCount} services), nginx.conf: ok`);
