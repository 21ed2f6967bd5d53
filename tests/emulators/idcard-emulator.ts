/**
 * An ID-card reader emulator on one end of a PTY pair, speaking the real SAM frame protocol. Its
 * behaviour can be changed while it runs: card present or not (and which card), answers split into
 * random chunks, stray noise bytes before each frame, one corrupted checksum, a forced SW3 failure,
 * or silence. `buildCardText` makes the 256-byte UCS-2LE text block from fields, so tests never
 * hand-write bytes. Every fixture is made up; the ID numbers carry correct check digits.
 */
import { EventEmitter } from 'node:events';
import { SerialPort } from 'serialport';
import { BaudPacer } from './baud-pacer.js';
import { computeCheckDigit } from '../../src-main/contract/id-number.js';
import {
  commandName,
  encodeResponse,
  FrameDecoder,
  type CommandName,
} from '../../src-main/devices/idcard/idcard.protocol.js';
import { seededRandom } from '../helpers/seeded-random.js';

export type SexCode = '0' | '1' | '2' | '9';

export interface ResidentFields {
  kind: 'resident';
  name: string;
  sexCode: SexCode;
  nationCode: string;
  /** YYYYMMDD */
  birth: string;
  address: string;
  idNumber: string;
  issuer: string;
  validFrom: string;
  /** YYYYMMDD or 长期 */
  validUntil: string;
}

export interface HmtFields {
  kind: 'hmt';
  name: string;
  sexCode: SexCode;
  birth: string;
  address: string;
  idNumber: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  passNumber: string;
  issueCount: string;
}

export interface ForeignOldFields {
  kind: 'foreign-old';
  englishName: string;
  sexCode: SexCode;
  permitNumber: string;
  nationality: string;
  chineseName: string;
  validFrom: string;
  validUntil: string;
  birth: string;
  cardVersion: string;
  authorityCode: string;
}

export interface Foreign2023Fields {
  kind: 'foreign-2023';
  chineseName: string;
  sexCode: SexCode;
  renewals: string;
  birth: string;
  /** Up to 46 characters: the first 35 go at offset 52, the rest at offset 220. */
  englishName: string;
  idNumber: string;
  validFrom: string;
  validUntil: string;
  nationality: string;
  /** Up to 3 characters. */
  previousNumberLink?: string;
}

export type CardFields = ResidentFields | HmtFields | ForeignOldFields | Foreign2023Fields;

/** Writes `value` as UCS-2LE at `offset`, space padded to `bytes`; throws when it does not fit. */
function put(block: Uint8Array, offset: number, bytes: number, value: string): void {
  if (value.length * 2 > bytes) throw new Error(`field at ${offset} holds ${bytes / 2} characters`);
  for (let i = 0; i < bytes / 2; i++) {
    const code = i < value.length ? value.charCodeAt(i) : 0x20;
    block[offset + i * 2] = code & 0xff;
    block[offset + i * 2 + 1] = code >> 8;
  }
}

/** The 256-byte text block a reader returns for these fields (layouts: DOMAIN.md §4). */
export function buildCardText(f: CardFields): Uint8Array {
  const t = new Uint8Array(256);
  put(t, 0, 256, '');
  switch (f.kind) {
    case 'resident':
      put(t, 0, 30, f.name);
      put(t, 30, 2, f.sexCode);
      put(t, 32, 4, f.nationCode);
      put(t, 36, 16, f.birth);
      put(t, 52, 70, f.address);
      put(t, 122, 36, f.idNumber);
      put(t, 158, 30, f.issuer);
      put(t, 188, 16, f.validFrom);
      put(t, 204, 16, f.validUntil);
      break;
    case 'hmt':
      put(t, 0, 30, f.name);
      put(t, 30, 2, f.sexCode);
      put(t, 36, 16, f.birth);
      put(t, 52, 70, f.address);
      put(t, 122, 36, f.idNumber);
      put(t, 158, 30, f.issuer);
      put(t, 188, 16, f.validFrom);
      put(t, 204, 16, f.validUntil);
      put(t, 220, 18, f.passNumber);
      put(t, 238, 4, f.issueCount);
      put(t, 248, 2, 'J');
      break;
    case 'foreign-old':
      put(t, 0, 120, f.englishName);
      put(t, 120, 2, f.sexCode);
      put(t, 122, 30, f.permitNumber);
      put(t, 152, 6, f.nationality);
      put(t, 158, 30, f.chineseName);
      put(t, 188, 16, f.validFrom);
      put(t, 204, 16, f.validUntil);
      put(t, 220, 16, f.birth);
      put(t, 236, 4, f.cardVersion);
      put(t, 240, 8, f.authorityCode);
      put(t, 248, 2, 'I');
      break;
    case 'foreign-2023':
      put(t, 0, 30, f.chineseName);
      put(t, 30, 2, f.sexCode);
      put(t, 32, 4, f.renewals);
      put(t, 36, 16, f.birth);
      put(t, 52, 70, f.englishName.slice(0, 35));
      put(t, 122, 36, f.idNumber);
      put(t, 188, 16, f.validFrom);
      put(t, 204, 16, f.validUntil);
      put(t, 220, 22, f.englishName.slice(35));
      put(t, 242, 6, f.nationality);
      put(t, 248, 2, 'Y');
      put(t, 250, 6, f.previousNumberLink ?? '');
      break;
  }
  return t;
}

