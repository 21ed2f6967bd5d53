import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import type { Logger } from '../../../../src-main/log/logger.js';
import {
  A4_UNAVAILABLE_MESSAGE,
  PrintQueue,
  parseLpstat,
  parseRequestId,
  queueStatus,
} from '../../../../src-main/devices/a4/print-queue.js';

// Real answers of CUPS 2.4 clients in the C locale.
const LPSTAT_READY = `printer KIOSK_A4 is idle.  enabled since Wed Nov 25 17:23:10 2026
KIOSK_A4 accepting requests since Wed Nov 25 17:23:10 2026
`;
const LPSTAT_OFF = `printer KIOSK_A4 disabled since Wed Nov 25 17:23:52 2026 -
\tmaintenance
KIOSK_A4 not accepting requests since Wed Nov 25 17:23:52 2026 -
\tmaintenance
`;
const LPSTAT_PAUSED = `printer KIOSK_A4 disabled since Wed Nov 25 17:23:52 2026 -
\tPaused
KIOSK_A4 accepting requests since Wed Nov 25 17:23:52 2026
`;
const LPSTAT_PRINTING = `printer KIOSK_A4 now printing KIOSK_A4-7.  enabled since Wed Nov 25 17:30:00 2026
KIOSK_A4 accepting requests since Wed Nov 25 17:30:00 2026
`;

let dir: string;
const PDF = Buffer.from('%PDF-1.7\n% test document\n%%EOF\n');

function script(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

function fakeLog(): Logger & { lines: { level: string; obj: object; msg?: string }[] } {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const log = {
    lines,
    debug: (obj: object, msg?: string) => lines.push({ level: 'debug', obj, msg }),
    info: (obj: object, msg?: string) => lines.push({ level: 'info', obj, msg }),
    warn: (obj: object, msg?: string) => lines.push({ level: 'warn', obj, msg }),
    error: (obj: object, msg?: string) => lines.push({ level: 'error', obj, msg }),
    child: () => log,
  };
  return log;
}

async function deviceError(promise: Promise<unknown>): Promise<DeviceError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeviceError);
  const de = err as DeviceError;
  expect(de.device).toBe('a4');
  expect(de.code).toBe('DEVICE');
  expect(de.userMessage).toBe(A4_UNAVAILABLE_MESSAGE);
  return de;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'print-queue-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('parsers', () => {
  it('reads the request id from lp, including queue names with hyphens', () => {
    expect(parseRequestId('request id is KIOSK_A4-12 (1 file(s))\n')).toEqual({
      requestId: 'KIOSK_A4-12',
      jobNumber: 12,
    });
    expect(parseRequestId('request id is HP-LaserJet-3-451 (1 file(s))')).toEqual({
      requestId: 'HP-LaserJet-3-451',
      jobNumber: 451,
    });
    expect(parseRequestId('lp: Error - The printer or class does not exist.')).toBeUndefined();
  });

  it('reads enabled, accepting and the reason from lpstat', () => {
    expect(parseLpstat('KIOSK_A4', LPSTAT_READY)).toEqual({
      queue: 'KIOSK_A4',
      enabled: true,
      accepting: true,
      state: 'idle',
    });
    expect(parseLpstat('KIOSK_A4', LPSTAT_OFF)).toEqual({
      queue: 'KIOSK_A4',
      enabled: false,
      accepting: false,
      state: 'disabled',
      reason: 'maintenance',
    });
    expect(parseLpstat('KIOSK_A4', LPSTAT_PAUSED)).toMatchObject({
      enabled: false,
      accepting: true,
      reason: 'Paused',
    });
    expect(parseLpstat('KIOSK_A4', LPSTAT_PRINTING)).toMatchObject({ enabled: true, state: 'printing' });
    expect(parseLpstat('OTHER', LPSTAT_READY)).toBeUndefined();
  });
});

