/**
 * An 80 mm ESC/POS receipt printer emulator on one end of a PTY pair (tests/emulators/pty-pair.ts).
 *
 * - Answers the real-time status requests DLE EOT 1-4 at once, from a configurable state (ready,
 *   paper low, paper out, cover open, error, or silence), whatever it is doing, as a real printer does.
 * - Decodes job bytes into elements (text lines with alignment, bold and size; QR payloads; feeds;
 *   cuts): ESC @, ESC ! / GS !, ESC a, ESC E, FS & / FS . (Chinese mode: GB18030 text), LF, ESC d,
 *   GS V, GS ( k QR; every other command is skipped by its length.
 * - Answers GS r n in sequence, only after the bytes before it were processed.
 * - While offline (paper out, cover open, error) it keeps receiving but processes nothing, like a real
 *   printer whose buffer fills up; `failDuringNextJob` runs out of paper partway through the next job.
 * - `renderJobToPng` draws decoded elements as an 80 mm receipt (pdfkit + the bundled CJK font,
 *   then pdftoppm), so a person can look at what would have come out.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { SerialPort } from 'serialport';
import { BaudPacer } from './baud-pacer.js';

export type EscPosAlign = 'left' | 'center' | 'right';
export type QrCorrection = 'L' | 'M' | 'Q' | 'H';

export type EscPosElement =
  | { kind: 'text'; text: string; align: EscPosAlign; bold: boolean; width: number; height: number }
  | {
      kind: 'qr';
      payload: string;
      moduleSize: number;
      correction: QrCorrection;
      model: number;
      align: EscPosAlign;
    }
  | { kind: 'feed'; lines: number }
  | { kind: 'cut'; partial: boolean };

const ALIGNS: readonly EscPosAlign[] = ['left', 'center', 'right'];
const CORRECTIONS: readonly QrCorrection[] = ['L', 'M', 'Q', 'H'];

interface DecoderHooks {
  onElement?: (e: EscPosElement) => void;
  /** GS r n, reached in sequence. */
  onStatusRequest?: (n: number) => void;
}

/**
 * A streaming ESC/POS decoder. `push` adds bytes; `run` processes every complete command while
 * `canContinue()` holds, keeping incomplete commands for the next push.
 */
export class EscPosDecoder {
  readonly elements: EscPosElement[] = [];
  private buf: Buffer = Buffer.alloc(0);
  private align: EscPosAlign = 'left';
  private bold = false;
  private width = 1;
  private height = 1;
  private chinese = false;
  private qrModel = 2;
  private qrSize = 3;
  private qrCorrection: QrCorrection = 'L';
  private qrData: Buffer | null = null;
  /** Text of the current line decoded so far, and the bytes not yet decoded (in the current mode). */
  private lineText = '';
  private lineBytes: number[] = [];
  private lineStarted = false;
  private lineAttrs = { align: 'left' as EscPosAlign, bold: false, width: 1, height: 1 };

  constructor(private readonly hooks: DecoderHooks = {}) {}

