/**
 * Draws a QR code as vector squares (one filled rectangle per horizontal run of dark
 * modules), so it stays sharp at any printer resolution and adds no image to the PDF.
 */
import { qrcode } from '../lazy-packages.js';
import type { Doc } from './pdf-text.js';

export interface QrOptions {
  /** Side of the symbol in points, quiet zone included. */
  size: number;
  /** Quiet zone in modules (the standard asks for 4; 2 is enough on white paper). */
  margin?: number;
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

/** The dark modules of a QR code for `text`, as a square boolean matrix. */
export function qrMatrix(text: string, level: QrOptions['errorCorrectionLevel'] = 'M'): boolean[][] {
  const { modules } = qrcode().create(text, { errorCorrectionLevel: level });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c++) row.push(Boolean(modules.get(r, c)));
    rows.push(row);
  }
  return rows;
}

export function drawQr(doc: Doc, text: string, x: number, y: number, options: QrOptions): void {
  const matrix = qrMatrix(text, options.errorCorrectionLevel ?? 'M');
  const margin = options.margin ?? 2;
  const count = matrix.length + 2 * margin;
  const unit = options.size / count;
  doc.save();
  doc.rect(x, y, options.size, options.size).fill('white');
  matrix.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < row.length && row[c]) c++;
      // A hair of overlap hides the seams some viewers show between adjacent rectangles.
      doc.rect(x + (margin + start) * unit, y + (margin + r) * unit, (c - start) * unit + 0.05, unit + 0.05);
    }
  });
  doc.fill('black');
  doc.restore();
}
