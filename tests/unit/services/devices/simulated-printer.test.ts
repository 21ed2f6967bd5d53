import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src-main/contract/errors.js';
import { textColumns } from '../../../../src-main/devices/printer/escpos.commands.js';
import { PrinterError, type ReceiptLine } from '../../../../src-main/devices/printer/printer.types.js';
import { testReceipt } from '../../../../src-main/devices/printer/receipt.layout.js';
import { SimulatedReceiptPrinter } from '../../../../src-main/services/devices/simulated-printer.js';
import { receiptText } from '../../../../src-main/services/devices/receipt.text.js';

const HALL = '淄川区昆仑镇便民服务中心';
const NOW = new Date('2025-03-04T05:06:07Z');

function receipt(n: number): ReceiptLine[] {
  return [{ kind: 'title', text: HALL }, { kind: 'pair', label: '序号', value: String(n) }, { kind: 'cut' }];
}

describe('receiptText', () => {
  it('lays the test receipt out as ≤ 48-column lines, the way the paper shows it', () => {
    const lines = receiptText(testReceipt({ hallName: HALL, url: 'https://example.com/t', now: NOW }));
    for (const l of lines) expect(textColumns(l)).toBeLessThanOrEqual(48);
    // Title: double size, centred.
    expect(lines[0]).toBe(`${' '.repeat(12)}${HALL}`);
    expect(lines).toContain('-'.repeat(48));
    expect(lines.some((l) => /^打印时间 +2025-03-04 13:06:07$/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('䶮 𠮷'))).toBe(true);
    expect(lines.some((l) => l.trim() === '[二维码] https://example.com/t')).toBe(true);
    expect(lines.some((l) => l.trim() === '请用手机扫描二维码，检查打印质量')).toBe(true);
    expect(lines.at(-1)?.trim()).toBe('- - - 切纸 - - -');
  });

  it('folds long text and pairs, right-aligns and keeps blank feed lines', () => {
    const lines = receiptText([
      { kind: 'text', text: '汉'.repeat(30) },
      { kind: 'text', text: 'R', align: 'right' },
      { kind: 'feed', lines: 2 },
      { kind: 'pair', label: '事项', value: '城乡居民基本养老保险参保登记'.repeat(3) },
    ]);
    expect(lines.slice(0, 2)).toEqual(['汉'.repeat(24), '汉'.repeat(6)]);
    expect(lines[2]).toBe(`${' '.repeat(47)}R`);
    expect(lines.slice(3, 5)).toEqual(['', '']);
    expect(lines[5]?.startsWith('事项')).toBe(true);
    expect(lines[6]?.startsWith('    ')).toBe(true);
  });
});

describe('SimulatedReceiptPrinter', () => {
  it('is labelled as simulated, ready, and keeps the printed receipts as text, newest first', async () => {
    const printer = new SimulatedReceiptPrinter({ keep: 2, now: () => NOW });
    expect(printer.label).toBe('模拟打印机');
    expect(await printer.status()).toEqual({ state: 'ready', connected: true });
    for (let i = 1; i <= 3; i++) await printer.print(receipt(i));
    const kept = printer.receipts();
    expect(kept.map((r) => r.seq)).toEqual([3, 2]);
    expect(kept[0]?.printedAt).toBe(NOW.toISOString());
    expect(kept[0]?.lines.some((l) => /^序号 +3$/.test(l))).toBe(true);
    kept[0]?.lines.push('changed');
    expect(printer.receipts()[0]?.lines).not.toContain('changed');
    printer.clearReceipts();
    expect(printer.receipts()).toEqual([]);
  });

  it.each([
    ['paper-out', '缺纸'],
    ['cover-open', '打印机盖'],
    ['offline', '暂时无法打印'],
    ['no-answer', '未连接'],
  ] as const)('acts out %s: the job is refused before printing, nothing kept', async (failure, words) => {
    const printer = new SimulatedReceiptPrinter();
    printer.simulateFailure(failure);
    expect((await printer.status()).state).toBe(failure);
    const err = await printer.print(receipt(1)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrinterError);
    expect(err).toMatchObject({ code: 'DEVICE', device: 'printer', reason: failure, phase: 'before-job' });
    expect((err as PrinterError).userMessage).toContain(words);
    expect(printer.receipts()).toEqual([]);
    printer.simulateFailure(null);
    await printer.print(receipt(1));
    expect(printer.receipts()).toHaveLength(1);
  });

  it('refuses a receipt the real printer would refuse (layout errors come first)', async () => {
    const printer = new SimulatedReceiptPrinter();
    const err = await printer.print([{ kind: 'qr', data: 'a\u0010b' }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(printer.receipts()).toEqual([]);
  });
});
