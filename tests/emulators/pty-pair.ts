/**
 * A pair of connected pseudo-terminals made by socat, for device emulators: bytes written to one
 * end come out of the other. The link paths are stable, so a test can "unplug" (close the pair) and
 * "replug" (start a new pair in the same folder) while the code under test keeps the same port path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PtyPair {
  /** Link path of the first end (give this one to the code under test). */
  a: string;
  /** Link path of the second end (the emulator's). */
  b: string;
  dir: string;
  process: ChildProcess;
  /** Stops socat (SIGTERM, SIGKILL after a grace period) and resolves when it has exited. */
  close(): Promise<void>;
}

export interface PtyPairOptions {
  /** Folder for the links; a fresh temporary folder (removed by close()) when omitted. */
  dir?: string;
  /** Link names inside the folder. Default ['ttyA', 'ttyB']. */
  names?: [string, string];
  /** How long to wait for both links. Default 5000 ms. */
  timeoutMs?: number;
}

function removeStaleLink(p: string): void {
  try {
    if (fs.lstatSync(p).isSymbolicLink()) fs.unlinkSync(p);
  } catch {
    // not there: nothing to remove
  }
}

function bothExist(a: string, b: string): boolean {
  return fs.existsSync(a) && fs.existsSync(b);
}

export async function startPtyPair(options: PtyPairOptions = {}): Promise<PtyPair> {
  const ownDir = options.dir === undefined;
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'pty-'));
  fs.mkdirSync(dir, { recursive: true });
  const [nameA, nameB] = options.names ?? ['ttyA', 'ttyB'];
  const a = path.join(dir, nameA);
  const b = path.join(dir, nameB);
  // A socat killed with SIGKILL leaves its links behind; they would make us return too early.
  removeStaleLink(a);
  removeStaleLink(b);

  const child = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 4000) stderr += d.toString();
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

  const timeoutMs = options.timeoutMs ?? 5000;
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    let settled = false;
    const settle = (err?: Error): void => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      if (err) reject(err);
      else resolve();
    };
    child.once('error', (err: NodeJS.ErrnoException) => {
      settle(
        new Error(
          err.code === 'ENOENT'
            ? 'socat is not installed (apt-get install socat); the PTY tests need it'
            : `socat failed to start: ${err.message}`,
        ),
      );
    });
    child.once('exit', (code, signal) => {
      settle(new Error(`socat exited early (code ${code}, signal ${signal}): ${stderr.trim()}`));
    });
    const timer = setInterval(() => {
      if (bothExist(a, b)) settle();
      else if (Date.now() > deadline) {
        child.kill('SIGKILL');
        settle(new Error(`socat links ${a}, ${b} did not appear within ${timeoutMs} ms: ${stderr.trim()}`));
      }
    }, 10);
  });

  return {
    a,
    b,
    dir,
    process: child,
    async close(): Promise<void> {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const grace = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(grace);
      }
      removeStaleLink(a);
      removeStaleLink(b);
      if (ownDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
