/**
 * A real, private, throwaway PostgreSQL server for tests and the server benchmark: `initdb` into a temp
 * folder, then `postgres -D dir -p <free port> -k <socket dir> -c listen_addresses=127.0.0.1`, with the
 * binaries of Debian's `postgresql` package (/usr/lib/postgresql/<version>/bin). As root (CI), both run as
 * the `postgres` system user through `runuser -u postgres --`, in folders owned by it.
 *
 * - `sharedPostgres()`: one cluster per vitest worker slot (VITEST_POOL_ID), started by the first test file
 *   that asks and reused by the next files of that slot (vitest starts a process per file). It outlives the
 *   file's process; the global teardown (postgres.global-setup.ts) stops it at the end of the run.
 * - `startPostgres()`: a cluster of one's own, stopped by `stop()`.
 * - `freshDatabase(cluster)`: an empty database, dropped by `drop()`.
 *
 * Every cluster is watched by a small detached shell: when the process that owns it (the vitest main
 * process, or the benchmark) is gone, it shuts PostgreSQL down and removes the folder, so a killed run
 * leaves nothing behind. Missing binaries are an error naming the package, never a skip.
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const POSTGRES_MISSING =
  'PostgreSQL server binaries (initdb, postgres) not found in /usr/lib/postgresql/*/bin: ' +
  "install Debian's package 'postgresql' (apt-get install -y postgresql; scripts/system-deps.sh does it as root)";

const PG_ROOT = '/usr/lib/postgresql';
const SHARED_PREFIX = 'kiosk-pg-shared-';

export interface PgCluster {
  port: number;
  /** The folder holding data/, sock/ and postgres.log; removed by stop(). */
  dir: string;
  /** `postgres://postgres@127.0.0.1:<port>/<database>` (trust authentication on loopback). */
  url(database?: string): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Keep PostgreSQL's durability settings (fsync, synchronous commit, full-page writes). Off by default:
   * a test cluster is thrown away, so crash safety only costs time. The benchmark keeps them.
   */
  durable?: boolean;
  /** More `-c name=value` settings. */
  settings?: Record<string, string | number>;
  /** The process whose end stops the cluster (default: this one). */
  ownerPid?: number;
  /** Folder to create the cluster in (default: a new temp folder). */
  dir?: string;
}

/** The bin folder of the newest installed PostgreSQL server; throws POSTGRES_MISSING without one. */
export function postgresBinDir(root = PG_ROOT): string {
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb')) && fs.existsSync(path.join(bin, 'postgres'))) return bin;
  }
  throw new Error(POSTGRES_MISSING);
}

interface RunAs {
  /** Prefix of every command: `runuser -u postgres --` as root, nothing otherwise. */
  prefix: string[];
  uid: number;
  gid: number;
}

