/**
 * Driver of a SAM ID-card reader over any duplex byte transport. One command at a time; each step has
 * its own timeout; an answer with a bad checksum (or impossible length) is dropped and the command sent
 * once more. The photo and fingerprint bytes are wiped as soon as the text block is copied out.
 */
import type { DeviceError } from '../../contract/errors.js';
import type { Logger } from '../../log/logger.js';
import { driverError, errorForSw3, SW3_FIND_OK, SW3_OK } from './idcard.errors.js';
import {
  encodeCommand,
  extractText,
  formatSamId,
  FrameDecoder,
  parseResponse,
  type CommandName,
  type DecodeEvent,
  type ReaderResponse,
} from './idcard.protocol.js';
import { parseCardText } from './idcard.text.js';
import { DEFAULT_TIMEOUTS, type IdCard, type IdCardTimeouts, type IdCardTransport } from './idcard.types.js';

export interface IdCardReaderOptions {
  timeouts?: Partial<IdCardTimeouts>;
  logger?: Logger;
}

const noopLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => noopLogger,
};

interface Waiter {
  onEvent(event: DecodeEvent): void;
}

export class IdCardReader {
  readonly timeouts: IdCardTimeouts;
  private readonly log: Logger;
  private readonly decoder = new FrameDecoder();
  private readonly unsubscribe: () => void;
  private waiter: Waiter | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly transport: IdCardTransport,
    options: IdCardReaderOptions = {},
  ) {
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.log = options.logger ?? noopLogger;
    this.unsubscribe = transport.onData((chunk) => this.onChunk(chunk));
  }

  /** Stops listening to the transport (does not close it). */
  dispose(): void {
    this.unsubscribe();
    this.decoder.reset();
  }

  /** Looks for a card in the field; DeviceError 'no-card' when there is none. */
  async findCard(): Promise<void> {
    const res = await this.command('findCard', this.timeouts.findMs);
    if (res.sw3 !== SW3_FIND_OK) throw errorForSw3(res.sw3);
  }

  async selectCard(): Promise<void> {
    const res = await this.command('selectCard', this.timeouts.selectMs);
    if (res.sw3 !== SW3_OK) throw errorForSw3(res.sw3);
  }

  /** Reads text and photo (`30 01`, or `30 10` with fingerprint), parses the text, drops the rest. */
  async readCard(options: { withFingerprint?: boolean } = {}): Promise<IdCard> {
    const withFingerprint = options.withFingerprint ?? false;
    const res = await this.command(
      withFingerprint ? 'readWithFingerprint' : 'readText',
      this.timeouts.readMs,
    );
    try {
      if (res.sw3 !== SW3_OK) throw errorForSw3(res.sw3);
      const text = extractText(res.data, withFingerprint);
      if (!text) throw driverError('bad-response', 'read answer lengths do not match its data');
      try {
        const parsed = parseCardText(text);
        if (!parsed.ok) throw parsed.error;
        return parsed.card;
      } finally {
        text.fill(0);
      }
    } finally {
      res.data.fill(0);
    }
  }

  /** find → select → read, the usual sequence once a card is expected. */
  async readPresentCard(): Promise<IdCard> {
    await this.findCard();
    await this.selectCard();
    return this.readCard();
  }

  /** The SAM module's id, formatted `AA.BB-CCCCCCCC-DDDDDDDDDD-EEEEEEEEEE`. */
  async readSamId(): Promise<string> {
    const res = await this.command('readSamId', this.timeouts.samMs);
    if (res.sw3 !== SW3_OK) throw errorForSw3(res.sw3);
    return formatSamId(res.data);
  }

  async reset(): Promise<void> {
    const res = await this.command('reset', this.timeouts.resetMs);
    if (res.sw3 !== SW3_OK) throw errorForSw3(res.sw3);
  }

  private onChunk(chunk: Uint8Array): void {
    const events = this.decoder.push(chunk);
    for (const event of events) {
      if (event.kind === 'frame' && !this.waiter) {
        // A late or unsolicited frame: nobody asked for it.
        event.payload.fill(0);
        continue;
      }
      this.waiter?.onEvent(event);
    }
  }

  /** Serialises commands so their answers cannot be confused. */
  private command(name: CommandName, timeoutMs: number): Promise<ReaderResponse> {
    const run = this.queue.then(
      () => this.transact(name, timeoutMs),
      () => this.transact(name, timeoutMs),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async transact(name: CommandName, timeoutMs: number): Promise<ReaderResponse> {
    for (let attempt = 0; ; attempt++) {
      const event = await this.exchange(name, timeoutMs);
      if (event.kind === 'frame') {
        const res = parseResponse(event.payload);
        if (!res) throw driverError('bad-response', `answer to ${name} too short`);
        this.log.debug({ command: name, sw3: res.sw3 }, 'idcard reader answered');
        return res;
      }
      this.log.warn({ command: name, frameError: event.reason, attempt }, 'idcard reader answer corrupted');
      if (attempt >= 1) throw driverError('bad-frame', `answer to ${name}: ${event.reason}`);
    }
  }

  /** Sends one command and waits for the first frame or frame error, or the timeout. */
  private exchange(name: CommandName, timeoutMs: number): Promise<DecodeEvent> {
    this.decoder.reset();
    return new Promise<DecodeEvent>((resolve, reject) => {
      let done = false;
      const finish = (fn: () => void): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.waiter = null;
        fn();
      };
      const timer = setTimeout(
        () => finish(() => reject(driverError('timeout', `${name} after ${timeoutMs} ms`))),
        timeoutMs,
      );
      this.waiter = { onEvent: (event) => finish(() => resolve(event)) };
      this.transport.write(encodeCommand(name)).catch((e: unknown) => {
        const detail = e instanceof Error ? e.message : String(e);
        finish(() => reject(driverError('write-failed', detail) satisfies DeviceError));
      });
    });
  }
}
