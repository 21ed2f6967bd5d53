/**
 * A receipt as the text lines a paper receipt would show (48 columns, a CJK character two), for the
 * simulated printer and the demo screen. Uses the same folding as the ESC/POS layout. Pure.
 */
import { foldText, padColumns, textColumns } from '../../devices/printer/escpos.commands.js';
import type { ReceiptAlign, ReceiptLine } from '../../devices/printer/printer.types.js';
import { layoutPair, RECEIPT_COLUMNS } from '../../devices/printer/receipt.layout.js';

function place(text: string, align: ReceiptAlign, cols: number): string {
  if (align === 'left') return text;
  if (align === 'right') return padColumns(text, cols, 'right');
  return ' '.repeat(Math.max(0, Math.floor((cols - textColumns(text)) / 2))) + text;
}

export function receiptText(lines: readonly ReceiptLine[], cols: number = RECEIPT_COLUMNS): string[] {
  const out: string[] = [];
  for (const line of lines) {
    switch (line.kind) {
      case 'title':
      case 'text': {
        // Double-size text takes two columns per column: fold it at half the width, as the printer does.
        const large = line.kind === 'title' || line.size === 'large';
        const align = line.kind === 'title' ? 'center' : (line.align ?? 'left');
        for (const l of foldText(line.text, large ? Math.floor(cols / 2) : cols))
          out.push(place(l, align, cols));
        break;
      }
      case 'pair':
        out.push(...layoutPair(line.label, line.value, cols));
        break;
      case 'rule':
        out.push((line.char ?? '-').repeat(cols));
        break;
      case 'qr':
        for (const l of foldText(`[二维码] ${line.data}`, cols)) out.push(place(l, 'center', cols));
        if (line.caption) for (const l of foldText(line.caption, cols)) out.push(place(l, 'center', cols));
        break;
      case 'feed':
        for (let i = 0; i < (line.lines ?? 1); i++) out.push('');
        break;
      case 'cut':
        out.push(place('- - - 切纸 - - -', 'center', cols));
        break;
    }
  }
  return out.map((l) => l.trimEnd());
}
