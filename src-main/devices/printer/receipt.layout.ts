/**
 * Receipt layout: a list of ReceiptLine → one job in node-thermal-printer's builder (EPSON), or its ESC/POS
 * bytes. Pure (no I/O): a builder given an output only writes when its execute() is called.
 * node-thermal-printer supplies the formatting commands (init, align, bold, size, rule, cut); text goes
 * in as GB18030 bytes in Chinese mode and QR codes as hand-written GS ( k, both through add().
 */
import type { ThermalPrinter as EscPosBuilder } from 'node-thermal-printer';
import { qrcode, thermalPrinterPackage } from '../lazy-packages.js';
import { InputError } from '../../contract/errors.js';
import {
  CHINESE_MODE_OFF,
  CHINESE_MODE_ON,
  encodeText,
  feedLines,
  INITIALIZE,
  foldText,
  padColumns,
  qrCode,
  sanitizeText,
  textColumns,
} from './escpos.commands.js';
import type { ReceiptAlign, ReceiptLine } from './printer.types.js';

/** Font A columns on 80 mm paper (576 printable dots, 12 dots per column). */
export const RECEIPT_COLUMNS = 48;
const DOTS_PER_COLUMN = 12;
const MAX_QR_MODULE = 6;

/** Largest module size (≤ 6 dots) at which the symbol and its quiet zone fit the printable width. */
export function qrModuleSizeFor(data: string, cols: number = RECEIPT_COLUMNS): number {
  const modules = qrcode().create(data, { errorCorrectionLevel: 'M' }).modules.size + 8;
  const size = Math.min(MAX_QR_MODULE, Math.floor((cols * DOTS_PER_COLUMN) / modules));
  if (size < 1) throw new InputError('QR code wider than the paper', 'qr', '二维码内容过长。');
  return size;
}

/**
 * Where node-thermal-printer's execute() sends a job: the custom interface object its `interface` option
 * takes instead of a URI (lib/interfaces/index.js returns an object as it is). The printer driver passes
 * one that writes through its serial transport (TOOLCHAIN.md: only the library's TCP interface reads).
 */
export interface EscPosOutput {
  execute(buffer: Buffer): Promise<void>;
  isPrinterConnected(): Promise<boolean>;
}

/** The builder's constructor options as the library reads them: its typings allow only a URI string. */
type BuilderConfig = ConstructorParameters<typeof EscPosBuilder>[0];
type BuilderConfigWithOutput = Omit<BuilderConfig, 'interface'> & { interface: EscPosOutput | '' };

/** The ESC/POS bytes of one job. */
export function layoutReceipt(lines: readonly ReceiptLine[], cols: number = RECEIPT_COLUMNS): Buffer {
  return Buffer.from(buildReceipt(lines, cols).getBuffer());
}

/**
 * One job in node-thermal-printer's builder. With `output`, the builder's execute() hands the job's bytes
 * to it; without, the builder only lays out (execute() throws).
 */
