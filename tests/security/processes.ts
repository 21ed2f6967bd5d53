/**
 * Real processes for the security tier: the reference district server (`src-server/main.ts serve`) on an
 * ephemeral loopback port with a temp database, its admin CLI, and the technician's `bin/kiosk.js`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT } from '../helpers/kiosk-process.js';

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env['DISPLAY'];
  delete env['WAYLAND_DISPLAY'];
  return env;
}

/** Runs a node program to its end. */
export async function runNode(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: cleanEnv(env), stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, out, err };
}

export interface DistrictProcess {
  url: string;
  db: string;
  /** Runs an admin command of the server's CLI against its database. */
  admin(...args: string[]): Promise<Run>;
  /** Creates a hall and issues one enrollment code for it. */
  enrollmentCode(hall: { code: string; name: string }): Promise<string>;
  stop(): Promise<void>;
}

const SERVER = ['--import', 'tsx', path.join('src-server', 'main.ts')];

export async function startDistrict(dir: string): Promise<DistrictProcess> {
  const db = path.join(dir, 'district.db');
  const child: ChildProcess = spawn(process.execPath, [...SERVER, 'serve', '--port', '0', '--db', db], {
    cwd: ROOT,
    env: cleanEnv({ DISTRICT_LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`district server exited with ${code}`)));
  });
  const admin = (...args: string[]): Promise<Run> => runNode([...SERVER, ...args, '--db', db]);
  return {
    url,
    db,
    admin,
    async enrollmentCode(hall) {
      await admin('hall', 'create', '--code', hall.code, '--name', hall.name);
      const issued = await admin('code', 'issue', '--hall', hall.code);
      if (issued.code !== 0) throw new Error(issued.err);
      return issued.out.trim();
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The technician's `kiosk` command on a data folder. */
export function kioskCli(dataDir: string, ...args: string[]): Promise<Run> {
  return runNode(['bin/kiosk.js', ...args], { KIOSK_DATA_DIR: dataDir });
}
