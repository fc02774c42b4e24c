// Shared pieces of the benchmarks: a scratch database, the built server, an HTTP client with a
// session, and statistics.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';

export const SERVER_URL = process.env.BENCH_DATABASE_SERVER ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function createScratchDatabase() {
  const name = `cxmap_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query('SHOW server_version')).rows[0].server_version;
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    version,
    async drop() {
      const client = new pg.Client({ connectionString: SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * VACUUM ANALYZE of the scratch database, before each round. Autovacuum is off on the machines the
 * bench runs on (`SHOW autovacuum`), so without it every move of P2 left 2,000 dead rows and their
 * index entries for the next round to scan: a round read a cleaner or a more bloated table than
 * the one before, and the raw UPDATE that P2 is divided by took 22–34 ms on a table left so by earlier moves against 14–18 ms on a vacuumed one.
 * A server with autovacuum keeps the table near its clean state; each round now starts from it.
 */
export async function vacuum(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

/** Starts the production build on `databaseUrl` and resolves once /api/health answers. */
export async function startServer(databaseUrl, port) {
  const child = spawn('node', [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), 'dist/api/apps/api/src/main.js'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn', DEMO_PASSWORD: 'bench-demo-password' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, pid: child.pid, stop: () => stopChild(child) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

function stopChild(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** A signed-up user's HTTP client: JSON in, JSON out, the session cookie carried along. */
export async function signUp(base) {
  const email = `bench-${Date.now()}@example.com`;
  const response = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'bench-password-123', name: 'Bench', workspaceName: 'Bench' }),
  });
  if (response.status !== 201) throw new Error(`signup failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = await response.json();
  const call = async (method, path, body) => {
    const res = await fetch(`${base}/api${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  };
  return { cookie, workspaceId: me.workspaces[0].id, call };
}

export async function timeIt(fn) {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const SETTLE_MS = 20;

/**
 * Times `runs` calls of each function, taking turns after `warmup` untimed turns, so that a baseline
 * and the app meet the same machine (run one after the other, P1's first round read 2.3× in two full
 * runs, its later rounds 1.6–1.9×). The order alternates (a b, b a, a b…) and each call starts
 * SETTLE_MS after the last, so neither always follows the other: the API may still be busy after
 * its answer (garbage, the response's last bytes), which would otherwise land on the same side.
 */
export async function sampleInTurns(fns, { warmup, runs }) {
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const times = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [...fns.keys()] : [...fns.keys()].reverse();
    for (const index of order) {
      await settle();
      times[index].push(await timeIt(fns[index]));
    }
  }
  return times;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const median = (values) => percentile(values, 50);

export function machine(pgVersion) {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, PostgreSQL ${pgVersion}`;
}

/** The 1-, 5- and 15-minute load averages, as written next to each figure (the machine may be shared). */
export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return loadavg();
  }
}

/** Runs `tasks` (functions returning promises) with at most `limit` in flight. */
export async function inParallel(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
