import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a throwaway cluster lives, so global-teardown can stop it. */
export const THROWAWAY_CLUSTER_ENV = 'CXMAP_TEST_THROWAWAY_CLUSTER';

export interface ThrowawayCluster {
  url: string;
  dir: string;
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
  const asPostgres = (command: string, args: string[]): void => {
    const isRoot = process.getuid?.() === 0;
    if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'ignore' });
    else execFileSync(join(bin, command), args, { stdio: 'ignore' });
  };
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  asPostgres('pg_ctl', [
    '-D', data, '-l', join(dir, 'log'), '-w',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir };
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