describe('PrintQueue with fake CUPS clients', () => {
  it('refuses with no-queue when no queue is configured, without running lp', async () => {
    const marker = path.join(dir, 'never-ran');
    const lp = script('lp-marker', `touch ${marker}`);
    for (const queue of [undefined, '', '   ']) {
      const err = await deviceError(new PrintQueue({ queue, lpPath: lp, lpstatPath: lp }).print(PDF));
      expect(err.reason).toBe('no-queue');
    }
    expect((await deviceError(queueStatus(undefined))).reason).toBe('no-queue');
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('refuses with no-queue for a queue name CUPS could not have', async () => {
    const err = await deviceError(new PrintQueue({ queue: 'bad name/with slash' }).print(PDF));
    expect(err.reason).toBe('no-queue');
  });

  it('reports no-queue when the CUPS clients are not installed', async () => {
    const missing = path.join(dir, 'no-such-lp');
    const q = new PrintQueue({ queue: 'KIOSK_A4', lpPath: missing, lpstatPath: missing });
    expect((await deviceError(q.print(PDF))).reason).toBe('no-queue');
    expect((await deviceError(q.status())).reason).toBe('no-queue');
  });

  it('sends the bytes through a temp file with the server, queue, title and options, then removes it', async () => {
    const argsFile = path.join(dir, 'args.txt');
    const copy = path.join(dir, 'copy.pdf');
    const lpstat = script('lpstat-ready', `cat <<'EOF'\n${LPSTAT_READY}EOF`);
    const lp = script(
      'lp-record',
      `for a in "$@"; do printf "%s\\n" "$a" >> ${argsFile}; done
for last in "$@"; do :; done
cp "$last" ${copy}
echo "request id is KIOSK_A4-42 (1 file(s))"`,
    );
    const log = fakeLog();
    const q = new PrintQueue({
      queue: 'KIOSK_A4',
      server: '127.0.0.1:16631',
      lpPath: lp,
      lpstatPath: lpstat,
      log,
    });
    const job = await q.print(PDF, {
      title: 'guide-test',
      copies: 2,
      cupsOptions: { 'pdftops-renderer': 'pdftocairo' },
    });
    expect(job).toEqual({ queue: 'KIOSK_A4', requestId: 'KIOSK_A4-42', jobNumber: 42 });
    const args = fs.readFileSync(argsFile, 'utf8').trim().split('\n');
    const file = args[args.length - 1] ?? '';
    expect(args.slice(0, -1)).toEqual([
      '-h',
      '127.0.0.1:16631',
      '-d',
      'KIOSK_A4',
      '-o',
      'media=A4',
      '-t',
      'guide-test',
      '-n',
      '2',
      '-o',
      'pdftops-renderer=pdftocairo',
      '--',
    ]);
    expect(fs.readFileSync(copy)).toEqual(PDF);
    expect(fs.existsSync(file)).toBe(false);
    expect(log.lines.some((l) => l.level === 'info' && JSON.stringify(l.obj).includes('KIOSK_A4-42'))).toBe(
      true,
    );
  });

  it('prints a file on disk as it is', async () => {
    const argsFile = path.join(dir, 'args2.txt');
    const lpstat = script('lpstat-ready2', `cat <<'EOF'\n${LPSTAT_READY}EOF`);
    const lp = script(
      'lp-record2',
      `for last in "$@"; do :; done\necho "$last" > ${argsFile}\necho "request id is KIOSK_A4-3 (1 file(s))"`,
    );
    const pdfFile = path.join(dir, 'on-disk.pdf');
    fs.writeFileSync(pdfFile, PDF);
    const job = await new PrintQueue({ queue: 'KIOSK_A4', lpPath: lp, lpstatPath: lpstat }).print({
      path: pdfFile,
    });
    expect(job.jobNumber).toBe(3);
    expect(fs.readFileSync(argsFile, 'utf8').trim()).toBe(pdfFile);
    expect(fs.existsSync(pdfFile)).toBe(true);
  });

  it('refuses a disabled or rejecting queue before sending anything', async () => {
    const marker = path.join(dir, 'lp-ran');
    const lp = script('lp-marker2', `touch ${marker}\necho "request id is KIOSK_A4-1 (1 file(s))"`);
    for (const [name, answer] of [
      ['off', LPSTAT_OFF],
      ['paused', LPSTAT_PAUSED],
    ] as const) {
      const lpstat = script(`lpstat-${name}`, `cat <<'EOF'\n${answer}EOF`);
      const err = await deviceError(
        new PrintQueue({ queue: 'KIOSK_A4', lpPath: lp, lpstatPath: lpstat }).print(PDF),
      );
      expect(err.reason).toBe('refused');
    }
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('maps a non-zero exit of lp to refused, keeping the CUPS message for the log', async () => {
    const lpstat = script('lpstat-ready3', `cat <<'EOF'\n${LPSTAT_READY}EOF`);
    const lp = script('lp-refuse', `echo "lp: Error - The printer or class does not exist." >&2\nexit 1`);
    const err = await deviceError(
      new PrintQueue({ queue: 'KIOSK_A4', lpPath: lp, lpstatPath: lpstat }).print(PDF),
    );
    expect(err.reason).toBe('refused');
    expect(err.message).toContain('does not exist');
  });

  it('maps an unparseable answer to refused', async () => {
    const lpstat = script('lpstat-garbage', 'echo "something else"');
    expect((await deviceError(queueStatus('KIOSK_A4', { lpstatPath: lpstat }))).reason).toBe('refused');
  });

  it('gives up with timeout when lp hangs', async () => {
    const lp = script('lp-hang', 'exec sleep 30');
    const q = new PrintQueue({ queue: 'KIOSK_A4', lpPath: lp, checkBeforePrint: false, timeoutMs: 300 });
    const started = Date.now();
    const err = await deviceError(q.print(PDF));
    expect(err.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects unsafe job options', async () => {
    const lp = script('lp-ok', 'echo "request id is KIOSK_A4-1 (1 file(s))"');
    const q = new PrintQueue({ queue: 'KIOSK_A4', lpPath: lp, checkBeforePrint: false });
    const err = await deviceError(q.print(PDF, { cupsOptions: { media: 'A4 -d other' } }));
    expect(err.reason).toBe('refused');
  });
});