  push(bytes: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, bytes]) : Buffer.from(bytes);
  }

  get pendingBytes(): number {
    return this.buf.length;
  }

  run(canContinue: () => boolean = () => true): void {
    let i = 0;
    while (i < this.buf.length && canContinue()) {
      const n = this.step(this.buf, i);
      if (n === 0) break; // incomplete command: wait for more bytes
      i += n;
    }
    this.buf = this.buf.subarray(i);
  }

  /** Prints what is left in the line buffer (as a printer would on the next LF). */
  finish(): EscPosElement[] {
    this.run();
    if (this.lineStarted) this.endLine();
    return this.elements;
  }

  /** Executes the command at `i`; returns its length, or 0 when it is not complete yet. */
  private step(b: Buffer, i: number): number {
    const c = b[i] ?? 0;
    const avail = b.length - i;
    const at = (k: number): number => b[i + k] ?? 0;
    if (c >= 0x20 && c !== 0x7f) {
      this.text(c);
      return 1;
    }
    switch (c) {
      case 0x0a:
        this.endLine();
        return 1;
      case 0x09:
        this.text(0x20);
        return 1;
      case 0x1b:
        return avail < 2 ? 0 : this.esc(at(1), b, i, avail);
      case 0x1d:
        return avail < 2 ? 0 : this.gs(at(1), b, i, avail);
      case 0x1c:
        return avail < 2 ? 0 : this.fs(at(1), b, i, avail);
      case 0x10: {
        if (avail < 2) return 0;
        const fn = at(1);
        if (fn === 0x04 || fn === 0x05) return avail < 3 ? 0 : 3;
        if (fn === 0x14) return avail < 5 ? 0 : 5;
        return 2;
      }
      default:
        return 1; // CR, FF, CAN, other C0: nothing to print
    }
  }

  private esc(cmd: number, b: Buffer, i: number, avail: number): number {
    const at = (k: number): number => b[i + k] ?? 0;
    const need = (n: number, fn: () => void = () => undefined): number => {
      if (avail < n) return 0;
      fn();
      return n;
    };
    switch (String.fromCharCode(cmd)) {
      case '@':
        return need(2, () => this.reset());
      case '!':
        return need(3, () => {
          const n = at(2);
          this.bold = (n & 0x08) !== 0;
          this.height = n & 0x10 ? 2 : 1;
          this.width = n & 0x20 ? 2 : 1;
        });
      case 'E':
        return need(3, () => (this.bold = (at(2) & 1) === 1));
      case 'a':
        return need(3, () => {
          const n = at(2) >= 48 ? at(2) - 48 : at(2);
          this.align = ALIGNS[n] ?? 'left';
        });
      case 'd':
        return need(3, () => this.feed(at(2)));
      case '2':
      case 'i':
      case 'm':
      case '<':
        return need(2);
      case 'c':
      case '$':
      case '\\':
      case 'B':
        return need(4);
      case 'p':
        return need(5);
      case '*': {
        if (avail < 5) return 0;
        const n = at(3) + at(4) * 256;
        return need(5 + (at(2) <= 1 ? n : 3 * n));
      }
      case 'D': {
        const end = b.indexOf(0, i + 2);
        return end < 0 ? 0 : end - i + 1;
      }
      case '&': {
        // ESC & y c1 c2 [x d1 ... d(y*x)] per character c1..c2
        if (avail < 5) return 0;
        const y = at(2);
        let k = 5;
        for (let ch = at(3); ch <= at(4); ch++) {
          if (avail < k + 1) return 0;
          k += 1 + y * at(k);
        }
        return need(k);
      }
      default:
        return need(3); // ESC with one parameter byte (ESC 3, t, R, M, -, G, {, V, SP, %, =, ?, J, ...)
    }
  }

  private gs(cmd: number, b: Buffer, i: number, avail: number): number {
    const at = (k: number): number => b[i + k] ?? 0;
    const need = (n: number, fn: () => void = () => undefined): number => {
      if (avail < n) return 0;
      fn();
      return n;
    };
    switch (String.fromCharCode(cmd)) {
      case '!':
        return need(3, () => {
          this.width = ((at(2) >> 4) & 7) + 1;
          this.height = (at(2) & 7) + 1;
        });
      case 'V': {
        if (avail < 3) return 0;
        const m = at(2);
        const partial = [1, 49, 66, 98, 104].includes(m);
        return need(m >= 65 ? 4 : 3, () => this.cut(partial));
      }
      case 'r':
        return need(3, () => this.hooks.onStatusRequest?.(at(2)));
      case '(': {
        if (avail < 5) return 0;
        const len = at(3) + at(4) * 256;
        return need(5 + len, () => {
          if (at(2) === 0x6b) this.symbol(b.subarray(i + 5, i + 5 + len));
        });
      }
      case '8': {
        if (avail < 7) return 0;
        const len = at(3) + at(4) * 256 + at(5) * 65536 + at(6) * 16777216;
        return need(7 + len);
      }
      case 'v': {
        if (avail < 8) return 0;
        return need(8 + (at(4) + at(5) * 256) * (at(6) + at(7) * 256));
      }
      case 'k': {
        if (avail < 3) return 0;
        if (at(2) <= 6) {
          const end = b.indexOf(0, i + 3);
          return end < 0 ? 0 : end - i + 1;
        }
        return avail < 4 ? 0 : need(4 + at(3));
      }
      case '*':
        return avail < 4 ? 0 : need(4 + at(2) * at(3) * 8);
      case 'L':
      case 'W':
      case 'P':
      case '$':
      case '\\':
        return need(4);
      default:
        return need(3); // GS with one parameter byte (GS H, f, h, w, B, b, a, I, /, T, ...)
    }
  }

  private fs(cmd: number, b: Buffer, i: number, avail: number): number {
    const at = (k: number): number => b[i + k] ?? 0;
    const need = (n: number, fn: () => void = () => undefined): number => {
      if (avail < n) return 0;
      fn();
      return n;
    };
    switch (String.fromCharCode(cmd)) {
      case '&':
        return need(2, () => this.setChinese(true));
      case '.':
        return need(2, () => this.setChinese(false));
      case 'S':
      case 'p':
        return need(4);
      case '2':
        return need(76);
      case '(': {
        if (avail < 5) return 0;
        return need(5 + at(3) + at(4) * 256);
      }
      default:
        return need(3); // FS !, FS C, FS -, FS W, ...
    }
  }

  /** GS ( k with cn = 49 (QR); other symbologies are ignored. */
  private symbol(params: Buffer): void {
    if (params[0] !== 0x31) return;
    const fn = params[1];
    if (fn === 0x41) this.qrModel = (params[2] ?? 0x32) - 0x30;
    else if (fn === 0x43) this.qrSize = params[2] ?? 3;
    else if (fn === 0x45) this.qrCorrection = CORRECTIONS[(params[2] ?? 0x30) - 0x30] ?? 'L';
    else if (fn === 0x50) this.qrData = Buffer.from(params.subarray(3));
    else if (fn === 0x51 && this.qrData) {
      if (this.lineStarted) this.endLine();
      this.emit({
        kind: 'qr',
        payload: this.qrData.toString('utf8'),
        moduleSize: this.qrSize,
        correction: this.qrCorrection,
        model: this.qrModel,
        align: this.align,
      });
      this.afterSymbol = true;
    }
  }

  /** The LF right after a printed symbol only moves past it; it is not a blank line. */
  private afterSymbol = false;

  private text(byte: number): void {
    if (!this.lineStarted) {
      this.lineStarted = true;
      this.lineAttrs = { align: this.align, bold: this.bold, width: this.width, height: this.height };
    }
    this.afterSymbol = false;
    this.lineBytes.push(byte);
  }

  private flushBytes(): void {
    if (this.lineBytes.length === 0) return;
    this.lineText += iconv.decode(Buffer.from(this.lineBytes), this.chinese ? 'gb18030' : 'cp437');
    this.lineBytes = [];
  }

  private setChinese(on: boolean): void {
    this.flushBytes();
    this.chinese = on;
  }

  private endLine(): void {
    if (this.afterSymbol && !this.lineStarted) {
      this.afterSymbol = false;
      return;
    }
    this.flushBytes();
    const attrs = this.lineStarted
      ? this.lineAttrs
      : { align: this.align, bold: this.bold, width: this.width, height: this.height };
    this.emit({ kind: 'text', text: this.lineText, ...attrs });
    this.lineText = '';
    this.lineStarted = false;
  }

  private feed(n: number): void {
    let lines = n;
    if (this.lineStarted) {
      this.endLine();
      lines -= 1;
    }
    this.afterSymbol = false;
    if (lines > 0) this.emit({ kind: 'feed', lines });
  }

  private cut(partial: boolean): void {
    if (this.lineStarted) this.endLine();
    this.afterSymbol = false;
    this.emit({ kind: 'cut', partial });
  }

  private reset(): void {
    this.lineBytes = [];
    this.lineText = '';
    this.lineStarted = false;
    this.afterSymbol = false;
    this.align = 'left';
    this.bold = false;
    this.width = 1;
    this.height = 1;
    this.chinese = false;
  }

  private emit(e: EscPosElement): void {
    this.elements.push(e);
    this.hooks.onElement?.(e);
  }
}