/** Appends the check digit to 17 digits. */
export function withCheckDigit(first17: string): string {
  const c = computeCheckDigit(first17);
  if (!c) throw new Error('need 17 digits');
  return first17 + c;
}

/** The test card of the issue: a made-up resident of 淄川区. */
export const RESIDENT_CARD: ResidentFields = {
  kind: 'resident',
  name: '韩红英',
  sexCode: '2',
  nationCode: '01',
  birth: '19900101',
  address: '山东省淄博市淄川区昆仑镇昆仑村123号',
  idNumber: withCheckDigit('37030219900101002'), // 370302199001010029
  issuer: '淄博市公安局淄川分局',
  validFrom: '20150301',
  validUntil: '20350301',
};

export const HMT_CARD: HmtFields = {
  kind: 'hmt',
  name: '陈大文',
  sexCode: '1',
  birth: '19950101',
  address: '山东省淄博市淄川区般阳路1号',
  idNumber: withCheckDigit('81000019950101123'), // 810000199501011237
  issuer: '淄博市公安局淄川分局',
  validFrom: '20200101',
  validUntil: '20250101',
  passNumber: 'H12345678',
  issueCount: '02',
};

export const FOREIGN_OLD_CARD: ForeignOldFields = {
  kind: 'foreign-old',
  englishName: 'SMITH, JOHN',
  sexCode: '1',
  permitNumber: 'CAN370680010101',
  nationality: 'CAN',
  chineseName: '史约翰',
  validFrom: '20150101',
  validUntil: '20250101',
  birth: '19800101',
  cardVersion: '01',
  authorityCode: '3700',
};

export const FOREIGN_2023_CARD: Foreign2023Fields = {
  kind: 'foreign-2023',
  chineseName: '史密斯',
  sexCode: '1',
  renewals: '01',
  birth: '19800101',
  englishName: 'SMITHERSON-WILLIAMS, JONATHAN ALEXANDER', // 39 characters: spans both fields
  idNumber: withCheckDigit('93712419800101001'), // 937124198001010014
  validFrom: '20230101',
  validUntil: '20330101',
  nationality: 'CAN',
};

export interface EmulatorBehaviour {
  /** The card on the reader, or null. */
  card: CardFields | null;
  /** Split every answer into random chunks of 1..maxChunk bytes, written one by one. */
  chunked: boolean;
  maxChunk: number;
  /** Pause between chunks, like bytes trickling over a slow line (0: just yield to the event loop). */
  chunkGapMs: number;
  /** Stray bytes written before each answer frame (never a full frame header). */
  noise: number;
  /** Corrupt the checksum of the next answer only. */
  badChecksumOnce: boolean;
  /** Answer with this SW3 (to `command` only, or to every command when it is omitted). */
  failSw3: { sw3: number; command?: CommandName } | null;
  /** Answer nothing at all. */
  silent: boolean;
  /** The 16 raw bytes of the SAM id. */
  samId: Uint8Array;
}

export interface EmulatorEvents {
  command: [name: CommandName | 'unknown'];
  close: [];
}

const DEFAULT_SAM_ID = Uint8Array.from([
  0x05, 0x00, 0x01, 0x00, 0x35, 0x2a, 0x33, 0x01, 0x40, 0xe2, 0x01, 0x00, 0x15, 0xcd, 0x5b, 0x07,
]);

