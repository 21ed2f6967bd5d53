/**
 * One A4 document as every printed sheet of the kiosk starts it: no page margins (the renderers lay out
 * their own frame), pages buffered for the running header and footer drawn last, Chinese as the
 * document language, the bundled CJK font, and metadata that names the document, never a person.
 */
import type { Frame } from './pdf-flow.js';
import type { Doc, TextStyle } from './pdf-text.js';
import { CJK_FONT } from './pdf-text.js';
import { loadPdfKit } from './pdfkit-loader.js';

/** A4 in points. */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** Left and right margin of every sheet. */
export const A4_MARGIN_X = 45;

/** The content area of an A4 sheet: the running header sits above `top`, the footer below the bottom margin. */
export function a4Frame(top: number, bottomMargin: number): Frame {
  return { left: A4_MARGIN_X, right: A4.width - A4_MARGIN_X, top, bottom: A4.height - bottomMargin };
}

/** Background of label cells and table headers. */
export const LABEL_FILL = '#efefef';

/** The styles every sheet shares: hall name, section headings, table cells, QR caption, header, footer. */
export const SHEET_STYLES = {
  hall: { size: 13, leading: 1.5, characterSpacing: 1 },
  heading: { size: 12, leading: 1.6, bold: true },
  cell: { size: 10.5, leading: 1.45 },
  caption: { size: 7.5, leading: 1.3 },
  running: { size: 8.5, leading: 1.3 },
  footer: { size: 8.5, leading: 1.3 },
} satisfies Record<string, TextStyle>;

export interface SheetInfo {
  Title: string;
  Author: string;
  Subject: string;
  Keywords?: string;
}

export interface SheetFont {
  /** Path of the bundled CJK font (a .ttc). */
  fontPath: string;
  /** PostScript name inside the collection (default WenQuanYiMicroHei). */
  fontName?: string | undefined;
}

/** Renders one A4 document: `write` lays it out; resolves to the PDF's bytes. */
export async function renderA4Pdf(
  info: SheetInfo,
  printedAt: Date,
  font: SheetFont,
  write: (doc: Doc) => void,
): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  return new Promise<Buffer>((resolve, reject) => {
    const doc: Doc = new PDFDocument({
      size: 'A4',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      bufferPages: true,
      lang: 'zh-CN',
      displayTitle: true,
      info: { ...info, CreationDate: printedAt, ModDate: printedAt },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      doc.registerFont(CJK_FONT, font.fontPath, font.fontName ?? 'WenQuanYiMicroHei');
      doc.font(CJK_FONT);
      write(doc);
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