/** Decodes a whole job at once. */
export function decodeEscPos(bytes: Buffer): EscPosElement[] {
  const d = new EscPosDecoder();
  d.push(bytes);
  return d.finish();
}

// ---------------------------------------------------------------------------------------------

export type EmulatorState = 'ready' | 'paper-low' | 'paper-out' | 'cover-open' | 'error' | 'silent';

/** DLE EOT n answers per state: [printer, offline cause, error cause, paper sensor]. */
const REALTIME: Record<Exclude<EmulatorState, 'silent'>, [number, number, number, number]> = {
  ready: [0x12, 0x12, 0x12, 0x12],
  'paper-low': [0x12, 0x12, 0x12, 0x1e],
  'paper-out': [0x1a, 0x32, 0x12, 0x7e],
  'cover-open': [0x1a, 0x16, 0x12, 0x12],
  error: [0x1a, 0x52, 0x52, 0x12],
};

export interface EscPosEmulatorOptions {
  state?: EmulatorState;
  baudRate?: number;
  /**
   * Take and send bytes no faster than `baudRate` would carry them (10 bits a byte): a PTY ignores the
   * baud rate, so without this a job "arrives" at once. Job bytes then count as received (the
   * 'job-bytes' event) when their last bit would have arrived.
   */
  pace?: boolean;
}

