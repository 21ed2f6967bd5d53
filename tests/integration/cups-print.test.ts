/**
 * A real CUPS with the cups-pdf backend. Reuses a running scheduler that already has a cups-pdf
 * queue; otherwise starts a private cupsd (own ServerRoot in a temp folder, ephemeral port on
 * 127.0.0.1) and adds the KIOSK_A4 queue to it, so the machine's CUPS setup is left alone.
 * Starting cupsd with the cups-pdf backend needs root (our CI runs as root).
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceError } from '../../src-main/contract/errors.js';
import { renderGuidePdf } from '../../src-main/devices/a4/guide.pdf.js';
import { A4_UNAVAILABLE_MESSAGE, PrintQueue, queueStatus } from '../../src-main/devices/a4/print-queue.js';
import { FONT_PATH, OUTPUT_DIR, guideItem, pdfText, renderPng, squash } from '../unit/a4/guide-test-item.js';

const run = promisify(execFile);
const C_ENV = { ...process.env, LC_ALL: 'C', LANG: 'C' };
const QUEUE = 'KIOSK_A4';
const PPD_MODEL = 'lsb/usr/cups-pdf/CUPS-PDF_opt.ppd';
/** poppler's pdftops renderer turns the embedded CJK font into Type 3 glyphs without text; cairo keeps it. */
const TEXT_PRESERVING = { 'pdftops-renderer': 'pdftocairo' };

interface Cups {
  /** `host:port` of our own cupsd; undefined when reusing the default scheduler. */
  server: string | undefined;
  queue: string;
  origin: string;
  stop(): Promise<void>;
}

