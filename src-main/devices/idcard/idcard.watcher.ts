/**
 * Polls the ID-card reader and reports what happens: reader `connected` / `lost`, `card.inserted` (with
 * the parsed card, which the watcher does not keep) / `card.removed`, and `read.error` once per placed
 * card whose read failed. When the port fails, closes or the reader stops answering, it closes the port
 * and reopens the same path on a timer, so unplug and replug recover without a restart.
 */
import { EventEmitter } from 'node:events';
import { DeviceError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';
import { driverError } from './idcard.errors.js';
import { IdCardReader } from './idcard.reader.js';
import { openSerialTransport, type SerialTransport, type SerialTransportOptions } from './idcard.serial.js';
import type { IdCard, IdCardTimeouts } from './idcard.types.js';

export interface IdCardWatcherOptions {
  path: string;
  baudRate?: number;
  /** Pause between two polls while connected. Default 300 ms. */
  pollIntervalMs?: number;
  /** Pause before reopening the port after a failure. Default 1000 ms. */
  reconnectIntervalMs?: number;
  /** Consecutive timeouts after which the reader counts as lost. Default 3. */
  lostAfterTimeouts?: number;
  /** Consecutive "no card" answers after which a read card counts as removed. Default 2. */
  removalMisses?: number;
  timeouts?: Partial<IdCardTimeouts>;
  logger?: Logger;
  /** Opens the port; replaceable in tests. */
  openTransport?: (options: SerialTransportOptions) => Promise<SerialTransport>;
}

export interface IdCardWatcherEvents {
  connected: [info: { path: string; samId: string | null }];
  lost: [error: DeviceError];
  'card.inserted': [card: IdCard];
  'card.removed': [];
  'read.error': [error: DeviceError];
  /** The card whose read failed (after `read.error`) was taken away. */
  'read.cleared': [];
}

/** Failures that mean the link itself is gone, not the card. */
const LINK_REASONS = new Set(['port-closed', 'write-failed', 'port-open']);
/** Failures where the reader did not answer properly (counted towards "lost"). */
const SILENT_REASONS = new Set(['timeout', 'bad-frame', 'bad-response']);

const noopLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => noopLogger,
};

export class IdCardWatcher extends EventEmitter<IdCardWatcherEvents> {
  private readonly opts: Required<Omit<IdCardWatcherOptions, 'baudRate' | 'timeouts' | 'logger'>> &
    Pick<IdCardWatcherOptions, 'baudRate' | 'timeouts'>;
  private readonly log: Logger;
  private transport: SerialTransport | null = null;
  private reader: IdCardReader | null = null;
  private unsubscribeClose: (() => void) | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private sleepTimer: NodeJS.Timeout | null = null;
  private silentCount = 0;
  private missCount = 0;
  private present = false;
  private errorReported = false;
  private isConnected = false;

  constructor(options: IdCardWatcherOptions) {
    super();
    this.opts = {
      path: options.path,
      baudRate: options.baudRate,
      timeouts: options.timeouts,
      pollIntervalMs: options.pollIntervalMs ?? 300,
      reconnectIntervalMs: options.reconnectIntervalMs ?? 1000,
      lostAfterTimeouts: options.lostAfterTimeouts ?? 3,
      removalMisses: options.removalMisses ?? 2,
      openTransport: options.openTransport ?? openSerialTransport,
    };
    this.log = (options.logger ?? noopLogger).child({ device: 'idcard' });
  }

  get connected(): boolean {
    return this.isConnected;
  }

  get cardPresent(): boolean {
    return this.present;
  }

  /**
   * Reads the card on the reader now (find → select → read), between two polls: the reader runs one
   * command at a time. DeviceError 'no-card' when there is none, 'port-closed' when no reader is connected.
   */
  readPresentCard(): Promise<IdCard> {
    const reader = this.reader;
    if (!reader) return Promise.reject(driverError('port-closed', 'reader not connected'));
    return reader.readPresentCard();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops polling and closes the port. */
  async stop(): Promise<void> {
    this.running = false;
    this.interruptSleep();
    await this.loop;
    this.loop = null;
    await this.disconnect();
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (!this.reader) {
        const ok = await this.connect();
        if (!ok) {
          await this.sleep(this.opts.reconnectIntervalMs);
          continue;
        }
      }
      await this.poll();
      await this.sleep(this.reader ? this.opts.pollIntervalMs : this.opts.reconnectIntervalMs);
    }
  }