/**
 * The emulator. Events: 'element' (EscPosElement), 'realtime' (n of a DLE EOT n it received),
 * 'job-bytes' (count of non-real-time bytes received so far).
 */
export class EscPosEmulator extends EventEmitter {
  /** Every non-real-time byte received, processed or not. */
  readonly received: Buffer[] = [];
  readonly realtimeQueries: number[] = [];
  private decoder: EscPosDecoder;
  private current: EmulatorState;
  private carry: Buffer = Buffer.alloc(0);
  private failPlan: { state: 'paper-out' | 'cover-open'; afterLines: number } | null = null;

  private constructor(
    private readonly port: SerialPort,
    state: EmulatorState,
    private readonly pacer: BaudPacer | null,
  ) {
    super();
    this.current = state;
    this.decoder = this.newDecoder();
    port.on('data', (chunk: Buffer) => {
      if (this.pacer) this.pacer.receive(chunk, (c) => this.onData(Buffer.from(c)));
      else this.onData(chunk);
    });
  }

  static async open(portPath: string, options: EscPosEmulatorOptions = {}): Promise<EscPosEmulator> {
    const baudRate = options.baudRate ?? 115200;
    const port = new SerialPort({ path: portPath, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    return new EscPosEmulator(
      port,
      options.state ?? 'ready',
      options.pace ? new BaudPacer({ baudRate }) : null,
    );
  }

  get state(): EmulatorState {
    return this.current;
  }

  /** Changes the state; going back online processes what arrived while offline. */
  setState(state: EmulatorState): void {
    this.current = state;
    this.pump();
  }

  /** The next job runs out of paper (or has its cover opened) after `afterLines` printed text lines. */
  failDuringNextJob(state: 'paper-out' | 'cover-open', afterLines = 2): void {
    this.failPlan = { state, afterLines };
  }

  /** Count of job bytes received (real-time requests excluded). */
  get jobBytes(): number {
    return this.received.reduce((n, b) => n + b.length, 0);
  }

  get elements(): readonly EscPosElement[] {
    return this.decoder.elements;
  }

  /** Forgets what was received and decoded (the state is kept). */
  clear(): void {
    this.received.length = 0;
    this.realtimeQueries.length = 0;
    this.decoder = this.newDecoder();
  }

  /** Resolves with the decoded elements once `count` cuts were decoded; rejects after `timeoutMs`. */
  waitForCuts(count = 1, timeoutMs = 5000): Promise<EscPosElement[]> {
    return this.waitFor(
      () => this.elements.filter((e) => e.kind === 'cut').length >= count,
      timeoutMs,
      'cut',
    );
  }

  /** Resolves once `count` job bytes have arrived. */
  waitForJobBytes(count: number, timeoutMs = 5000): Promise<EscPosElement[]> {
    return this.waitFor(() => this.jobBytes >= count, timeoutMs, 'job bytes');
  }

  async close(): Promise<void> {
    this.removeAllListeners();
    if (this.port.isOpen) await new Promise<void>((resolve) => this.port.close(() => resolve()));
  }

  private waitFor(done: () => boolean, timeoutMs: number, what: string): Promise<EscPosElement[]> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (!done()) return;
        cleanup();
        resolve([...this.elements]);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`emulator: no ${what} within ${timeoutMs} ms (state ${this.current})`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.off('element', check);
        this.off('job-bytes', check);
      };
      this.on('element', check);
      this.on('job-bytes', check);
      check();
    });
  }

  private newDecoder(): EscPosDecoder {
    return new EscPosDecoder({
      onElement: (e) => {
        this.emit('element', e);
        if (this.failPlan && e.kind === 'text' && --this.failPlan.afterLines <= 0) {
          this.current = this.failPlan.state;
          this.failPlan = null;
        }
      },
      onStatusRequest: (n) => this.answerInSequence(n),
    });
  }

  private get online(): boolean {
    return this.current === 'ready' || this.current === 'paper-low';
  }

  /** Splits real-time requests (answered now) from job bytes (queued, processed while online). */
  private onData(chunk: Buffer): void {
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = Buffer.alloc(0);
    const job: number[] = [];
    let i = 0;
    while (i < data.length) {
      const b = data[i] ?? 0;
      if (b === 0x10 && i + 1 >= data.length) {
        this.carry = data.subarray(i);
        break;
      }
      if (b === 0x10 && data[i + 1] === 0x04) {
        if (i + 2 >= data.length) {
          this.carry = data.subarray(i);
          break;
        }
        this.answerRealtime(data[i + 2] ?? 0);
        i += 3;
        continue;
      }
      job.push(b);
      i++;
    }
    if (job.length > 0) {
      const bytes = Buffer.from(job);
      this.received.push(bytes);
      this.decoder.push(bytes);
      this.emit('job-bytes', this.jobBytes);
      this.pump();
    }
  }

  private pump(): void {
    if (this.current === 'silent') return;
    this.decoder.run(() => this.online);
  }

  private answerRealtime(n: number): void {
    this.realtimeQueries.push(n);
    this.emit('realtime', n);
    if (this.current === 'silent' || n < 1 || n > 4) return;
    const byte = REALTIME[this.current][n - 1];
    if (byte !== undefined) this.reply(byte);
  }

  /** GS r n: 1/49 paper sensor (bits 0-1 near end, 2-3 end), 2/50 drawer, 4/52 ink: all fine. */
  private answerInSequence(n: number): void {
    if (!this.online) return;
    const paper = n === 1 || n === 49;
    this.reply(paper && this.current === 'paper-low' ? 0x03 : 0x00);
  }

  /** Sends a one-byte answer (paced when pacing is on). */
  private reply(byte: number): void {
    const bytes = Buffer.from([byte]);
    if (!this.pacer) {
      this.port.write(bytes);
      return;
    }
    void this.pacer.send(bytes, (slice) => {
      if (this.port.isOpen) this.port.write(Buffer.from(slice));
      return Promise.resolve();
    });
  }
}

