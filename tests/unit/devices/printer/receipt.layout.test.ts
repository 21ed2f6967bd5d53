import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  CHINESE_MODE_ON,
  encodeText,
  foldText,
  QR_MAX_BYTES,
  qrCode,
  sanitizeText,
  textColumns,
} from '../../../../src-main/devices/printer/escpos.commands.js';
import {
  buildReceipt,
  formatReceiptTime,
  layoutPair,
  layoutReceipt,
  qrModuleSizeFor,
  testReceipt,
} from '../../../../src-main/devices/printer/receipt.layout.js';
import { InputError } from '../../../../src-main/contract/errors.js';
import { decodeEscPos } from '../../../emulators/escpos-emulator.js';

const hex = (b: Buffer): string => b.toString('hex');
/** The test's own width rule (independent of the module's): ASCII one column, anything else two. */
const cols = (s: string): number =>
  [...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2), 0);

/** Index of the GS ( k store command (fn 0x50) in a job, and its declared data length. */
function findQrStore(job: Buffer): { at: number; dataLength: number; data: Buffer } {
  for (let i = 0; i + 7 < job.length; i++) {
    if (
      job[i] === 0x1d &&
      job[i + 1] === 0x28 &&
      job[i + 2] === 0x6b &&
      job[i + 5] === 0x31 &&
      job[i + 6] === 0x50
    ) {
      const len = (job[i + 3] ?? 0) + (job[i + 4] ?? 0) * 256;
      return { at: i, dataLength: len - 3, data: job.subarray(i + 8, i + 5 + len) };
    }
  }
  throw new Error('no QR store command');
}

describe('GB18030 text', () => {
  it('encodes characters outside GBK (䶮 two bytes, 𠮷 four bytes) without any "?"', () => {
    expect(hex(encodeText('䶮'))).toBe('fe9f');
    expect(hex(encodeText('𠮷'))).toBe('9534b235');
    expect(hex(encodeText('王䶮A'))).toBe('cdf5fe9f41');
    // The library's CHINA code page (EUC-CN) loses both: the trap this module exists for.
    expect(iconv.encode('䶮𠮷', 'EUC-CN').toString()).toContain('?');
  });

  it('sends rare characters in Chinese mode inside a laid-out receipt', () => {
    const job = layoutReceipt([{ kind: 'text', text: '姓名：王䶮𠮷' }]);
    const text = Buffer.concat([iconv.encode('姓名：王', 'gb18030'), Buffer.from('fe9f9534b235', 'hex')]);
    const at = job.indexOf(text);
    expect(at).toBeGreaterThan(0);
    expect(job.subarray(0, at).indexOf(CHINESE_MODE_ON)).toBeGreaterThanOrEqual(0);
    expect(job[at + text.length]).toBe(0x0a);
    expect(iconv.decode(text, 'gb18030')).toBe('姓名：王䶮𠮷');
    expect(job.subarray(0, 2).toString('hex')).toBe('1b40'); // ESC @ first
  });

  it('strips control characters so text cannot smuggle printer commands', () => {
    expect(sanitizeText('王\x1b@五\x10\x04\x01')).toBe('王@五');
    const job = layoutReceipt([{ kind: 'text', text: 'A\x1dV\x00B' }]);
    expect(job.includes(Buffer.from([0x1d, 0x56]))).toBe(false);
  });
});

