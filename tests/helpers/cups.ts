/**
 * A real CUPS with the cups-pdf backend for tests. Reuses a running scheduler that already has a
 * cups-pdf queue; otherwise starts a private cupsd (own ServerRoot in a temp folder, ephemeral port
 * on 127.0.0.1) and adds the KIOSK_A4 queue to it, so the machine's CUPS setup is left alone.
 * Starting cupsd with the cups-pdf backend needs root (our CI runs as root).
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const C_ENV = { ...process.env, LC_ALL: 'C', LANG: 'C' };
export const QUEUE = 'KIOSK_A4';
export const PPD_MODEL = 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd';
/** poppler's pdftops renderer turns the embedded CJK font into Type 3 glyphs without text; cairo keeps it. */
export const TEXT_PRESERVING = { 'pdftops-renderer': 'pdftocairo' };

export interface Cups {
  /** `host:port` of our own cupsd; undefined when reusing the default scheduler. */
  server: string | undefined;
  queue: string;
  origin: string;
  stop(): Promise<void>;
}

export function requireCupsTools(): void {
  const missing: string[] = [];
  for (const tool of ['lp', 'lpstat', 'lpadmin', 'pdftotext', 'pdftoppm', 'pdfinfo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) missing.push(tool);
  }
  if (!fs.existsSync('/usr/sbin/cupsd')) missing.push('/usr/sbin/cupsd');
  if (!fs.existsSync('/usr/lib/cups/backend/cups-pdf')) missing.push('/usr/lib/cups/backend/cups-pdf');
  if (missing.length > 0) {
    throw new Error(
      `cups-print test needs ${missing.join(', ')}: apt-get install -y cups cups-bsd printer-driver-cups-pdf poppler-utils`,
    );
  }
}

/** Polls `probe` every 100 ms until it returns a value, or fails with `what` at the deadline. */
export async function until<T>(
  what: string,
  timeoutMs: number,
  probe: () => T | undefined | Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function lpstat(args: string[]): string {
  const r = spawnSync('lpstat', args, { env: C_ENV, encoding: 'utf8', timeout: 10_000 });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
}

/** A running default scheduler with a cups-pdf queue (KIOSK_A4 preferred), if any. */
function findRunningCups(): Cups | undefined {
  if (!lpstat(['-r']).includes('scheduler is running')) return undefined;
  const queues = Array.from(lpstat(['-v']).matchAll(/^device for (\S+): cups-pdf:/gm), (m) => m[1] ?? '');
  const queue = queues.includes(QUEUE) ? QUEUE : queues[0];
  if (!queue) return undefined;
  return {
    server: undefined,
    queue,
    origin: `running scheduler, queue ${queue}`,
    stop: () => Promise.resolve(),
  };
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

/** A backend of our own: its name (the device URI scheme) and the shell script cupsd runs as root. */
export interface TestBackend {
  name: string;
  script: string;
}

/**
 * A private cupsd whose only queue prints through `backend` (e.g. a printer that reports it has no paper).
 * Its ServerBin is a folder of links to the system's filters and backends plus ours.
 */
export async function startCupsWithBackend(backend: TestBackend): Promise<Cups> {
  requireCupsTools();
  return startOwnCups(backend);
}

async function startOwnCups(backend?: TestBackend): Promise<Cups> {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'no running cupsd with a cups-pdf queue, and starting one needs root (the cups-pdf backend runs as root)',
    );
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-cupsd-'));
  // Filters run as user lp: they must reach the spool and write temp files.
  fs.chmodSync(root, 0o755);
  for (const d of ['etc/ppd', 'spool', 'cache', 'state', 'log', 'tmp']) {
    fs.mkdirSync(path.join(root, d), { recursive: true, mode: 0o755 });
  }
  fs.chmodSync(path.join(root, 'tmp'), 0o1777);
  if (backend) {
    const bin = path.join(root, 'bin');
    fs.mkdirSync(path.join(bin, 'backend'), { recursive: true, mode: 0o755 });
    for (const d of ['cgi-bin', 'daemon', 'driver', 'filter', 'monitor', 'notifier'])
      fs.symlinkSync(path.join('/usr/lib/cups', d), path.join(bin, d));
    for (const b of fs.readdirSync('/usr/lib/cups/backend'))
      fs.symlinkSync(path.join('/usr/lib/cups/backend', b), path.join(bin, 'backend', b));
    // 0700 and owned by root: cupsd runs it as root and accepts its permissions.
    fs.writeFileSync(path.join(bin, 'backend', backend.name), backend.script, { mode: 0o700 });
  }
  const port = await freePort();
  const server = `127.0.0.1:${port}`;
  const conf = path.join(root, 'etc/cupsd.conf');
  const files = path.join(root, 'etc/cups-files.conf');
  fs.writeFileSync(
    conf,
    [
      `Listen ${server}`,
      'LogLevel info',
      'Browsing No',
      'WebInterface No',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    files,
    [
      `ServerRoot ${root}/etc`,
      `RequestRoot ${root}/spool`,
      `CacheDir ${root}/cache`,
      `StateDir ${root}/state`,
      `TempDir ${root}/tmp`,
      `ErrorLog ${root}/log/error_log`,
      `AccessLog ${root}/log/access_log`,
      `PageLog ${root}/log/page_log`,
      `Printcap ${root}/printcap`,
      ...(backend ? [`ServerBin ${root}/bin`] : []),
      'SystemGroup root',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('/usr/sbin/cupsd', ['-f', '-c', conf, '-s', files], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    await until('cupsd to answer', 15_000, () => {
      if (exited) throw new Error(`cupsd exited: ${output.trim()}`);
      return lpstat(['-h', server, '-r']).includes('scheduler is running') ? true : undefined;
    });
    const uri = backend ? `${backend.name}:/` : 'cups-pdf:/';
    await run('lpadmin', ['-h', server, '-p', QUEUE, '-v', uri, '-E', '-m', PPD_MODEL], {
      env: C_ENV,
    });
  } catch (err) {
    const log = fs.existsSync(path.join(root, 'log/error_log'))
      ? fs.readFileSync(path.join(root, 'log/error_log'), 'utf8').slice(-2000)
      : '';
    await stop();
    throw new Error(`could not start a private cupsd: ${String(err)}\n${log}`);
  }
  return { server, queue: QUEUE, origin: `private cupsd on ${server}`, stop };
}

/**
 * Where cups-pdf writes: the `Out` line of /etc/cups/cups-pdf-<queue>.conf when that file exists,
 * else of /etc/cups/cups-pdf.conf (Debian: `Out ${HOME}/PDF`), with ${HOME}/${USER} of the job's
 * owner — the user running lp. cups-pdf's built-in default is /var/spool/cups-pdf/${USER}.
 */
export function cupsPdfOutDir(queue: string): { dir: string; conf: string; out: string } {
  const specific = `/etc/cups/cups-pdf-${queue}.conf`;
  const conf = fs.existsSync(specific) ? specific : '/etc/cups/cups-pdf.conf';
  const text = fs.existsSync(conf) ? fs.readFileSync(conf, 'utf8') : '';
  const lines = Array.from(text.matchAll(/^[ \t]*Out[ \t]+(\S.*?)[ \t]*$/gm), (m) => m[1] ?? '');
  const out = lines[lines.length - 1] ?? '/var/spool/cups-pdf/${USER}';
  const user = os.userInfo();
  const dir = out.replaceAll('${HOME}', user.homedir).replaceAll('${USER}', user.username);
  return { dir, conf, out };
}

/** A cups-pdf queue to print to: a running scheduler's, or a private cupsd started here. */
export async function startCups(): Promise<Cups> {
  requireCupsTools();
  return findRunningCups() ?? (await startOwnCups());
}