// ---------------------------------------------------------------------------------------------

const execFileAsync = promisify(execFile);
const FONT_PATH = fileURLToPath(new URL('../../resources/fonts/wqy-microhei.ttc', import.meta.url));
const FONT_NAME = 'WenQuanYiMicroHei';
/**
 * System fonts tried for characters the bundled font lacks (it has no CJK Extension A/B glyphs such as
 * 䶮 or 𠮷, which a GB18030 printer prints). Without one, such a character is drawn as an empty box.
 */
const FALLBACK_FONTS: readonly { file: string; name: string }[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', name: 'DroidSansFallbackFull' },
];

interface GlyphSource {
  has(font: string, ch: string): boolean;
}

/** Glyph lookup through pdfkit's embedded fontkit font (not part of pdfkit's typed API). */
function glyphSource(doc: PDFKit.PDFDocument): GlyphSource {
  const cache = new Map<string, boolean>();
  return {
    has(font, ch) {
      const key = `${font}:${ch}`;
      let v = cache.get(key);
      if (v === undefined) {
        doc.font(font);
        const embedded = (
          doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?(cp: number): boolean } } }
        )._font?.font;
        v = embedded?.hasGlyphForCodePoint?.(ch.codePointAt(0) ?? 0) ?? true;
        cache.set(key, v);
      }
      return v;
    },
  };
}

