/**
 * ESC/POS byte builders that node-thermal-printer 4.6.1 gets wrong for Chinese receipts:
 * Chinese mode (FS & / FS .), GB18030 text (its CHINA code page is EUC-CN, which turns 䶮 and 𠮷
 * into '?'), folding that counts a CJK character as two columns, and QR codes whose GS ( k length
 * is the UTF-8 byte count (it uses UTF-16 units). Pure: no I/O.
 */
import { iconvPackage } from '../lazy-packages.js';
import { InputError } from '../../contract/errors.js';

/** FS &: select Chinese (Kanji) character mode; multi-byte text prints as full-width glyphs. */
export const CHINESE_MODE_ON = Buffer.from([0x1c, 0x26]);
/** FS .: cancel Chinese character mode. */
export const CHINESE_MODE_OFF = Buffer.from([0x1c, 0x2e]);
export const LF = Buffer.from([0x0a]);
/** ESC @: initialise the printer (modes back to power-on defaults). */
export const INITIALIZE = Buffer.from([0x1b, 0x40]);

/** Byte capacity of a model 2 QR code at error correction M (version 40, byte mode). */
export const QR_MAX_BYTES = 2331;

export type QrCorrection = 'L' | 'M' | 'Q' | 'H';
const QR_CORRECTION_BYTE: Record<QrCorrection, number> = { L: 0x30, M: 0x31, Q: 0x32, H: 0x33 };

/** Characters that print as nothing useful: zero-width marks, bidi controls, variation selectors, BOM. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/**
 * Makes text safe to put in a job: NFC, tabs to spaces, every control character removed (a name
 * holding ESC or DLE bytes must not become a printer command), lone surrogates and invisible marks dropped.
 */
export function sanitizeText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\t/g, ' ')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if ((cp >= 0xd800 && cp <= 0xdfff) || isInvisible(cp)) continue;
    else out += ch;
  }
  return out;
}

/**
 * Columns a character takes on the printer in Chinese mode: ASCII is one column (12 dots in Font A),
 * anything encoded as two or four GB18030 bytes prints as a full-width glyph of two columns.
 */
export function charColumns(ch: string): 1 | 2 {
  return (ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

export function textColumns(text: string): number {
  let n = 0;
  for (const ch of text) n += charColumns(ch);
  return n;
}

/** GB18030 bytes of sanitised text (every Unicode character has a GB18030 code). */
export function encodeText(text: string): Buffer {
  return iconvPackage().encode(sanitizeText(text), 'gb18030');
}

/** Closing punctuation that should not start a line (it is pulled back with the character before it). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕…—,.;:!?)]}%']);

function isAsciiWordChar(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp > 0x20 && cp < 0x7f;
}

function columnsOf(chars: readonly string[]): number {
  let n = 0;
  for (const ch of chars) n += charColumns(ch);
  return n;
}

/**
 * Folds text into lines of at most `cols` columns (CJK = 2). Explicit '\n' breaks are kept.
 * Latin words are moved whole to the next line when a break chance (space or CJK character) exists
 * before them; closing punctuation is kept off the start of a line. Spaces at a break are dropped.
 */
export function foldText(text: string, cols: number): string[] {
  if (!Number.isInteger(cols) || cols < 4) throw new RangeError(`fold width too small: ${cols}`);
  const out: string[] = [];
  for (const paragraph of sanitizeText(text).split('\n')) {
    let cur: string[] = [];
    let width = 0;
    for (const ch of paragraph) {
      const cw = charColumns(ch);
      if (width + cw > cols && cur.length > 0) {
        let carry: string[] = [];
        if (isAsciiWordChar(ch)) {
          let j = cur.length;
          while (j > 0 && isAsciiWordChar(cur[j - 1] ?? '')) j--;
          if (j > 0 && j < cur.length) {
            carry = cur.slice(j);
            cur = cur.slice(0, j);
          }
        } else if (NO_LINE_START.has(ch) && cur.length > 1 && !NO_LINE_START.has(cur[cur.length - 1] ?? '')) {
          carry = cur.slice(-1);
          cur = cur.slice(0, -1);
        }
        out.push(cur.join('').trimEnd());
        cur = carry;
        width = columnsOf(carry);
        if (ch === ' ' && cur.length === 0) continue;
      }
      cur.push(ch);
      width += cw;
    }
    out.push(cur.join('').trimEnd());
  }
  return out;
}

/** Pads `text` with spaces to `cols` columns according to `align` (used for label/value rows). */
export function padColumns(text: string, cols: number, align: 'left' | 'right'): string {
  const pad = ' '.repeat(Math.max(0, cols - textColumns(text)));
  return align === 'left' ? text + pad : pad + text;
}

/** ESC d n: print the buffer and feed n lines. */
export function feedLines(n: number): Buffer {
  if (!Number.isInteger(n) || n < 0 || n > 255) throw new RangeError(`feed lines out of range: ${n}`);
  return Buffer.from([0x1b, 0x64, n]);
}

/** GS ( k with a 16-bit parameter length for symbol function `cn` = 49 (QR). */
function gsK(fn: number, params: Buffer | readonly number[]): Buffer {
  const body = Buffer.concat([Buffer.from([0x31, fn]), Buffer.from(params)]);
  if (body.length > 0xffff) throw new RangeError('GS ( k parameter too long');
  return Buffer.concat([Buffer.from([0x1d, 0x28, 0x6b, body.length & 0xff, body.length >> 8]), body]);
}

/**
 * A QR code, written byte by byte: select model 2, module size, error correction, store the UTF-8
 * payload (pL pH = byte length + 3) and print it. Payloads with control characters are refused: a real
 * printer may take DLE EOT inside them for a real-time command.
 */
export function qrCode(
  data: string,
  options: { moduleSize?: number; correction?: QrCorrection } = {},
): Buffer {
  const moduleSize = options.moduleSize ?? 6;
  const correction = options.correction ?? 'M';
  if (!Number.isInteger(moduleSize) || moduleSize < 1 || moduleSize > 16) {
    throw new RangeError(`QR module size out of range: ${moduleSize}`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(data)) {
    throw new InputError('QR payload holds control characters', 'qr', '二维码内容有误。');
  }
  const payload = Buffer.from(data, 'utf8');
  if (payload.length === 0 || payload.length > QR_MAX_BYTES) {
    throw new InputError(`QR payload length ${payload.length} out of range`, 'qr', '二维码内容过长。');
  }
  return Buffer.concat([
    gsK(0x41, [0x32, 0x00]), // model 2
    gsK(0x43, [moduleSize]),
    gsK(0x45, [QR_CORRECTION_BYTE[correction]]),
    gsK(0x50, Buffer.concat([Buffer.from([0x30]), payload])), // store
    gsK(0x51, [0x30]), // print
  ]);
}
