/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl from Debian's packages into a
 * folder under the package's build directory, on a port the OS picks, stopped (and deleted) at the end.
 * As root, the server runs as the `postgres` user (initdb refuses root) in a folder that user owns.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface Cluster {
  url: string;
  port: number;
  stop(): void;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL's binaries, installed from Debian's packages when missing and root; else a clear error. */
export function postgresBinaries(): string {
  let bin = binDir();
  if (bin === undefined && isRoot()) {
    console.log('postgres tests: installing Debian’s postgresql package (apt-get)');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { stdio: 'inherit' });
    bin = binDir();
  }
  if (bin === undefined) {
    throw new Error(
      'PostgreSQL is not installed: the tests of @xinfang/postgres need initdb and pg_ctl from /usr/lib/postgresql/<version>/bin. Install it with `sudo apt-get install postgresql` (or run `bash .ci/run` as root), then run the tests again.',
    );
  }
  return bin;
}

/** Whether every existing folder from `/` to `folder` lets other users pass through (the `x` bit for others). */
function othersCanEnter(folder: string): boolean {
  for (let d = resolve(folder); ; d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return false;
    if (dirname(d) === d) return true;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster under `buildDir` (e.g. `packages/postgres/build`). */
export async function startCluster(buildDir: string, port?: number): Promise<Cluster> {
  const bin = postgresBinaries();
  const chosen = port ?? (await freePort());
  // As root the server runs as `postgres`, which must be able to enter every folder above its data: a clone in a
  // private folder (`mktemp -d` makes it 0700) cannot be entered, so the cluster goes under the system's temp
  // folder instead.
  const base = isRoot() && !othersCanEnter(buildDir) ? mkdtempSync(join(tmpdir(), 'xinfang-pg-')) : buildDir;
  if (base !== buildDir) spawnSync('chmod', ['755', base]);
  const dir = join(base, `pg-${process.pid}-${chosen}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  const asRoot = isRoot();
  const run = (command: string, args: string[]) => {
    const r = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.stdout || r.error?.message}`);
  };
  if (asRoot) {
    const { uid, gid } = {
      uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
      gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
    };
    chownSync(dir, uid, gid);
    chownSync(join(dir, 'data'), uid, gid);
    // The postgres user must be able to reach the folder.
    mkdirSync(base, { recursive: true });
    spawnSync('chmod', ['o+x', base]);
  }
  run(join(bin, 'initdb'), [
    '-D',
    join(dir, 'data'),
    '-U',
    'xinfang',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  run(join(bin, 'pg_ctl'), [
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${chosen} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`,
    'start',
  ]);
  return {
    url: `postgres://xinfang@127.0.0.1:${chosen}/postgres`,
    port: chosen,
    stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(base === buildDir ? dir : base, { recursive: true, force: true });
      }
    },
  };
}