describe('folding at 48 columns', () => {
  it('counts a CJK character as two columns', () => {
    expect(textColumns('办事ab')).toBe(6);
    expect(textColumns('𠮷')).toBe(2);
    const lines = foldText('测'.repeat(30), 48);
    expect(lines).toEqual(['测'.repeat(24), '测'.repeat(6)]);
  });

  it('never puts a CJK character across the edge', () => {
    const lines = foldText(`a${'字'.repeat(24)}`, 48);
    expect(lines).toEqual([`a${'字'.repeat(23)}`, '字']);
  });

  it('moves a Latin word whole to the next line and keeps closing punctuation off a line start', () => {
    const url = 'https://example.com/very/long/path';
    const lines = foldText(`${'中'.repeat(20)} ${url}`, 48);
    expect(lines).toEqual(['中'.repeat(20), url]);
    const punct = foldText(`${'中'.repeat(24)}，后文`, 48);
    expect(punct[1]?.startsWith('，')).toBe(false);
    expect(punct.join('')).toBe(`${'中'.repeat(24)}，后文`);
  });

  it('keeps every line within the width and loses no character (property)', () => {
    const unit = fc.constantFrom('中', '䶮', '𠮷', 'a', 'Z', '1', ' ', '，', '。', '-', 'é');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), fc.integer({ min: 4, max: 64 }), (chars, width) => {
        const text = chars.join('');
        const lines = foldText(text, width);
        for (const l of lines) expect(cols(l)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  });

  it('lays out receipt text lines of at most 48 columns (24 for double-width titles)', () => {
    const long = '淄川区某某镇便民服务中心地址：山东省淄博市淄川区某某镇某某路１２３号（䶮𠮷）'.repeat(3);
    const job = layoutReceipt([
      { kind: 'title', text: long },
      { kind: 'text', text: long },
      { kind: 'pair', label: '地址', value: long },
    ]);
    expect(job.toString('latin1')).toContain('\x1d\x21\x11'); // title: GS ! double width and height
    const printed = decodeEscPos(job).filter((e) => e.kind === 'text');
    expect(printed.length).toBeGreaterThan(6);
    for (const e of printed) expect(cols(e.text) * e.width).toBeLessThanOrEqual(48);
    expect(
      printed
        .filter((e) => e.width === 2)
        .map((e) => e.text)
        .join(''),
    ).toBe(long);
    expect(printed.filter((e) => e.width === 1).some((e) => cols(e.text) > 40)).toBe(true);
  });
});

describe('label/value rows', () => {
  it('right-aligns a value that fits, to exactly 48 columns', () => {
    const [line, ...more] = layoutPair('打印时间', '2025-01-02 11:04:05');
    expect(more).toEqual([]);
    expect(textColumns(line ?? '')).toBe(48);
    expect(line?.endsWith('2025-01-02 11:04:05')).toBe(true);
  });

  it('folds a long value beside its label with aligned continuation lines', () => {
    const lines = layoutPair('地址：', '山东省淄博市淄川区'.repeat(4));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]?.startsWith('地址：')).toBe(true);
    for (const l of lines.slice(1)) expect(l.startsWith(' '.repeat(6))).toBe(true);
  });
});