function runAs(): RunAs {
  if (process.getuid?.() !== 0)
    return { prefix: [], uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
  const id = (flag: string): number => {
    const r = spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`running as root, but there is no 'postgres' system user (${POSTGRES_MISSING})`);
    return Number(r.stdout.trim());
  };
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid: id('-u'), gid: id('-g') };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const urlOf =
  (port: number) =>
  (database = 'postgres'): string =>
    `postgres://postgres@127.0.0.1:${port}/${database}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster's pid from its lock file, if it is running. */
function postmasterPid(dir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid) && Date.now() < deadline) await sleep(25);
  return !alive(pid);
}

/** Fast shutdown (SIGINT: clients disconnected, a last checkpoint), then the folder goes. */
async function stopCluster(dir: string): Promise<void> {
  const pid = postmasterPid(dir);
  if (pid !== undefined) {
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 30_000))) {
      process.kill(pid, 'SIGQUIT');
      if (!(await waitForExit(pid, 5_000))) process.kill(pid, 'SIGKILL');
    }
  }
  // The watchdog may still be noting the exit in the folder: try again for a while.
  for (let attempt = 1; ; attempt++) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await sleep(100);
    }
  }
}

/**
 * Runs the server command in the background under a watchdog. When the server ends, the watchdog notes
 * it in `exited`; when `owner` ends first, it asks the postmaster for a fast shutdown and waits for it.
 * Once the owner is gone it removes the folder (stop() removes it sooner).
 */
const WATCHDOG = `
owner=$1; dir=$2; shift 2
"$@" >>"$dir/postgres.log" 2>&1 &
server=$!
while kill -0 "$server" 2>/dev/null; do
  if ! kill -0 "$owner" 2>/dev/null; then
    pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null)
    [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null
    break
  fi
  sleep 1
done
wait "$server"
code=$?
[ -d "$dir" ] && echo "$code" >"$dir/exited"
while kill -0 "$owner" 2>/dev/null; do sleep 2; done
rm -rf "$dir"
`;

function settingArgs(options: StartOptions): string[] {
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    max_connections: 200,
    ...(options.durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
    ...options.settings,
  };
  return Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
}

function logTail(dir: string, from = 0): string {
  try {
    return fs.readFileSync(path.join(dir, 'postgres.log')).subarray(from).toString('utf8').slice(-2000);
  } catch {
    return '';
  }
}

export async function startPostgres(options: StartOptions = {}): Promise<PgCluster> {
  const bin = postgresBinDir();
  const user = runAs();
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-pg-'));
  fs.mkdirSync(path.join(dir, 'sock'), { recursive: true });
  if (user.prefix.length > 0) {
    fs.chownSync(dir, user.uid, user.gid);
    fs.chownSync(path.join(dir, 'sock'), user.uid, user.gid);
  }
  const data = path.join(dir, 'data');
  try {
    const init = spawnSync(
      user.prefix[0] ?? path.join(bin, 'initdb'),
      [
        ...user.prefix.slice(1),
        ...(user.prefix.length > 0 ? [path.join(bin, 'initdb')] : []),
        '-D',
        data,
        '-U',
        'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
      ],
      { encoding: 'utf8', cwd: dir, timeout: 60_000 },
    );
    if (init.status !== 0)
      throw new Error(`initdb failed: ${init.stderr || init.stdout || init.error?.message}`);

    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const logFile = path.join(dir, 'postgres.log');
      const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
      fs.rmSync(path.join(dir, 'exited'), { force: true });
      const server = [
        ...user.prefix,
        path.join(bin, 'postgres'),
        '-D',
        data,
        '-p',
        String(port),
        '-k',
        path.join(dir, 'sock'),
        ...settingArgs(options),
      ];
      spawn('sh', ['-c', WATCHDOG, 'pg-watchdog', String(options.ownerPid ?? process.pid), dir, ...server], {
        detached: true,
        stdio: 'ignore',
        cwd: dir,
      }).unref();
      const url = urlOf(port);
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !fs.existsSync(path.join(dir, 'exited'))) {
        if (await canConnect(url())) return { port, dir, url, stop: () => stopCluster(dir) };
        await sleep(50);
      }
      const log = logTail(dir, logStart);
      // Another process took the port between freePort() and the bind: try another.
      if (attempt < 3 && /could not bind|could not create any TCP\/IP sockets/.test(log)) continue;
      throw new Error(`PostgreSQL did not start on 127.0.0.1:${port}:\n${log}`);
    }
  } catch (error) {
    await stopCluster(dir);
    throw error;
  }
}

/** The folder of this worker slot's shared cluster (the vitest main process is our parent). */
function sharedDir(): string {
  return path.join(os.tmpdir(), `${SHARED_PREFIX}${process.ppid}-w${process.env['VITEST_POOL_ID'] ?? '0'}`);
}

/** This vitest worker slot's cluster: reused when it runs, started (owned by vitest) when not. */
export async function sharedPostgres(): Promise<PgCluster> {
  const dir = sharedDir();
  const record = path.join(dir, 'cluster.json');
  if (fs.existsSync(record)) {
    const { port } = JSON.parse(fs.readFileSync(record, 'utf8')) as { port: number };
    if (postmasterPid(dir) !== undefined && (await canConnect(urlOf(port)()))) {
      // The files of a slot run one after another: a later file must not stop it.
      return { port, dir, url: urlOf(port), stop: () => Promise.resolve() };
    }
    await stopCluster(dir);
  }
  postgresBinDir();
  fs.mkdirSync(dir, { recursive: true });
  const cluster = await startPostgres({ dir, ownerPid: process.ppid });
  fs.writeFileSync(record, JSON.stringify({ port: cluster.port }));
  return { ...cluster, stop: () => Promise.resolve() };
}

/** Stops the shared clusters of the vitest run whose main process is `ownerPid` (the global teardown). */
export async function stopSharedClusters(ownerPid: number): Promise<void> {
  const prefix = `${SHARED_PREFIX}${ownerPid}-`;
  const dirs = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(prefix));
  await Promise.all(dirs.map((name) => stopCluster(path.join(os.tmpdir(), name))));
}

export interface PgDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(cluster: PgCluster, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: cluster.url() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the cluster. */
export async function freshDatabase(cluster: PgCluster, prefix = 'district'): Promise<PgDatabase> {
  const name = `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
  await admin(cluster, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: cluster.url(name),
    drop: () =>
      admin(cluster, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