export class IdCardEmulator extends EventEmitter<EmulatorEvents> {
  readonly behaviour: EmulatorBehaviour = {
    card: null,
    chunked: false,
    maxChunk: 64,
    chunkGapMs: 0,
    noise: 0,
    badChecksumOnce: false,
    failSw3: null,
    silent: false,
    samId: DEFAULT_SAM_ID,
  };
  /** Every command received, in order. */
  readonly received: (CommandName | 'unknown')[] = [];
  private readonly decoder = new FrameDecoder();
  private readonly random: () => number;
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly port: SerialPort,
    seed: number,
    /** Paces both directions at the baud rate (a PTY itself ignores it). */
    private readonly pacer: BaudPacer | null,
  ) {
    super();
    this.random = seededRandom(seed);
    port.on('data', (chunk: Buffer) => {
      if (this.pacer) this.pacer.receive(chunk, (c) => this.onData(Buffer.from(c)));
      else this.onData(chunk);
    });
    port.on('error', () => undefined);
    port.on('close', () => this.emit('close'));
  }

  /**
   * `pace`: send and take bytes no faster than `baudRate` would carry them (10 bits a byte), so timings
   * measured against the emulator include real wire time.
   */
  static open(
    path: string,
    options: { seed?: number; baudRate?: number; pace?: boolean } = {},
  ): Promise<IdCardEmulator> {
    const baudRate = options.baudRate ?? 115200;
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    const pacer = options.pace ? new BaudPacer({ baudRate }) : null;
    return new Promise((resolve, reject) => {
      port.open((err) => (err ? reject(err) : resolve(new IdCardEmulator(port, options.seed ?? 1, pacer))));
    });
  }

  set(changes: Partial<EmulatorBehaviour>): this {
    Object.assign(this.behaviour, changes);
    return this;
  }

  insertCard(card: CardFields): this {
    return this.set({ card });
  }

  removeCard(): this {
    return this.set({ card: null });
  }

  /** Resolves when the emulator has received `name` `times` more times from now. */
  waitForCommand(name: CommandName, times = 1): Promise<void> {
    return new Promise((resolve) => {
      let left = times;
      const listener = (got: CommandName | 'unknown'): void => {
        if (got === name && --left === 0) {
          this.off('command', listener);
          resolve();
        }
      };
      this.on('command', listener);
    });
  }

  count(name: CommandName | 'unknown'): number {
    return this.received.filter((c) => c === name).length;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.port.isOpen) resolve();
      else this.port.close(() => resolve());
    });
  }

  private onData(chunk: Buffer): void {
    for (const event of this.decoder.push(chunk)) {
      if (event.kind === 'error') {
        // The host's frame was corrupted: a reader answers SW3 0x10 (checksum) or 0x11 (length).
        this.enqueue(encodeResponse(event.reason === 'checksum' ? 0x10 : 0x11));
        continue;
      }
      const name = commandName(event.payload) ?? 'unknown';
      this.received.push(name);
      const answer = this.answer(name);
      this.emit('command', name);
      if (answer) this.enqueue(answer);
    }
  }

  private answer(name: CommandName | 'unknown'): Uint8Array | null {
    const b = this.behaviour;
    if (b.silent) return null;
    if (name === 'unknown') return encodeResponse(0x21);
    if (b.failSw3 && (b.failSw3.command === undefined || b.failSw3.command === name)) {
      return encodeResponse(b.failSw3.sw3);
    }
    switch (name) {
      case 'findCard':
        return b.card ? encodeResponse(0x9f, new Uint8Array(4)) : encodeResponse(0x80);
      case 'selectCard':
        return b.card ? encodeResponse(0x90, new Uint8Array(8)) : encodeResponse(0x81);
      case 'readText':
      case 'readWithFingerprint':
        return b.card
          ? encodeResponse(0x90, this.readData(b.card, name === 'readWithFingerprint'))
          : encodeResponse(0x41);
      case 'readSamId':
        return encodeResponse(0x90, b.samId);
      case 'reset':
        return encodeResponse(0x90);
    }
  }

  /** text length, photo length [, fingerprint length], text, photo [, fingerprint]: all lengths u16 BE. */
  private readData(card: CardFields, withFingerprint: boolean): Uint8Array {
    const text = buildCardText(card);
    const photo = this.randomBytes(1024);
    const fp = withFingerprint ? this.randomBytes(1024) : new Uint8Array(0);
    const head = withFingerprint ? [1, 0, 4, 0, 4, 0] : [1, 0, 4, 0];
    const out = new Uint8Array(head.length + text.length + photo.length + fp.length);
    out.set(head, 0);
    out.set(text, head.length);
    out.set(photo, head.length + text.length);
    out.set(fp, head.length + text.length + photo.length);
    return out;
  }

  private randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(this.random() * 256);
    return out;
  }

  private enqueue(frame: Uint8Array): void {
    const b = this.behaviour;
    if (b.badChecksumOnce) {
      b.badChecksumOnce = false;
      frame[frame.length - 1] = (frame[frame.length - 1] ?? 0) ^ 0xff;
    }
    // Noise never contains 0x96, so it can never form a frame header by itself.
    const noise = this.randomBytes(b.noise).map((x) => (x === 0x96 ? 0x00 : x));
    const bytes = new Uint8Array(noise.length + frame.length);
    bytes.set(noise, 0);
    bytes.set(frame, noise.length);
    const chunks: Uint8Array[] = [];
    if (b.chunked) {
      for (let i = 0; i < bytes.length;) {
        const size = 1 + Math.floor(this.random() * b.maxChunk);
        chunks.push(bytes.subarray(i, i + size));
        i += size;
      }
    } else {
      chunks.push(bytes);
    }
    this.chain = this.chain.then(() => this.writeChunks(chunks)).catch(() => undefined);
  }

  private async writeChunks(chunks: Uint8Array[]): Promise<void> {
    const write = (bytes: Uint8Array): Promise<void> =>
      new Promise<void>((resolve, reject) => {
        if (!this.port.isOpen) return resolve();
        this.port.write(Buffer.from(bytes), (err) => (err ? reject(err) : this.port.drain(() => resolve())));
      });
    for (const chunk of chunks) {
      if (!this.port.isOpen) return;
      if (this.pacer) await this.pacer.send(chunk, write);
      else await write(chunk);
      // Let the chunk leave on its own before the next one.
      const gap = this.behaviour.chunkGapMs;
      await new Promise<void>((resolve) => (gap > 0 ? setTimeout(resolve, gap) : setImmediate(resolve)));
    }
  }
}
