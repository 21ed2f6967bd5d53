/**
 * The printer's serial line: writes jobs, and routes each answer byte to whoever asked for it
 * (a DLE EOT status read, the GS r end-of-job marker). The port is opened lazily and reopened after
 * the device went away (unplugged, or the line failed), so a replugged printer works without a restart.
 */
import type { SerialPort } from 'serialport';
import { serialPortPackage } from '../lazy-packages.js';
import type { Logger } from '../../log/logger.js';

/** The port could not be opened, or a write on it failed. */
export class SerialIoError extends Error {
  readonly op: 'open' | 'write';
  constructor(op: 'open' | 'write', message: string) {
    super(message);
    this.name = 'SerialIoError';
    this.op = op;
  }
}

export interface PrinterSerialOptions {
  path: string;
  baudRate: number;
  log: Logger;
}

interface Waiter {
  accept: (b: number) => boolean;
  settle: (b: number | null) => void;
}

export interface PendingAnswer {
  /** Resolves with the first matching byte, or null on timeout, cancel or port loss. */
  promise: Promise<number | null>;
  cancel(): void;
}

export class PrinterSerialTransport {
  private port: SerialPort | null = null;
  private opening: Promise<SerialPort> | null = null;
  private waiters: Waiter[] = [];
  private closed = false;

  constructor(private readonly options: PrinterSerialOptions) {}

  get isOpen(): boolean {
    return this.port !== null;
  }

  /** Opens the port if it is not open. Throws SerialIoError('open'). */
  async open(): Promise<void> {
    await this.ensurePort();
  }

  /** Writes bytes and waits until the OS has sent them. Reopens once if the old port turned out dead. */
  async write(bytes: Buffer): Promise<void> {
    const wasOpen = this.port !== null;
    try {
      await this.writeOnce(await this.ensurePort(), bytes);
    } catch (err) {
      if (!wasOpen || !(err instanceof SerialIoError) || err.op !== 'write') throw err;
      // The device was unplugged and replugged since the last use: the old handle is dead, a new one may work.
      await this.writeOnce(await this.ensurePort(), bytes);
    }
  }

  /** Waits for the first incoming byte that `accept` takes (bytes nobody waits for are dropped). */
  expect(accept: (b: number) => boolean, timeoutMs: number): PendingAnswer {
    let waiter: Waiter | undefined;
    let timer: NodeJS.Timeout | undefined;
    const promise = new Promise<number | null>((resolve) => {
      waiter = {
        accept,
        settle: (b) => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(b);
        },
      };
      this.waiters.push(waiter);
      timer = setTimeout(() => waiter?.settle(null), timeoutMs);
    });
    return { promise, cancel: () => waiter?.settle(null) };
  }

  /** Sends a request and waits for its one-byte answer; null when none came within `timeoutMs`. */
  async request(command: Buffer, accept: (b: number) => boolean, timeoutMs: number): Promise<number | null> {
    const answer = this.expect(accept, timeoutMs);
    try {
      await this.write(command);
    } catch (err) {
      answer.cancel();
      throw err;
    }
    return answer.promise;
  }

  async close(): Promise<void> {
    this.closed = true;
    const port = this.port;
    this.port = null;
    this.failWaiters();
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private ensurePort(): Promise<SerialPort> {
    if (this.closed) return Promise.reject(new SerialIoError('open', 'transport closed'));
    if (this.port) return Promise.resolve(this.port);
    this.opening ??= this.openPort().finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  private async openPort(): Promise<SerialPort> {
    const { path, baudRate, log } = this.options;
    const port = new (serialPortPackage().SerialPort)({ path, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => {
      port.open((err) =>
        err ? reject(new SerialIoError('open', `cannot open ${path}: ${err.message}`)) : resolve(),
      );
    });
    port.on('data', (chunk: Buffer) => this.onData(chunk));
    port.on('error', (err: Error) =>
      log.warn({ code: 'printer-port-error', path, err: err.message }, 'port error'),
    );
    port.on('close', () => this.onPortClosed(port));
    if (this.closed) {
      port.close();
      throw new SerialIoError('open', 'transport closed');
    }
    this.port = port;
    log.info({ code: 'printer-port-open', path }, 'printer port open');
    return port;
  }

  /**
   * One write + drain. It also ends when the port closes meanwhile (serialport then drops the write's
   * callback: seen with an unplugged PTY) or after a generous time for the byte count at the baud rate.
   */
  private writeOnce(port: SerialPort, bytes: Buffer): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (err?: Error | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        port.off('close', onClose);
        if (!err) return resolve();
        this.dropPort(port);
        reject(new SerialIoError('write', `write failed: ${err.message}`));
      };
      const onClose = (): void => finish(new Error('port closed during the write'));
      const wireMs = (bytes.length * 10 * 1000) / this.options.baudRate;
      const timer = setTimeout(() => finish(new Error('write timed out')), 2000 + 2 * wireMs);
      port.on('close', onClose);
      if (!port.isOpen) return finish(new Error('port closed'));
      port.write(bytes, (err) => {
        if (err) return finish(err);
        port.drain((err2) => finish(err2));
      });
    });
  }

  private onData(chunk: Buffer): void {
    for (const b of chunk) {
      const waiter = this.waiters.find((w) => w.accept(b));
      if (waiter) waiter.settle(b);
      else
        this.options.log.debug({ code: 'printer-unexpected-byte', byte: b }, 'unexpected byte from printer');
    }
  }

  private onPortClosed(port: SerialPort): void {
    if (this.port !== port) return;
    this.options.log.warn({ code: 'printer-port-closed', path: this.options.path }, 'printer port closed');
    this.port = null;
    this.failWaiters();
  }

  /** Forgets a port whose write failed. Waiters stay: a request retried on a new port still wants its answer. */
  private dropPort(port: SerialPort): void {
    if (this.port === port) this.port = null;
    if (port.isOpen) port.close(() => undefined);
  }

  private failWaiters(): void {
    for (const w of [...this.waiters]) w.settle(null);
  }
}
