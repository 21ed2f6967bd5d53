/**
 * The receipt printer against the ESC/POS emulator over a real socat PTY pair: printing and decoding
 * the test receipt (and rendering it to PNG), refusing jobs when the printer is not ready with nothing
 * sent, a failure reported when paper runs out mid-job, recovery after unplug/replug, and the CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { portsCommand } from '../../src-main/cli/commands/ports.command.js';
import { printerCommand } from '../../src-main/cli/commands/printer.command.js';
import { ThermalPrinter } from '../../src-main/devices/printer/printer.device.js';
import { PrinterError } from '../../src-main/devices/printer/printer.types.js';
import type { PrinterErrorReason } from '../../src-main/devices/printer/printer.types.js';
import { testReceipt } from '../../src-main/devices/printer/receipt.layout.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { EscPosEmulator, renderJobToPng } from '../emulators/escpos-emulator.js';
import type { EmulatorState, EscPosElement } from '../emulators/escpos-emulator.js';
import { startPtyPair } from '../emulators/pty-pair.js';
import type { PtyPair } from '../emulators/pty-pair.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PNG_PATH = path.join(ROOT, 'test-output/receipts/test-receipt.png');
const HALL = '淄川区某某镇便民服务中心';
const URL_ = 'https://example.com/kiosk/printer-test';

let pair: PtyPair;
let emulator: EscPosEmulator;
let printer: ThermalPrinter;

function makePrinter(portPath: string): ThermalPrinter {
  return new ThermalPrinter({
    path: portPath,
    baudRate: 115200,
    log: silentLogger(),
    statusTimeoutMs: 300,
    pollIntervalMs: 50,
    jobTimeoutMs: 3000,
  });
}

function texts(elements: readonly EscPosElement[]): Extract<EscPosElement, { kind: 'text' }>[] {
  return elements.filter((e): e is Extract<EscPosElement, { kind: 'text' }> => e.kind === 'text');
}

beforeEach(async () => {
  pair = await startPtyPair();
  emulator = await EscPosEmulator.open(pair.b);
  printer = makePrinter(pair.a);
});

afterEach(async () => {
  await printer.close();
  await emulator.close();
  await pair.close();
  fs.rmSync(pair.dir, { recursive: true, force: true });
});

describe('printing', () => {
  it('prints the test receipt: text, QR payload and cut decoded, PNG rendered', async () => {
    const result = await printer.printTest({
      hallName: HALL,
      url: URL_,
      now: new Date('2025-03-04T05:06:07Z'),
    });
    expect(result.status.state).toBe('ready');
    expect(result.confirmed).toBe(true);
    const elements = await emulator.waitForCuts(1);

    const lines = texts(elements);
    const title = lines.find((l) => l.text === HALL);
    expect(title).toMatchObject({ align: 'center', bold: true, width: 2, height: 2 });
    expect(lines.map((l) => l.text)).toContain('打印测试');
    expect(lines.some((l) => l.text.includes('2025-03-04 13:06:07'))).toBe(true);
    expect(lines.some((l) => l.text.includes('䶮 𠮷'))).toBe(true);
    expect(lines.some((l) => l.text.includes('?'))).toBe(false);
    for (const l of lines) {
      const cols = [...l.text].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2), 0);
      expect(cols * l.width).toBeLessThanOrEqual(48);
    }
    const qr = elements.find((e) => e.kind === 'qr');
    expect(qr).toMatchObject({ kind: 'qr', payload: URL_, correction: 'M', model: 2, align: 'center' });
    expect(elements.at(-1)).toEqual({ kind: 'cut', partial: false });
    expect(emulator.jobBytes).toBe(result.bytes + 3); // the job plus its GS r 1 end marker

    fs.rmSync(PNG_PATH, { force: true });
    const rendered = await renderJobToPng(elements, PNG_PATH);
    // The bundled font lacks only the CJK extension characters (drawn with a system font when there is one).
    expect(rendered.fallbackChars.filter((ch) => ch !== '䶮' && ch !== '𠮷')).toEqual([]);
    const png = fs.readFileSync(PNG_PATH);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    expect(Math.abs(width - Math.round((80 / 25.4) * 150))).toBeLessThanOrEqual(2); // 80 mm at 150 dpi
    expect(png.readUInt32BE(20)).toBeGreaterThan(width); // a long strip, not a blank square
  });

  it('prints with paper low and reports the warning state', async () => {
    emulator.setState('paper-low');
    const result = await printer.printReceipt(testReceipt({ hallName: HALL, url: URL_, now: new Date() }));
    expect(result.status.state).toBe('paper-low');
    await emulator.waitForCuts(1);
  });
});

describe('refusing a job when the printer is not ready', () => {
  const cases: [EmulatorState, PrinterErrorReason][] = [
    ['paper-out', 'paper-out'],
    ['cover-open', 'cover-open'],
    ['error', 'offline'],
    ['silent', 'no-answer'],
  ];
  it.each(cases)('%s → PrinterError %s, nothing sent', async (state, reason) => {
    emulator.setState(state);
    const err = await printer.printTest({ hallName: HALL, url: URL_ }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrinterError);
    expect(err).toMatchObject({ code: 'DEVICE', device: 'printer', reason, phase: 'before-job' });
    expect((err as PrinterError).userMessage).toMatch(/[\u4e00-\u9fff]/);
    // A status round trip after the refusal: anything sent before it would have reached the emulator first.
    const queriesBefore = emulator.realtimeQueries.length;
    const status = await printer.status();
    expect(status.state).toBe(reason);
    expect(emulator.realtimeQueries.length).toBeGreaterThan(queriesBefore);
    expect(emulator.jobBytes).toBe(0);
    expect(emulator.realtimeQueries).toContain(4);
    expect(emulator.realtimeQueries).toContain(state === 'silent' ? 4 : 2);
  });
});

describe('failure during a job', () => {
  it('reports paper running out while printing as a during-job PrinterError', async () => {
    emulator.failDuringNextJob('paper-out', 2);
    const err = await printer.printTest({ hallName: HALL, url: URL_ }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PrinterError);
    expect(err).toMatchObject({ reason: 'paper-out', phase: 'during-job' });
    expect((err as PrinterError).userMessage).toMatch(/可能没有打印完整/);
    expect(emulator.jobBytes).toBeGreaterThan(0);
    expect(texts(emulator.elements).length).toBe(2);
    expect(emulator.elements.some((e) => e.kind === 'cut')).toBe(false);
  });

  it('reports the cover opened while printing', async () => {
    emulator.failDuringNextJob('cover-open', 4);
    await expect(printer.printTest({ hallName: HALL, url: URL_ })).rejects.toMatchObject({
      reason: 'cover-open',
      phase: 'during-job',
    });
  });
});

describe('unplug and replug', () => {
  it('reports no answer while unplugged and prints again after replug without a restart', async () => {
    await printer.printTest({ hallName: HALL, url: URL_ });
    await emulator.waitForCuts(1);

    // Unplug: the emulator and the PTY pair go away; the printer object stays.
    await emulator.close();
    await pair.close();
    const unplugged = await printer.status();
    expect(unplugged).toMatchObject({ state: 'no-answer', connected: false });
    await expect(printer.printTest({ hallName: HALL, url: URL_ })).rejects.toMatchObject({
      reason: 'no-answer',
      phase: 'before-job',
    });

    // Replug: a new PTY pair at the same paths.
    pair = await startPtyPair({ dir: pair.dir });
    emulator = await EscPosEmulator.open(pair.b);
    expect(await printer.status()).toMatchObject({ state: 'ready', connected: true });
    const result = await printer.printTest({ hallName: HALL, url: URL_ });
    expect(result.status.state).toBe('ready');
    const elements = await emulator.waitForCuts(1);
    expect(texts(elements).some((l) => l.text === HALL)).toBe(true);
  });

  it('recovers when the printer is replugged between two uses (stale handle)', async () => {
    expect((await printer.status()).state).toBe('ready');
    await emulator.close();
    await pair.close();
    pair = await startPtyPair({ dir: pair.dir });
    emulator = await EscPosEmulator.open(pair.b);
    const result = await printer.printTest({ hallName: HALL, url: URL_ });
    expect(result.status.state).toBe('ready');
    await emulator.waitForCuts(1);
  });
});

describe('CLI', () => {
  function capture(): {
    io: { out: (s: string) => void; err: (s: string) => void };
    out: string[];
    err: string[];
  } {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (s) => out.push(s), err: (s) => err.push(s) }, out, err };
  }

  it('printer test prints the test receipt and exits 0', async () => {
    const c = capture();
    const code = await printerCommand(['test', '--port', pair.a, '--baud', '115200', '--hall', HALL], c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(c.out.join('\n')).toMatch(/已打印测试凭条 \/ test receipt printed/);
    const elements = await emulator.waitForCuts(1);
    expect(texts(elements).some((l) => l.text === HALL)).toBe(true);
    expect(elements.some((e) => e.kind === 'qr')).toBe(true);
  });

  it('printer test exits non-zero with one Chinese + English line when not ready', async () => {
    emulator.setState('paper-out');
    const c = capture();
    const code = await printerCommand(['test', '--port', pair.a], c.io);
    expect(code).toBe(1);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/缺纸.*paper/);
    expect(emulator.jobBytes).toBe(0);
  });

  it('printer status and usage errors', async () => {
    const ok = capture();
    expect(await printerCommand(['status', `--port=${pair.a}`], ok.io)).toBe(0);
    expect(ok.out).toEqual(['打印机就绪 / Printer ready']);
    const usage = capture();
    expect(await printerCommand(['test'], usage.io)).toBe(2);
    expect(usage.err.join('\n')).toMatch(/--port/);
    expect(await printerCommand(['print'], capture().io)).toBe(2);
    expect(await printerCommand(['test', '--port', pair.a, '--baud', 'fast'], capture().io)).toBe(2);
  });

  it('ports lists serial ports, and says PTYs are not listed when there are none', async () => {
    const real = capture();
    expect(await portsCommand([], real.io)).toBe(0);
    expect(real.out.join('\n')).not.toContain(pair.a);
    const none = capture();
    expect(await portsCommand([], none.io, { list: () => Promise.resolve([]) })).toBe(0);
    expect(none.out.join('\n')).toMatch(/PTY/);
    const some = capture();
    const list = (): Promise<{ path: string; manufacturer: string; vendorId: string; productId: string }[]> =>
      Promise.resolve([{ path: '/dev/ttyUSB0', manufacturer: 'FTDI', vendorId: '0403', productId: '6001' }]);
    expect(await portsCommand([], some.io, { list })).toBe(0);
    expect(some.out.join('\n')).toMatch(/\/dev\/ttyUSB0\tFTDI\t0403:6001/);
    expect(await portsCommand(['--bogus'], capture().io)).toBe(2);
  });
});
