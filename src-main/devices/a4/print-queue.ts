/**
 * The OS print queue for A4 documents: CUPS through its command-line clients (`lp`, `lpstat`).
 * Every failure becomes a DeviceError (device 'a4') whose user message sends the citizen to the
 * QR code on screen, so a missing or jammed printer never blocks getting the guide.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeviceError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';

export type A4FailureReason = 'no-queue' | 'refused' | 'timeout' | 'paper-out';

export const A4_UNAVAILABLE_MESSAGE = '打印机暂时无法使用，请用手机扫描屏幕上的二维码保存办事指南。';

export interface PrintQueueOptions {
  /** CUPS destination name; empty or undefined when no A4 printer is configured. */
  queue?: string | undefined;
  /** Alternate CUPS server as `host:port` (passed as `-h`), e.g. a test's own cupsd. */
  server?: string | undefined;
  /** Limit for each `lp`/`lpstat` run (default 15 s). */
  timeoutMs?: number;
  /** Refuse up front when the queue is disabled or not accepting jobs (default true). */
  checkBeforePrint?: boolean;
  lpPath?: string;
  lpstatPath?: string;
  log?: Logger;
}

export interface PrintJob {
  queue: string;
  /** CUPS request id, e.g. "KIOSK_A4-12". */
  requestId: string;
  /** The job number, e.g. 12. */
  jobNumber: number;
}

export interface PrintOptions {
  /** Job title shown by CUPS (and used by cups-pdf for the file name); ASCII is safest. */
  title?: string;
  copies?: number;
  /** Extra CUPS job options (`-o key=value`), e.g. { 'pdftops-renderer': 'pdftocairo' }. */
  cupsOptions?: Record<string, string>;
}

export interface QueueStatus {
  queue: string;
  /** `lpstat -p`: enabled (idle or printing) rather than disabled/stopped. */
  enabled: boolean;
  /** `lpstat -a`: accepting new jobs. */
  accepting: boolean;
  state: 'idle' | 'printing' | 'disabled';
  /** The reason CUPS gives for a disabled or rejecting queue, when any. */
  reason?: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** Queue names CUPS accepts: printable, no space, slash or '#'. Also keeps argv safe. */
const QUEUE_NAME = /^[A-Za-z0-9_.@-][A-Za-z0-9_.@+-]{0,126}$/;

const OPTION_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const OPTION_VALUE = /^[A-Za-z0-9_.:,+-]{1,128}$/;

function a4Error(reason: A4FailureReason, message: string): DeviceError {
  return new DeviceError('a4', reason, message, A4_UNAVAILABLE_MESSAGE);
}

interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a CUPS client in the C locale (its messages are parsed) and classifies failures. */
function run(cmd: string, args: string[], timeoutMs: number, what: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 1024 * 1024,
        env: { ...process.env, LC_ALL: 'C', LANG: 'C', LANGUAGE: 'C' },
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr });
          return;
        }
        const err = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (err.code === 'ENOENT') {
          reject(a4Error('no-queue', `${what}: ${cmd} not found (CUPS client not installed)`));
        } else if (err.killed || err.signal) {
          reject(a4Error('timeout', `${what}: ${cmd} gave no answer within ${timeoutMs} ms`));
        } else {
          const detail = firstLine(stderr) || firstLine(stdout) || `exit code ${String(err.code)}`;
          reject(a4Error('refused', `${what}: ${detail}`));
        }
      },
    );
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 200);
}

/** Parses lp's answer "request id is KIOSK_A4-12 (1 file(s))". */
export function parseRequestId(stdout: string): { requestId: string; jobNumber: number } | undefined {
  const m = /request id is (\S+)-(\d+)\s/.exec(`${stdout} `);
  if (!m) return undefined;
  return { requestId: `${m[1]}-${m[2]}`, jobNumber: Number(m[2]) };
}

/** Parses `lpstat -p QUEUE -a QUEUE` in the C locale. */
export function parseLpstat(queue: string, stdout: string): QueueStatus | undefined {
  const lines = stdout.split('\n');
  const esc = queue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pIndex = lines.findIndex((l) => new RegExp(`^printer ${esc} `).test(l));
  const aIndex = lines.findIndex((l) => new RegExp(`^${esc} (not )?accepting requests`).test(l));
  if (pIndex < 0) return undefined;
  const pLine = lines[pIndex] ?? '';
  const enabled = !/ disabled since /.test(pLine);
  const state: QueueStatus['state'] = !enabled
    ? 'disabled'
    : / now printing /.test(pLine)
      ? 'printing'
      : 'idle';
  const accepting = aIndex >= 0 ? !/ not accepting requests/.test(lines[aIndex] ?? '') : false;
  // A disabled printer or a rejecting queue is followed by one tab-indented line: the reason.
  const reasons: string[] = [];
  for (const start of [pIndex, aIndex]) {
    const next = start >= 0 ? lines[start + 1] : undefined;
    const text = next !== undefined && next.startsWith('\t') ? next.trim() : '';
    if (text && !reasons.includes(text)) reasons.push(text);
  }
  const status: QueueStatus = { queue, enabled, accepting, state };
  if (reasons.length > 0) status.reason = reasons.join('; ').slice(0, 200);
  return status;
}

export class PrintQueue {
  private readonly timeoutMs: number;