describe('QR codes', () => {
  it('writes model 2, module size, correction M, store with the UTF-8 length, print', () => {
    const data = '办事进度：王䶮𠮷 https://example.com/q?id=1';
    const bytes = qrCode(data, { moduleSize: 5 });
    const utf8 = Buffer.from(data, 'utf8');
    expect(utf8.length).not.toBe(data.length); // the payload length differs from UTF-16 units
    const expected = Buffer.concat([
      Buffer.from('1d286b0400314132 00'.replace(/ /g, ''), 'hex'),
      Buffer.from('1d286b03003143 05'.replace(/ /g, ''), 'hex'),
      Buffer.from('1d286b03003145 31'.replace(/ /g, ''), 'hex'),
      Buffer.from([0x1d, 0x28, 0x6b, (utf8.length + 3) & 0xff, (utf8.length + 3) >> 8, 0x31, 0x50, 0x30]),
      utf8,
      Buffer.from('1d286b0300315130', 'hex'),
    ]);
    expect(hex(bytes)).toBe(hex(expected));
  });

  it('uses both length bytes for a 300-byte payload', () => {
    const data = `https://example.com/${'x'.repeat(280)}`;
    expect(Buffer.byteLength(data)).toBe(300);
    const job = layoutReceipt([{ kind: 'qr', data }]);
    const store = findQrStore(job);
    expect(job[store.at + 3]).toBe(303 & 0xff);
    expect(job[store.at + 4]).toBe(1);
    expect(store.dataLength).toBe(300);
    expect(store.data.toString('utf8')).toBe(data);
  });

  it('stores a non-ASCII payload in a laid-out receipt with its UTF-8 byte length', () => {
    const data = '评价：https://example.com/r?n=王䶮';
    const store = findQrStore(layoutReceipt([{ kind: 'qr', data, caption: '扫码评价' }]));
    expect(store.dataLength).toBe(Buffer.byteLength(data));
    expect(store.data.toString('utf8')).toBe(data);
  });

  it('chooses a module size that fits the paper and refuses impossible payloads', () => {
    expect(qrModuleSizeFor('https://example.com/a')).toBe(6);
    const big = 'x'.repeat(2000);
    const size = qrModuleSizeFor(big);
    expect(size).toBeGreaterThanOrEqual(1);
    expect(size).toBeLessThan(6);
    expect(() => qrCode('')).toThrow(InputError);
    expect(() => qrCode('a\x10\x04b')).toThrow(InputError);
    expect(() => qrCode('x'.repeat(QR_MAX_BYTES + 1))).toThrow(InputError);
  });
});

describe('receipt commands', () => {
  it('lays out rules, feeds and the cut with the expected ESC/POS bytes', () => {
    const job = layoutReceipt([
      { kind: 'rule' },
      { kind: 'feed', lines: 3 },
      { kind: 'text', text: '中' },
      { kind: 'cut' },
    ]);
    const s = job.toString('latin1');
    expect(s).toContain(`${'-'.repeat(48)}\n`);
    expect(s).toContain('\x1b\x64\x03');
    // FS . before the cut; ESC d 4, GS V 0, ESC @ from the library's cut().
    expect(s.endsWith('\x1c\x2e\x1b\x64\x04\x1d\x56\x00\x1b\x40')).toBe(true);
  });

  it('builds the test receipt: hall name, time, 打印测试, QR with the URL, cut', () => {
    const now = new Date('2025-01-02T03:04:05Z');
    expect(formatReceiptTime(now)).toBe('2025-01-02 11:04:05');
    const lines = testReceipt({ hallName: '淄川区某某镇便民服务中心', now, url: 'https://example.com/t' });
    expect(lines[0]).toEqual({ kind: 'title', text: '淄川区某某镇便民服务中心' });
    expect(lines).toContainEqual(expect.objectContaining({ kind: 'text', text: '打印测试' }));
    expect(lines).toContainEqual(expect.objectContaining({ kind: 'pair', value: '2025-01-02 11:04:05' }));
    expect(lines).toContainEqual(expect.objectContaining({ kind: 'qr', data: 'https://example.com/t' }));
    expect(lines.at(-1)).toEqual({ kind: 'cut' });
  });
});

describe('the builder with a custom interface object', () => {
  it("hands node-thermal-printer's execute() the job's bytes through the output object", async () => {
    const lines = testReceipt({
      hallName: '淄川区昆仑镇便民服务中心',
      now: new Date(0),
      url: 'https://x.cn/a',
    });
    const written: Buffer[] = [];
    const output = {
      execute: (buffer: Buffer) => {
        written.push(Buffer.from(buffer));
        return Promise.resolve();
      },
      isPrinterConnected: () => Promise.resolve(true),
    };
    const job = buildReceipt(lines, 48, output);
    await job.execute();
    expect(written).toHaveLength(1);
    expect(hex(written[0]!)).toBe(hex(layoutReceipt(lines)));
    expect(await job.isPrinterConnected()).toBe(true);
  });

  it('lays out only, without an output', async () => {
    await expect(buildReceipt([{ kind: 'text', text: '打印测试' }]).execute()).rejects.toThrow(/interface/i);
  });
});
