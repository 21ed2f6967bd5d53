/**
 * Draws the app icon (build/icon.png, 512 × 512): the two characters 便民 in white on the kiosk's
 * blue, with a thin ring. electron-builder takes build/icon.png for Linux and converts it for
 * Windows. Drawn with pdfkit and the bundled CJK font, rasterised by poppler's pdftocairo.
 * Run: npx tsx scripts/make-icon.ts
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const SIZE = 512; // points; rendered at 72 dpi, one point per pixel
const BLUE = '#0b4a8b';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const font = path.join(root, 'resources', 'fonts', 'wqy-microhei.ttc');
const out = path.join(root, 'build', 'icon.png');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-icon-'));
try {
  const pdf = path.join(work, 'icon.pdf');
  const doc = new PDFDocument({ size: [SIZE, SIZE], margin: 0 });
  const done = new Promise<void>((resolve, reject) => {
    const stream = fs.createWriteStream(pdf);
    stream.on('finish', resolve).on('error', reject);
    doc.pipe(stream);
  });
  doc.registerFont('cjk', font, 'WenQuanYiMicroHei');
  doc.roundedRect(16, 16, SIZE - 32, SIZE - 32, 96).fill(BLUE);
  doc
    .lineWidth(10)
    .roundedRect(48, 48, SIZE - 96, SIZE - 96, 72)
    .stroke('#ffffff');
  doc.font('cjk').fontSize(176).fillColor('#ffffff');
  const text = '便民';
  const width = doc.widthOfString(text);
  const height = doc.currentLineHeight();
  doc.text(text, (SIZE - width) / 2, (SIZE - height) / 2 - 8, { lineBreak: false });
  doc.end();
  await done;
  // One 512 × 512 PNG; -transp keeps the rounded corners clear.
  execFileSync('pdftocairo', ['-png', '-singlefile', '-transp', '-r', '72', pdf, path.join(work, 'icon')]);
  fs.copyFileSync(path.join(work, 'icon.png'), out);
  console.log(`${out} written`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
