/**
 * What every A4 document we print shares around its content: the first page's title block (hall
 * name, title and subtitle centred, a QR code with its caption at the right, a double rule below),
 * the running head of later pages, the footer of every page, and the printed time.
 */
import type { Flow, Frame } from './pdf-flow.js';
import { drawQr } from './pdf-qr.js';
import { drawLine, lineHeight, wrapText, type Doc, type TextStyle } from './pdf-text.js';

export interface TitleBlock {
  frame: Frame;
  qr: { url: string; x: number; y: number; size: number; margin: number; caption: string };
  /** Extra width of the caption on each side of the QR code. */
  captionPad: number;
  /** Width kept free on each side of the centred titles (the QR code's column). */
  side: number;
  /** The centred lines: the hall name and the subtitle wrap, the title does not. */
  hallName: string;
  title: string;
  subtitle: string;
  styles: { caption: TextStyle; hall: TextStyle; title: TextStyle; subtitle: TextStyle };
}

/** Draws the title block; returns where the content starts below it. */
export function drawTitleBlock(doc: Doc, block: TitleBlock): number {
  const { frame, qr, styles: S } = block;
  drawQr(doc, qr.url, qr.x, qr.y, { size: qr.size, margin: qr.margin });
  // The caption keeps two modules of white below the symbol (its quiet zone is one module).
  const captionY = qr.y + qr.size + 4;
  drawLine(
    doc,
    qr.caption,
    qr.x - block.captionPad,
    captionY,
    S.caption,
    'center',
    qr.size + 2 * block.captionPad,
  );
  const qrBottom = captionY + lineHeight(S.caption);

  // Centred titles keep clear of the QR code on the right by using a symmetric box.
  const boxLeft = frame.left + block.side;
  const boxWidth = frame.right - frame.left - 2 * block.side;
  let y = qr.y;
  const centred = (text: string, style: TextStyle): void => {
    for (const line of wrapText(doc, text, boxWidth, style)) {
      drawLine(doc, line, boxLeft, y, style, 'center', boxWidth);
      y += lineHeight(style);
    }
  };
  centred(block.hallName, S.hall);
  drawLine(doc, block.title, boxLeft, y, S.title, 'center', boxWidth);
  y += lineHeight(S.title) + 2;
  centred(block.subtitle, S.subtitle);
  y = Math.max(y, qrBottom) + 6;
  doc.save().strokeColor('black');
  doc.lineWidth(1.4).moveTo(frame.left, y).lineTo(frame.right, y).stroke();
  doc
    .lineWidth(0.5)
    .moveTo(frame.left, y + 3)
    .lineTo(frame.right, y + 3)
    .stroke();
  doc.restore();
  return y + 10;
}

export interface PageFurniture {
  frame: Frame;
  footerY: number;
  /** Left of the running head on pages after the first; its right part is optional. */
  runningHead: { left: string; right?: string };
  footer: string;
  styles: { running: TextStyle; footer: TextStyle };
}

/** Running heads (from page 2), footers and page numbers on every buffered page. */
export function drawPageFurniture(doc: Doc, spec: PageFurniture): void {
  const { frame, styles: S } = spec;
  const width = frame.right - frame.left;
  const rule = (y: number): void => {
    doc.save().lineWidth(0.5).moveTo(frame.left, y).lineTo(frame.right, y).stroke().restore();
  };
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const pageNo = i - range.start + 1;
    if (pageNo > 1) {
      const y = 34;
      drawLine(doc, spec.runningHead.left, frame.left, y, S.running);
      if (spec.runningHead.right)
        drawLine(doc, spec.runningHead.right, frame.left, y, S.running, 'right', width);
      rule(y + lineHeight(S.running) + 2);
    }
    rule(spec.footerY - 4);
    drawLine(doc, spec.footer, frame.left, spec.footerY, S.footer);
    drawLine(
      doc,
      `第 ${pageNo} 页 / 共 ${range.count} 页`,
      frame.left,
      spec.footerY,
      S.footer,
      'right',
      width,
    );
  }
}

/** `2026-11-30 05:40` in the hall's time zone. */
export function formatPrintTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Draws section `index` (0-based) as "一、title", `gap` below the previous block (none at the top of a
 * page), kept on the same page as the first `keepWith` points of what follows it.
 */
export function drawSectionHeading(
  flow: Flow,
  index: number,
  title: string,
  style: TextStyle,
  gap: number,
  keepWith: number,
): void {
  const label = `${SECTION_NUMBERS[index] ?? String(index + 1)}、${title}`;
  const h = lineHeight(style);
  const top = flow.frame.top;
  const before = flow.y === top ? 0 : gap;
  flow.ensure(before + h + Math.min(keepWith, flow.pageCapacity - h));
  if (flow.y !== top) flow.y += before;
  drawLine(flow.doc, label, flow.frame.left, flow.y, style);
  flow.y += h + 1;
}
