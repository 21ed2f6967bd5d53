/**
 * Device benchmark: the DeviceService in real mode against the reader and printer emulators over socat
 * PTY pairs, with the emulators pacing their lines at the configured baud (a PTY alone moves any amount
 * of bytes at once, which would make every figure meaningless).
 *
 * - ID card: time of devices.readCard() (find + select + read) against the wire time of the bytes of
 *   those three commands and answers (bytes × 10 bits / baud).
 * - Receipt: time from devices.print() to the last job byte received by the printer against the wire time
 *   of the job bytes (with the GS r end marker).
 * Target for both: ≤ 1.2 × wire time.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { encodeCommand, encodeResponse } from '../src-main/devices/idcard/idcard.protocol.js';
import { layoutReceipt, testReceipt } from '../src-main/devices/printer/receipt.layout.js';
import { silentLogger } from '../src-main/log/logger.js';
import { configSchema, type KioskConfig } from '../src-main/services/config/config.schema.js';
import { DeviceService } from '../src-main/services/devices/devices.service.js';
import { EventBus } from '../src-main/services/event-bus.js';
import { EscPosEmulator } from '../tests/emulators/escpos-emulator.js';
import { IdCardEmulator, RESIDENT_CARD } from '../tests/emulators/idcard-emulator.js';
import { startPtyPair } from '../tests/emulators/pty-pair.js';

export const DEVICE_TARGET_RATIO = 1.2;
const BAUD = 115200;
const CARD_READS = 20;
const RECEIPTS = 20;
const HALL = '淄川区昆仑镇便民服务中心';
const GS_R_BYTES = 3;

function wireMs(bytes: number, baud: number): number {
  return (bytes * 10 * 1000) / baud;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** Bytes on the wire for find + select + read (text and a 1024-byte photo), both directions. */
export function cardReadBytes(): number {
  const commands = ['findCard', 'selectCard', 'readText'] as const;
  const sent = commands.reduce((n, c) => n + encodeCommand(c).length, 0);
  const answers =
    encodeResponse(0x9f, new Uint8Array(4)).length +
    encodeResponse(0x90, new Uint8Array(8)).length +
    encodeResponse(0x90, new Uint8Array(4 + 256 + 1024)).length;
  return sent + answers;
}

function fixedConfig(config: KioskConfig): {
  get(): KioskConfig;
  onChange(): () => void;
} {
  return { get: () => config, onChange: () => () => undefined };
}

function waitFor<T>(
  subscribe: (done: (v: T) => void) => () => void,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`bench: no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = subscribe((v) => {
      clearTimeout(timer);
      off();
      resolve(v);
    });
  });
}

export async function benchDevices(): Promise<Record<string, unknown>> {
  const readerPair = await startPtyPair();
  const printerPair = await startPtyPair();
  const reader = await IdCardEmulator.open(readerPair.b, { baudRate: BAUD, pace: true });
  const printer = await EscPosEmulator.open(printerPair.b, { baudRate: BAUD, pace: true });
  const bus = new EventBus();
  const config = configSchema.parse({
    hallName: HALL,
    simulatedDevices: false,
    readerPort: readerPair.a,
    readerBaud: BAUD,
    printerPort: printerPair.a,
    printerBaud: BAUD,
  });
  const ready = waitFor<void>(
    (done) => bus.on('devices.state', (s) => s.reader.state === 'card-present' && done()),
    10_000,
    'reader with a card',
  );
  reader.insertCard(RESIDENT_CARD);
  const devices = new DeviceService({ config: fixedConfig(config), events: bus, log: silentLogger() });
  try {
    await ready;

    // ID card: find + select + read, as the identify step asks for it.
    const readBytes = cardReadBytes();
    const readWire = wireMs(readBytes, BAUD);
    await devices.readCard(); // warm-up
    const reads: number[] = [];
    for (let i = 0; i < CARD_READS; i++) {
      const t0 = performance.now();
      await devices.readCard();
      reads.push(performance.now() - t0);
    }

    // Receipt: from the call to the last byte of the job received by the printer.
    const lines = testReceipt({ hallName: HALL, url: 'https://zwfw.sd.gov.cn/', now: new Date() });
    const jobBytes = layoutReceipt(lines).length + GS_R_BYTES;
    const jobWire = wireMs(jobBytes, BAUD);
    await devices.print(lines); // warm-up (opens the port)
    // Where the fixed part of a print goes: laying the receipt out, and the status read before the job.
    const layouts: number[] = [];
    const statuses: number[] = [];
    for (let i = 0; i < RECEIPTS; i++) {
      const t0 = performance.now();
      layoutReceipt(lines);
      layouts.push(performance.now() - t0);
      const t1 = performance.now();
      await devices.status();
      statuses.push(performance.now() - t1);
    }
    const toLastByte: number[] = [];
    const toReturn: number[] = [];
    for (let i = 0; i < RECEIPTS; i++) {
      printer.clear();
      const lastByte = waitFor<number>(
        (done) => {
          const listener = (count: number): void => {
            if (count >= jobBytes) done(performance.now());
          };
          printer.on('job-bytes', listener);
          return () => printer.off('job-bytes', listener);
        },
        10_000,
        'end of the receipt job',
      );
      const t0 = performance.now();
      await devices.print(lines);
      const t1 = performance.now();
      toLastByte.push((await lastByte) - t0);
      toReturn.push(t1 - t0);
    }

    const idcard = {
      baud: BAUD,
      reads: CARD_READS,
      bytes: readBytes,
      wireMs: round(readWire),
      p50Ms: round(percentile(reads, 50)),
      p95Ms: round(percentile(reads, 95)),
      ratioP50: round(percentile(reads, 50) / readWire),
      ratioP95: round(percentile(reads, 95) / readWire),
      target: DEVICE_TARGET_RATIO,
      passP50: percentile(reads, 50) / readWire <= DEVICE_TARGET_RATIO,
      passP95: percentile(reads, 95) / readWire <= DEVICE_TARGET_RATIO,
    };
    const receipt = {
      baud: BAUD,
      jobs: RECEIPTS,
      bytes: jobBytes,
      wireMs: round(jobWire),
      p50Ms: round(percentile(toLastByte, 50)),
      p95Ms: round(percentile(toLastByte, 95)),
      ratioP50: round(percentile(toLastByte, 50) / jobWire),
      ratioP95: round(percentile(toLastByte, 95) / jobWire),
      /** Until print() resolved: adds the end-of-job answer and the status read after the job. */
      callP50Ms: round(percentile(toReturn, 50)),
      /** Fixed costs inside the measured time: layout (QR sizing, ESC/POS building) and the pre-job status read. */
      layoutP50Ms: round(percentile(layouts, 50)),
      statusReadP50Ms: round(percentile(statuses, 50)),
      target: DEVICE_TARGET_RATIO,
      passP50: percentile(toLastByte, 50) / jobWire <= DEVICE_TARGET_RATIO,
      passP95: percentile(toLastByte, 95) / jobWire <= DEVICE_TARGET_RATIO,
    };
    return { idcard, receipt };
  } finally {
    await devices.close();
    await reader.close();
    await printer.close();
    await readerPair.close();
    await printerPair.close();
  }
}

// `npx tsx bench/devices.bench.ts` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDevices()
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