  constructor(private readonly options: PrintQueueOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** The configured queue name, or a 'no-queue' error. */
  private queueName(): string {
    const queue = this.options.queue?.trim();
    if (!queue) throw a4Error('no-queue', 'no A4 print queue configured');
    if (!QUEUE_NAME.test(queue))
      throw a4Error('no-queue', 'configured A4 queue name is not a valid CUPS name');
    return queue;
  }

  private serverArgs(): string[] {
    return this.options.server ? ['-h', this.options.server] : [];
  }

  async status(): Promise<QueueStatus> {
    const queue = this.queueName();
    const { stdout } = await run(
      this.options.lpstatPath ?? 'lpstat',
      [...this.serverArgs(), '-p', queue, '-a', queue],
      this.timeoutMs,
      `lpstat ${queue}`,
    );
    const status = parseLpstat(queue, stdout);
    if (!status) throw a4Error('refused', `lpstat ${queue}: unexpected answer`);
    return status;
  }

  /** Sends a PDF (bytes, or a file on disk) to the queue and returns the CUPS request id. */
  async print(document: Buffer | { path: string }, options: PrintOptions = {}): Promise<PrintJob> {
    const queue = this.queueName();
    const log = this.options.log;
    if (this.options.checkBeforePrint !== false) {
      const status = await this.status();
      if (!status.enabled || !status.accepting) {
        log?.warn({ queue, enabled: status.enabled, accepting: status.accepting }, 'a4 queue not ready');
        throw a4Error(
          'refused',
          `queue ${queue} is ${status.enabled ? 'enabled' : 'disabled'} and ${status.accepting ? 'accepting' : 'not accepting'} jobs`,
        );
      }
    }
    let tempDir: string | undefined;
    try {
      let file: string;
      if (Buffer.isBuffer(document)) {
        tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kiosk-a4-'));
        file = path.join(tempDir, 'document.pdf');
        await fs.writeFile(file, document, { mode: 0o600 });
      } else {
        file = document.path;
      }
      const args = [...this.serverArgs(), '-d', queue, '-o', 'media=A4'];
      if (options.title) args.push('-t', options.title);
      if (options.copies !== undefined)
        args.push('-n', String(Math.max(1, Math.min(9, Math.floor(options.copies)))));
      for (const [key, value] of Object.entries(options.cupsOptions ?? {})) {
        if (!OPTION_KEY.test(key) || !OPTION_VALUE.test(value)) {
          throw a4Error('refused', `invalid CUPS job option ${key.slice(0, 40)}`);
        }
        args.push('-o', `${key}=${value}`);
      }
      args.push('--', file);
      const started = Date.now();
      const { stdout } = await run(this.options.lpPath ?? 'lp', args, this.timeoutMs, `lp ${queue}`);
      const parsed = parseRequestId(stdout);
      if (!parsed) throw a4Error('refused', `lp ${queue}: no request id in answer`);
      log?.info({ queue, requestId: parsed.requestId, ms: Date.now() - started }, 'a4 job queued');
      return { queue, ...parsed };
    } catch (err) {
      if (err instanceof DeviceError) {
        log?.warn({ queue, reason: err.reason, err: err.message }, 'a4 print failed');
        throw err;
      }
      throw a4Error(
        'refused',
        `print to ${queue} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    } finally {
      if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
    }
  }
}

/** What became of a job watched after `lp` took it. */
export type JobFate = 'completed' | 'paper-out' | 'waiting';

/** printer-state-reasons that mean the printer has no paper (`lpstat -l -p`'s "Alerts:" line). */
const PAPER_OUT = /\bmedia-(empty|needed)\b/;

/** The printer-state-reasons of `lpstat -l -p QUEUE` (C locale), e.g. ["media-empty-error"]. */
export function parseAlerts(stdout: string): string[] {
  const m = /^\s*Alerts:\s*(.*)$/m.exec(stdout);
  return (m?.[1] ?? '').split(/[\s,]+/).filter((r) => r !== '' && r !== 'none');
}

/**
 * Watches a job `lp` took until it leaves the queue (completed: the printer has the pages), the printer
 * says it has no paper while the job waits (the job is cancelled, so it does not come out later for
 * someone else), or `timeoutMs` passes (still waiting).
 */
export async function watchJob(
  job: PrintJob,
  options: Omit<PrintQueueOptions, 'queue'> & { timeoutMs: number; pollMs?: number; cancelPath?: string },
): Promise<JobFate> {
  const server = options.server ? ['-h', options.server] : [];
  const lpstat = options.lpstatPath ?? 'lpstat';
  const deadline = Date.now() + options.timeoutMs;
  const step = Math.min(15_000, options.timeoutMs);
  for (;;) {
    const pending = await run(
      lpstat,
      [...server, '-W', 'not-completed', '-o', job.queue],
      step,
      'lpstat jobs',
    );
    const waiting = pending.stdout.split('\n').some((l) => l.split(/\s/)[0] === job.requestId);
    if (!waiting) return 'completed';
    const printer = await run(lpstat, [...server, '-l', '-p', job.queue], step, 'lpstat alerts');
    if (parseAlerts(printer.stdout).some((r) => PAPER_OUT.test(r))) {
      await run(options.cancelPath ?? 'cancel', [...server, job.requestId], step, 'cancel').catch(
        () => undefined,
      );
      options.log?.warn(
        { queue: job.queue, requestId: job.requestId },
        'a4 printer out of paper: job cancelled',
      );
      return 'paper-out';
    }
    if (Date.now() > deadline) return 'waiting';
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}

/** Status of one queue: `lpstat -p QUEUE -a QUEUE`. */
export function queueStatus(
  queue: string | undefined,
  options: Omit<PrintQueueOptions, 'queue'> = {},
): Promise<QueueStatus> {
  return new PrintQueue({ ...options, queue }).status();
}