export interface RenderResult {
  /** Characters the bundled font lacks (drawn with a system fallback font, or as a box without one). */
  fallbackChars: string[];
  /** Characters no font had: drawn as empty boxes. */
  missingChars: string[];
}
const MM = 72 / 25.4;
/** One printer dot at 203 dpi, in points. */
const DOT = 72 / 203;
const PAGE_WIDTH = 80 * MM;
/** 576 printable dots (72 mm), centred on the 80 mm paper. */
const MARGIN = (PAGE_WIDTH - 576 * DOT) / 2;
/** Font A: 12 × 24 dots per column; Chinese glyphs 24 × 24. */
const COLUMN = 12 * DOT;
const LINE = 30 * DOT; // 24-dot glyph + 6 dots line spacing (ESC 2 default ≈ 30 dots)
const GLYPH = 22 * DOT;

function elementHeight(e: EscPosElement): number {
  switch (e.kind) {
    case 'text':
      return LINE * e.height;
    case 'feed':
      return LINE * e.lines;
    case 'cut':
      return LINE * 1.5;
    case 'qr': {
      const size = QRCode.create(e.payload, { errorCorrectionLevel: e.correction }).modules.size;
      return size * e.moduleSize * DOT + LINE * 0.5;
    }
  }
}

/**
 * Renders decoded elements as an 80 mm receipt: PDF with pdfkit (bundled WenQuanYi Micro Hei),
 * then `pdftoppm -png -r 150 -singlefile` into `outFile` (a .png path). Text is laid out on the
 * printer's column grid (ASCII one column, anything else two), QR codes are drawn module by module.
 */