export function buildReceipt(
  lines: readonly ReceiptLine[],
  cols: number = RECEIPT_COLUMNS,
  output?: EscPosOutput,
): EscPosBuilder {
  if (!Number.isInteger(cols) || cols < 16) throw new RangeError(`receipt width too small: ${cols}`);
  const { BreakLine, PrinterTypes, ThermalPrinter } = thermalPrinterPackage();
  const config: BuilderConfigWithOutput = {
    type: PrinterTypes.EPSON,
    interface: output ?? '',
    width: cols,
    breakLine: BreakLine.NONE,
  };
  const b = new ThermalPrinter(config as BuilderConfig);
  let chinese = false;
  const text = (s: string): void => {
    if (!chinese) {
      b.add(CHINESE_MODE_ON);
      chinese = true;
    }
    b.add(encodeText(s));
    b.newLine();
  };
  const align = (a: ReceiptAlign): void => {
    if (a === 'center') b.alignCenter();
    else if (a === 'right') b.alignRight();
    else b.alignLeft();
  };

  b.add(INITIALIZE); // ESC @ (the library's initHardware() is missing from its typings)
  for (const line of lines) {
    switch (line.kind) {
      case 'title':
      case 'text': {
        const large = line.kind === 'title' || line.size === 'large';
        const bold = line.kind === 'title' || line.bold === true;
        align(line.kind === 'title' ? 'center' : (line.align ?? 'left'));
        if (bold) b.bold(true);
        if (large) b.setTextSize(1, 1); // GS ! 0x11: double width and height, for ASCII and Chinese alike
        for (const l of foldText(line.text, large ? Math.floor(cols / 2) : cols)) text(l);
        if (large) b.setTextSize(0, 0);
        if (bold) b.bold(false);
        b.alignLeft();
        break;
      }
      case 'pair': {
        if (line.bold) b.bold(true);
        for (const l of layoutPair(line.label, line.value, cols)) text(l);
        if (line.bold) b.bold(false);
        break;
      }
      case 'rule': {
        const ch = line.char ?? '-';
        if ([...ch].length !== 1 || textColumns(ch) !== 1)
          throw new RangeError('rule character must be ASCII');
        b.drawLine(ch);
        break;
      }
      case 'qr': {
        b.alignCenter();
        b.add(qrCode(line.data, { moduleSize: line.moduleSize ?? qrModuleSizeFor(line.data, cols) }));
        b.newLine();
        if (line.caption) for (const l of foldText(line.caption, cols)) text(l);
        b.alignLeft();
        break;
      }
      case 'feed':
        b.add(feedLines(line.lines ?? 1));
        break;
      case 'cut':
        if (chinese) b.add(CHINESE_MODE_OFF);
        chinese = false;
        // ESC d 4, GS V 0|1, ESC @ (the init resets every mode, Chinese mode included).
        if (line.partial) b.partialCut({ verticalTabAmount: 1 });
        else b.cut({ verticalTabAmount: 1 });
        break;
    }
  }
  if (chinese) b.add(CHINESE_MODE_OFF);
  return b;
}

/**
 * A label/value row: on one line with the value right-aligned when both fit; otherwise the value is
 * folded beside the label and its continuation lines are indented under it (or, for a label wider
 * than half the paper, the value is folded below it, indented by two columns).
 */
export function layoutPair(rawLabel: string, rawValue: string, cols: number = RECEIPT_COLUMNS): string[] {
  const label = sanitizeText(rawLabel).replace(/\n/g, ' ');
  const value = sanitizeText(rawValue);
  const lw = textColumns(label);
  const vw = textColumns(value);
  if (lw + 1 + vw <= cols && !value.includes('\n')) return [label + padColumns(value, cols - lw, 'right')];
  if (lw <= cols / 2) {
    const indent = ' '.repeat(lw);
    return foldText(value, cols - lw).map((l, i) => (i === 0 ? label : indent) + l);
  }
  return [...foldText(label, cols), ...foldText(value, cols - 2).map((l) => `  ${l}`)];
}

/** 'YYYY-MM-DD HH:mm:ss' in China time, whatever the machine's time zone. */
export function formatReceiptTime(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === t)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** The 打印测试 receipt: hall name, time, rare characters, a folding check, a QR code with a URL, a cut. */
export function testReceipt(options: { hallName: string; now: Date; url: string }): ReceiptLine[] {
  return [
    { kind: 'title', text: options.hallName },
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: '打印测试', align: 'center', bold: true, size: 'large' },
    { kind: 'rule' },
    { kind: 'pair', label: '打印时间', value: formatReceiptTime(options.now) },
    { kind: 'pair', label: '纸张', value: '80 毫米热敏纸，每行 48 列' },
    { kind: 'text', text: '生僻字检查：䶮 𠮷 堃 喆 昇 （GB18030 编码）' },
    {
      kind: 'text',
      text: '换行检查：汉字按两列计算，英文按一列计算，每行最多四十八列，超出部分应整齐地折到下一行（mixed text wraps by width）。',
    },
    { kind: 'rule' },
    { kind: 'qr', data: options.url, caption: '请用手机扫描二维码，检查打印质量' },
    { kind: 'text', text: options.url, align: 'center' },
    { kind: 'rule' },
    { kind: 'text', text: '本凭条仅用于检查打印机，无需保存。', align: 'center' },
    { kind: 'feed', lines: 2 },
    { kind: 'cut' },
  ];
}