  /** Opens the port and checks that a reader answers; true when connected. */
  private async connect(): Promise<boolean> {
    let transport: SerialTransport;
    try {
      transport = await this.opts.openTransport({ path: this.opts.path, baudRate: this.opts.baudRate });
    } catch (e) {
      this.log.debug(
        { reason: e instanceof DeviceError ? e.reason : 'unknown' },
        'idcard port not available',
      );
      return false;
    }
    if (!this.running) {
      await transport.close();
      return false;
    }
    const reader = new IdCardReader(transport, { timeouts: this.opts.timeouts, logger: this.log });
    let samId: string | null = null;
    try {
      samId = await reader.readSamId();
    } catch (e) {
      // An SW3 failure still proves a reader is there; silence or a dead link does not.
      if (!(e instanceof DeviceError) || SILENT_REASONS.has(e.reason) || LINK_REASONS.has(e.reason)) {
        this.log.debug(
          { reason: e instanceof DeviceError ? e.reason : 'unknown' },
          'idcard reader not answering',
        );
        reader.dispose();
        await transport.close();
        return false;
      }
      this.log.warn({ reason: e.reason }, 'idcard reader answered the SAM id request with a failure');
    }
    if (!this.running || !transport.isOpen) {
      reader.dispose();
      await transport.close();
      return false;
    }
    this.transport = transport;
    this.reader = reader;
    this.silentCount = 0;
    this.unsubscribeClose = transport.onClose(() => {
      this.markLost(driverError('port-closed', 'serial port closed'));
      this.interruptSleep();
    });
    this.isConnected = true;
    this.log.info({ samId }, 'idcard reader connected');
    this.emit('connected', { path: this.opts.path, samId });
    return true;
  }

  private async poll(): Promise<void> {
    const reader = this.reader;
    if (!reader) return;
    try {
      await reader.findCard();
      this.silentCount = 0;
      this.missCount = 0;
      if (this.present) return;
      await reader.selectCard();
      const card = await reader.readCard();
      if (reader !== this.reader) return;
      this.present = true;
      this.errorReported = false;
      this.emit('card.inserted', card);
    } catch (e) {
      if (reader !== this.reader) return;
      this.handleError(e);
    }
  }

  private handleError(e: unknown): void {
    if (!(e instanceof DeviceError)) {
      this.log.error({ err: e instanceof Error ? e.name : 'unknown' }, 'idcard poll failed unexpectedly');
      return;
    }
    if (e.reason === 'no-card') {
      this.silentCount = 0;
      if (this.errorReported) {
        this.errorReported = false;
        this.emit('read.cleared');
      }
      if (this.present && ++this.missCount >= this.opts.removalMisses) {
        this.present = false;
        this.missCount = 0;
        this.emit('card.removed');
      }
      return;
    }
    if (LINK_REASONS.has(e.reason)) {
      this.markLost(e);
      return;
    }
    if (SILENT_REASONS.has(e.reason)) {
      if (++this.silentCount >= this.opts.lostAfterTimeouts) this.markLost(e);
      return;
    }
    this.silentCount = 0;
    this.log.warn({ reason: e.reason }, 'idcard read failed');
    if (!this.errorReported) {
      this.errorReported = true;
      this.emit('read.error', e);
    }
  }

  /** Drops the link (closing the port in the background) and reports it once. */
  private markLost(error: DeviceError): void {
    if (!this.reader) return;
    const wasConnected = this.isConnected;
    void this.disconnect();
    if (this.present) {
      this.present = false;
      this.emit('card.removed');
    }
    if (wasConnected) {
      this.log.warn({ reason: error.reason }, 'idcard reader lost');
      this.emit('lost', error);
    }
  }

  private async disconnect(): Promise<void> {
    const transport = this.transport;
    this.unsubscribeClose?.();
    this.unsubscribeClose = null;
    this.reader?.dispose();
    this.reader = null;
    this.transport = null;
    this.isConnected = false;
    this.silentCount = 0;
    this.missCount = 0;
    this.errorReported = false;
    if (transport) await transport.close();
  }

  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.wake = resolve;
      this.sleepTimer = setTimeout(() => {
        this.sleepTimer = null;
        this.wake = null;
        resolve();
      }, ms);
    });
  }

  private interruptSleep(): void {
    if (this.sleepTimer) clearTimeout(this.sleepTimer);
    this.sleepTimer = null;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