export async function renderJobToPng(
  elements: readonly EscPosElement[],
  outFile: string,
): Promise<RenderResult> {
  const height = Math.max(40 * MM, elements.reduce((h, e) => h + elementHeight(e), 0) + 2 * LINE);
  const doc = new PDFDocument({ size: [PAGE_WIDTH, height], margin: 0, autoFirstPage: true });
  doc.registerFont('receipt', FONT_PATH, FONT_NAME);
  const fallback = FALLBACK_FONTS.find((f) => fs.existsSync(f.file));
  if (fallback) doc.registerFont('fallback', fallback.file, fallback.name);
  const glyphs = glyphSource(doc);
  const result: RenderResult = { fallbackChars: [], missingChars: [] };
  const fontFor = (ch: string): 'receipt' | 'fallback' | null => {
    if (glyphs.has('receipt', ch)) return 'receipt';
    if (!result.fallbackChars.includes(ch)) result.fallbackChars.push(ch);
    if (fallback && glyphs.has('fallback', ch)) return 'fallback';
    if (!result.missingChars.includes(ch)) result.missingChars.push(ch);
    return null;
  };
  doc.font('receipt');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-'));
  const pdfPath = path.join(tmp, 'receipt.pdf');
  const out = fs.createWriteStream(pdfPath);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve());
    out.on('error', reject);
  });
  doc.pipe(out);

  let y = LINE;
  for (const e of elements) {
    if (e.kind === 'text') {
      drawTextLine(doc, e, y, fontFor);
    } else if (e.kind === 'qr') {
      const qr = QRCode.create(e.payload, { errorCorrectionLevel: e.correction });
      const n = qr.modules.size;
      const m = e.moduleSize * DOT;
      const x0 = alignX(e.align, n * m);
      for (let r = 0; r < n; r++) {
        for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x0 + c * m, y + r * m, m, m);
      }
      doc.fill('black');
    } else if (e.kind === 'cut') {
      doc
        .save()
        .moveTo(0, y + LINE * 0.75)
        .lineTo(PAGE_WIDTH, y + LINE * 0.75)
        .dash(3, { space: 3 })
        .lineWidth(0.5)
        .stroke('#888888')
        .restore();
      doc
        .font('receipt')
        .fontSize(GLYPH * 0.6)
        .fillColor('#888888')
        .text(e.partial ? '半切' : '切纸', MARGIN, y + LINE * 0.75 - GLYPH * 0.7, { lineBreak: false })
        .fillColor('black');
    }
    y += elementHeight(e);
  }
  doc.end();
  await finished;

  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const prefix = outFile.replace(/\.png$/i, '');
  try {
    await execFileAsync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdfPath, prefix]);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new Error('pdftoppm is not installed (apt-get install poppler-utils)');
    throw err;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return result;
}

function alignX(align: EscPosAlign, width: number): number {
  const free = 576 * DOT - width;
  return MARGIN + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
}

function drawTextLine(
  doc: PDFKit.PDFDocument,
  e: Extract<EscPosElement, { kind: 'text' }>,
  y: number,
  fontFor: (ch: string) => 'receipt' | 'fallback' | null,
): void {
  const chars = [...e.text];
  const cols = chars.reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2), 0);
  let x = alignX(e.align, cols * COLUMN * e.width);
  for (const ch of chars) {
    const wide = (ch.codePointAt(0) ?? 0) >= 0x80;
    const cell = (wide ? 2 : 1) * COLUMN;
    const font = ch === ' ' ? 'receipt' : fontFor(ch);
    if (font === null) {
      doc
        .save()
        .rect(
          x + COLUMN * 0.2 * e.width,
          y + (LINE - GLYPH) * e.height,
          (cell - COLUMN * 0.4) * e.width,
          GLYPH * e.height,
        )
        .lineWidth(0.5)
        .stroke()
        .restore();
    } else if (ch !== ' ') {
      doc.save();
      doc.translate(x, y + (LINE * e.height - GLYPH * e.height) / 2);
      doc.scale(e.width, e.height);
      doc.font(font).fontSize(GLYPH);
      // Centre the glyph in its cell (proportional Latin glyphs in a monospaced grid).
      const w = doc.widthOfString(ch);
      // On a shared baseline, so glyphs from the fallback font line up with the bundled font's.
      const opts = { lineBreak: false, stroke: e.bold, fill: true, baseline: 'alphabetic' } as const;
      if (e.bold) doc.lineWidth(0.35);
      doc.text(ch, (cell - w) / 2, GLYPH * 0.86, opts);
      doc.restore();
    }
    x += cell * e.width;
  }
}