function requireTools(): void {
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
async function until<T>(
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

function freePort(): Promise<number> {
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

async function startOwnCups(): Promise<Cups> {
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
    await run('lpadmin', ['-h', server, '-p', QUEUE, '-v', 'cups-pdf:/', '-E', '-m', PPD_MODEL], {
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
function cupsPdfOutDir(queue: string): { dir: string; conf: string; out: string } {
  const specific = `/etc/cups/cups-pdf-${queue}.conf`;
  const conf = fs.existsSync(specific) ? specific : '/etc/cups/cups-pdf.conf';
  const text = fs.existsSync(conf) ? fs.readFileSync(conf, 'utf8') : '';
  const lines = Array.from(text.matchAll(/^[ \t]*Out[ \t]+(\S.*?)[ \t]*$/gm), (m) => m[1] ?? '');
  const out = lines[lines.length - 1] ?? '/var/spool/cups-pdf/${USER}';
  const user = os.userInfo();
  const dir = out.replaceAll('${HOME}', user.homedir).replaceAll('${USER}', user.username);
  return { dir, conf, out };
}

async function catchDeviceError(promise: Promise<unknown>): Promise<DeviceError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeviceError);
  const de = err as DeviceError;
  expect(de.device).toBe('a4');
  expect(de.userMessage).toBe(A4_UNAVAILABLE_MESSAGE);
  return de;
}

let cups: Cups;
let pdf: Buffer;
const { item } = guideItem();

beforeAll(async () => {
  requireTools();
  cups = findRunningCups() ?? (await startOwnCups());
  pdf = await renderGuidePdf(item, {
    hallName: '淄川区昆仑镇便民服务中心',
    onlineUrl: `https://zwfw.zichuan.gov.cn/guide/${item.id}`,
    catalogVersion: '2026.11.25-1',
    printedAt: new Date(),
    fontPath: FONT_PATH,
  });
}, 60_000);

afterAll(async () => {
  await cups?.stop();
}, 30_000);

describe('A4 printing through CUPS', () => {
  it('reports the queue as enabled and accepting', async () => {
    const status = await queueStatus(cups.queue, { server: cups.server });
    expect(status).toMatchObject({ queue: cups.queue, enabled: true, accepting: true });
  });

  it('prints the guide to cups-pdf, whose output holds the guide text', async () => {
    const { dir, conf, out } = cupsPdfOutDir(cups.queue);
    const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
    const started = Date.now();
    const queue = new PrintQueue({ queue: cups.queue, server: cups.server, timeoutMs: 20_000 });
    const job = await queue.print(pdf, { title: `kiosk-guide-${process.pid}`, cupsOptions: TEXT_PRESERVING });
    expect(job.requestId).toBe(`${cups.queue}-${job.jobNumber}`);

    // cups-pdf names files "<title>-job_<n>.pdf" (the title is shortened); a failed filter still
    // leaves a stub, so wait for a complete PDF rather than for the name.
    const jobName = new RegExp(`job_${job.jobNumber}(?!\\d).*\\.pdf$`);
    const printed = await until(
      `cups-pdf output for ${job.requestId} in ${dir} (${out} from ${conf})`,
      45_000,
      () => {
        if (!fs.existsSync(dir)) return undefined;
        for (const name of fs.readdirSync(dir)) {
          if (!jobName.test(name)) continue;
          const file = path.join(dir, name);
          const stat = fs.statSync(file);
          if (before.has(name) && stat.mtimeMs < started - 1000) continue;
          const tail = fs.readFileSync(file).subarray(-64).toString('latin1');
          if (/%%EOF\s*$/.test(tail)) return file;
        }
        return undefined;
      },
    );
    try {
      const text = squash(pdfText(printed));
      expect(text, `text of ${printed}`).toContain(squash(item.name));
      expect(text).toContain('所需材料');
      expect(text).toContain('办事指南');
      fs.mkdirSync(OUTPUT_DIR, { recursive: true });
      fs.copyFileSync(printed, path.join(OUTPUT_DIR, 'printed-guide.pdf'));
      const png = renderPng(printed, 1, 'printed-guide-p1');
      expect(fs.statSync(png).size).toBeGreaterThan(5000);
    } finally {
      fs.rmSync(printed, { force: true });
    }
  }, 60_000);

  it('refuses an unknown queue', async () => {
    const checked = new PrintQueue({ queue: 'KIOSK_NO_SUCH_QUEUE', server: cups.server });
    expect(['refused', 'no-queue']).toContain((await catchDeviceError(checked.print(pdf))).reason);
    const unchecked = new PrintQueue({
      queue: 'KIOSK_NO_SUCH_QUEUE',
      server: cups.server,
      checkBeforePrint: false,
    });
    const err = await catchDeviceError(unchecked.print(pdf));
    expect(['refused', 'no-queue']).toContain(err.reason);
    expect(err.message).toMatch(/does not exist|Invalid destination/);
  });

  it('refuses with no-queue when no queue is configured', async () => {
    const err = await catchDeviceError(new PrintQueue({ queue: undefined, server: cups.server }).print(pdf));
    expect(err.reason).toBe('no-queue');
  });

  it('refuses a disabled queue before sending the job', async () => {
    const off = `KIOSK_A4_OFF_${process.pid}`;
    const h = cups.server ? ['-h', cups.server] : [];
    await run('lpadmin', [...h, '-p', off, '-v', 'cups-pdf:/', '-m', PPD_MODEL], { env: C_ENV });
    try {
      await run('cupsdisable', [...h, '-r', 'paper jam', off], { env: C_ENV });
      const status = await queueStatus(off, { server: cups.server });
      expect(status.enabled).toBe(false);
      expect(status.reason).toBe('paper jam');
      const err = await catchDeviceError(new PrintQueue({ queue: off, server: cups.server }).print(pdf));
      expect(err.reason).toBe('refused');
    } finally {
      await run('lpadmin', [...h, '-x', off], { env: C_ENV });
    }
  }, 30_000);

  it('refuses when the CUPS server does not answer', async () => {
    const port = await freePort();
    const err = await catchDeviceError(
      new PrintQueue({ queue: QUEUE, server: `127.0.0.1:${port}` }).print(pdf),
    );
    expect(err.reason).toBe('refused');
  });
});
