/**
 * The kiosk as a real process (`start.ts`, the program `npm start` and the systemd unit run), on the
 * web shell: its stdout read line by line, its URL taken from what it prints (with a one-time launch
 * code when no browser was started), stopped with SIGTERM (or killed) at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { descendants } from './proc.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface KioskProcess {
  child: ChildProcess;
  /** Every stdout line so far. */
  lines: string[];
  /** Resolves with the first line (past or future) matching; rejects if the process exits first. */
  waitForLine(pattern: RegExp | ((line: string) => boolean)): Promise<string>;
  /** The app URL printed at start (with a one-time launch code when the kiosk started no browser). */
  appUrl: Promise<string>;
  /**
   * POSTs a contract method with the session cookie, answering the result envelope. The first call
   * spends the printed launch code for the cookie, so a test that calls does not open appUrl too.
   */
  call(method: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  /** The session cookie (`name=value`) that call uses, for other requests such as the event stream. */
  cookie(): Promise<string>;
  /** SIGTERM and wait: the exit code (null when killed by a signal). */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

export interface KioskProcessOptions {
  dataDir: string;
  /** `src` runs src-main/start.ts through tsx; `dist` runs the build (`npm run build` first). */
  from: 'src' | 'dist';
  env?: Record<string, string>;
  /** A command that runs node (e.g. `strace …`); stop() then signals node, the wrapper's child. */
  wrap?: string[];
}

export function startKioskProcess(options: KioskProcessOptions): KioskProcess {
  const args =
    options.from === 'src'
      ? ['--import', 'tsx', path.join(ROOT, 'src-main', 'start.ts')]
      : [path.join(ROOT, 'dist', 'main', 'src-main', 'start.js')];
  const [file, ...prefix] = [...(options.wrap ?? []), process.execPath];
  const child = spawn(file, [...prefix, ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      KIOSK_SHELL: 'web',
      KIOSK_DATA_DIR: options.dataDir,
      KIOSK_NO_BROWSER: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: Array<{ matches: (line: string) => boolean; resolve: (line: string) => void }> = [];
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.filter((w) => w.matches(line))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  const waitForLine = (pattern: RegExp | ((line: string) => boolean)): Promise<string> => {
    const matches = typeof pattern === 'function' ? pattern : (line: string) => pattern.test(line);
    const seen = lines.find(matches);
    if (seen) return Promise.resolve(seen);
    return new Promise<string>((resolve, reject) => {
      waiters.push({ matches, resolve });
      void exited.then((code) =>
        reject(new Error(`kiosk process exited (${code}) before printing ${String(pattern)}`)),
      );
    });
  };
  const appUrl = waitForLine(/(?:open|web shell): http:\/\/127\.0\.0\.1:\d+\//).then(
    (line) => /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line)![1]!,
  );
  let session: Promise<string> | undefined;
  const cookie = async (): Promise<string> => (session ??= redeemLaunchCode(new URL(await appUrl)));
  return {
    child,
    lines,
    waitForLine,
    appUrl,
    exited,
    cookie,
    async call(method, input = {}) {
      const url = new URL(await appUrl);
      const res = await fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await cookie() },
        body: JSON.stringify(input),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const target = options.wrap ? descendants(child.pid!) : [];
        if (target.length > 0) target.forEach((pid) => process.kill(pid, 'SIGTERM'));
        else child.kill('SIGTERM');
      }
      return exited;
    },
  };
}

/** Spends a launch URL's one-time code the way a browser does: the session cookie it answers with. */
export async function redeemLaunchCode(launchUrl: URL): Promise<string> {
  if (!launchUrl.searchParams.has('launch'))
    throw new Error(`no launch code in ${launchUrl.origin}/ (a browser the kiosk started took the session)`);
  const res = await fetch(launchUrl, { redirect: 'manual' });
  const cookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !cookie) throw new Error(`launch code refused: ${res.status}`);
  return cookie.split(';')[0]!;
}
