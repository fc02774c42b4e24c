import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a throwaway cluster lives, so global-teardown can stop it. */
export const THROWAWAY_CLUSTER_ENV = 'CXMAP_TEST_THROWAWAY_CLUSTER';

export interface ThrowawayCluster {
  url: string;
  dir: string;
  port: number;
}

/** The newest installed PostgreSQL server binaries (Debian layout), or null. */
function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => join(root, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  return bin ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private PostgreSQL cluster in a temp folder (used when no server answers on the default
 * address). initdb refuses root, so it runs as the `postgres` user when we are root.
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster | null> {
  const bin = findPostgresBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'cxmap-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  runAsPostgres(bin, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const cluster = { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port };
  await startCluster(cluster);
  return cluster;
}

/** Runs a server binary, as the `postgres` user when we are root (initdb and postgres refuse root). */
function runAsPostgres(bin: string, command: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'ignore' });
  else execFileSync(join(bin, command), args, { stdio: 'ignore' });
}

/** `pg_ctl` without blocking the event loop, so the app under test keeps serving meanwhile. */
async function pgCtl(args: string[]): Promise<void> {
  const pgCtlPath = join(requireBin(), 'pg_ctl');
  if (process.getuid?.() === 0) await promisify(execFile)('runuser', ['-u', 'postgres', '--', pgCtlPath, ...args]);
  else await promisify(execFile)(pgCtlPath, args);
}

function requireBin(): string {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL server binaries');
  return bin;
}

/** (Re)starts a stopped cluster on its port; returns once it accepts connections. */
export async function startCluster(cluster: ThrowawayCluster): Promise<void> {
  await pgCtl([
    '-D', join(cluster.dir, 'data'), '-l', join(cluster.dir, 'log'), '-w',
    '-o', `-p ${cluster.port} -k ${cluster.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
}

/** Stops the server like an outage would (fast: open sessions are terminated), keeping its data. */
export async function stopCluster(cluster: ThrowawayCluster): Promise<void> {
  await pgCtl(['-D', join(cluster.dir, 'data'), '-m', 'fast', '-w', 'stop']);
}

export function stopThrowawayCluster(dir: string): void {
  const bin = findPostgresBin();
  if (bin) {
    const args = ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop'];
    try {
      if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // already stopped
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
