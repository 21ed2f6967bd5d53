/**
 * Text primitives for the A4 documents: CJK-aware line wrapping and single-line drawing.
 * We wrap ourselves instead of letting pdfkit do it so that every line's position is known
 * in advance: tables can measure rows, split them between pages and never trigger pdfkit's
 * own page breaks (every line is drawn with `lineBreak: false`).
 */
import type PDFDocument from 'pdfkit';

export type Doc = InstanceType<typeof PDFDocument>;

/** The registered name of the embedded CJK font. */
export const CJK_FONT = 'cjk';

export interface TextStyle {
  /** Font size in points. */
  size: number;
  /** Faux bold (fill + thin stroke): the bundled font has a single weight. */
  bold?: boolean;
  /** Line height as a multiple of the size (default 1.5). */
  leading?: number;
  /** Extra space between characters in points. */
  characterSpacing?: number;
  /** Text colour (default black). */
  color?: string;
}

export function lineHeight(style: TextStyle): number {
  return style.size * (style.leading ?? 1.5);
}

/** Characters that must not start a line (避头点). */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』】〕〉”’…·%‰,.;:!?)]}'));
/** Characters that must not end a line (避尾点). */
/** (A tick box stays with the option after it.) */
const NO_LINE_END = new Set(Array.from('（《「『【〔〈“‘([{□■'));

/** Splits a paragraph into break units: one CJK character, a Latin word/number run, or a space run. */
function tokenize(paragraph: string): string[] {
  const tokens: string[] = [];
  const re = /[\s]+|[A-Za-z0-9@#$&*+\-_=/\\.:'"~<>|^`]+|./gsu;
  for (const m of paragraph.matchAll(re)) tokens.push(m[0]);
  return tokens;
}

function isSpace(token: string): boolean {
  return /^\s+$/.test(token);
}

/** Measures text width in points at the style's size, memoised per token. */
export class Measurer {
  private readonly cache = new Map<string, number>();
  constructor(
    private readonly doc: Doc,
    private readonly style: TextStyle,
  ) {}

  width(text: string): number {
    let w = this.cache.get(text);
    if (w === undefined) {
      this.doc.font(CJK_FONT).fontSize(this.style.size);
      w = this.doc.widthOfString(text, { characterSpacing: this.style.characterSpacing ?? 0 });
      this.cache.set(text, w);
    }
    return w;
  }
}

const measurers = new WeakMap<Doc, Map<string, Measurer>>();

export function measurer(doc: Doc, style: TextStyle): Measurer {
  let byStyle = measurers.get(doc);
  if (!byStyle) {
    byStyle = new Map();
    measurers.set(doc, byStyle);
  }
  const key = `${style.size}/${style.characterSpacing ?? 0}`;
  let m = byStyle.get(key);
  if (!m) {
    m = new Measurer(doc, style);
    byStyle.set(key, m);
  }
  return m;
}

/** Wraps text into lines no wider than `width`; explicit newlines are kept. */
export function wrapText(doc: Doc, text: string, width: number, style: TextStyle): string[] {
  const m = measurer(doc, style);
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const tokens = tokenize(paragraph);
    let line: string[] = [];
    let lineWidth = 0;
    const flush = (): void => {
      while (line.length > 0 && isSpace(line[line.length - 1] ?? '')) line.pop();
      out.push(line.join(''));
      line = [];
      lineWidth = 0;
    };
    const push = (token: string): void => {
      line.push(token);
      lineWidth += m.width(token);
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      const w = m.width(token);
      if (lineWidth + w <= width + 0.01) {
        if (!(line.length === 0 && isSpace(token))) push(token);
        continue;
      }
      if (isSpace(token)) {
        flush();
        continue;
      }
      // Carry characters to the next line so it neither starts with a closing mark nor the
      // current one ends with an opening mark.
      const carry: string[] = [];
      if (NO_LINE_START.has(token) && line.length > 1) carry.unshift(line.pop() ?? '');
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1] ?? '')) carry.unshift(line.pop() ?? '');
      if (line.length > 0) flush();
      for (const c of carry) push(c);
      if (lineWidth + w <= width + 0.01) {
        push(token);
        continue;
      }
      // A token longer than a whole line (a URL, a long number): break it by character.
      for (const ch of Array.from(token)) {
        const cw = m.width(ch);
        if (lineWidth + cw > width + 0.01 && line.length > 0) flush();
        push(ch);
      }
    }
    flush();
  }
  return out;
}

/**
 * Draws one line with its box's top at `y`, vertically centred in the style's line height.
 * `lineBreak: false` keeps pdfkit from wrapping or adding pages on its own.
 */
export function drawLine(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  align: 'left' | 'center' | 'right' = 'left',
  boxWidth = 0,
): void {
  if (text === '') return;
  doc.font(CJK_FONT).fontSize(style.size);
  let dx = 0;
  if (align !== 'left') {
    // pdfkit adds the character spacing after the last character too; centre the glyphs only.
    const w = measurer(doc, style).width(text) - (style.characterSpacing ?? 0);
    dx = align === 'center' ? (boxWidth - w) / 2 : boxWidth - w;
  }
  const glyphBox = doc.currentLineHeight(false);
  const dy = (lineHeight(style) - glyphBox) / 2;
  const options = {
    lineBreak: false,
    characterSpacing: style.characterSpacing ?? 0,
  };
  if (style.bold) {
    doc.save();
    doc
      .lineWidth(style.size * 0.035)
      .strokeColor(style.color ?? 'black')
      .fillColor(style.color ?? 'black');
    doc.text(text, x + dx, y + dy, { ...options, fill: true, stroke: true });
    doc.restore();
  } else {
    doc.fillColor(style.color ?? 'black').text(text, x + dx, y + dy, options);
    if (style.color) doc.fillColor('black');
  }
}
