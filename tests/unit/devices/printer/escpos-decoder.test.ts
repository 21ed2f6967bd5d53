import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { layoutReceipt, testReceipt } from '../../../../src-main/devices/printer/receipt.layout.js';
import { decodeEscPos, EscPosDecoder } from '../../../emulators/escpos-emulator.js';

const job = layoutReceipt(
  testReceipt({
    hallName: '淄川区某某镇便民服务中心',
    now: new Date('2025-01-02T03:04:05Z'),
    url: 'https://example.com/t',
  }),
);

describe('the emulator decoder', () => {
  it('decodes the same elements whether bytes arrive at once or one by one', () => {
    const whole = decodeEscPos(job);
    const d = new EscPosDecoder();
    for (const b of job) {
      d.push(Buffer.from([b]));
      d.run();
    }
    expect(d.finish()).toEqual(whole);
    expect(whole.filter((e) => e.kind === 'qr')).toEqual([
      {
        kind: 'qr',
        payload: 'https://example.com/t',
        moduleSize: 6,
        correction: 'M',
        model: 2,
        align: 'center',
      },
    ]);
    expect(whole.at(-1)).toEqual({ kind: 'cut', partial: false });
  });

  it('skips commands it does not render, including ones whose data holds LF bytes', () => {
    const raster = Buffer.from([0x1d, 0x76, 0x30, 0x00, 0x02, 0x00, 0x02, 0x00, 0x0a, 0x0a, 0x0a, 0x0a]);
    const bitImage = Buffer.from([0x1b, 0x2a, 0x00, 0x02, 0x00, 0x0a, 0x0a]);
    const barcode = Buffer.from([0x1d, 0x6b, 0x49, 0x03, 0x41, 0x0a, 0x42]);
    const elements = decodeEscPos(
      Buffer.concat([raster, bitImage, barcode, Buffer.from([0x1b, 0x74, 0x0a]), Buffer.from('OK\n')]),
    );
    expect(elements).toEqual([{ kind: 'text', text: 'OK', align: 'left', bold: false, width: 1, height: 1 }]);
  });

  it('reads multi-byte text only in Chinese mode, and applies align, bold and size', () => {
    const gb = iconv.encode('中文', 'gb18030');
    const elements = decodeEscPos(
      Buffer.concat([
        Buffer.from([0x1b, 0x61, 0x02, 0x1b, 0x45, 0x01, 0x1d, 0x21, 0x01, 0x1c, 0x26]),
        gb,
        Buffer.from([0x0a, 0x1c, 0x2e, 0x1b, 0x40]),
        gb,
        Buffer.from([0x1b, 0x64, 0x02]),
      ]),
    );
    expect(elements[0]).toEqual({
      kind: 'text',
      text: '中文',
      align: 'right',
      bold: true,
      width: 1,
      height: 2,
    });
    expect(elements[1]).toMatchObject({ kind: 'text', align: 'left', bold: false });
    expect((elements[1] as { text: string }).text).not.toBe('中文');
    expect(elements[2]).toEqual({ kind: 'feed', lines: 1 });
  });
});
