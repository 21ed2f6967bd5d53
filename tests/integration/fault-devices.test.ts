/**
 * Devices that come and go under a running kiosk (createKioskApp, the real printer driver on a socat PTY
 * with the ESC/POS emulator): the printer unplugged in the middle of a receipt, and paper running out
 * in the middle of one. The citizen's call returns (nothing hangs) with a clear Chinese message, the
 * receipt is in the reprint queue, the kiosk notices the printer back without a restart and prints.
 */
import path from 'node:path';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import type { DevicesStatus } from '../../src-main/contract/devices.types.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { EscPosEmulator } from '../emulators/escpos-emulator.js';
import { IdCardEmulator, RESIDENT_CARD } from '../emulators/idcard-emulator.js';
import { startPtyPair, type PtyPair } from '../emulators/pty-pair.js';
import { tempDir } from '../helpers/temp-dir.js';

const tmp = tempDir('fault-devices');
afterAll(() => tmp.remove());

const complaint = { category: '意见建议', text: '增加座椅', anonymous: true };

async function plugPrinter(dir: string): Promise<{ pair: PtyPair; emulator: EscPosEmulator }> {
  const pair = await startPtyPair({ dir, names: ['printer', 'printer-emu'] });
  // Paced at 9600 baud: a receipt takes long enough on the wire to be cut off in the middle.
  const emulator = await EscPosEmulator.open(pair.b, { baudRate: 9600, pace: true });
  return { pair, emulator };
}

async function printerState(
  app: KioskApp,
  wanted: (s: DevicesStatus['printer']) => boolean,
): Promise<number> {
  const start = Date.now();
  for (;;) {
    const status = (await app.dispatch('devices.status', {})) as { ok: true; value: DevicesStatus };
    if (wanted(status.value.printer)) return Date.now() - start;
    if (Date.now() - start > 30_000)
      throw new Error(`printer never reached the state: ${JSON.stringify(status.value.printer)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function queued(dataDir: string): Array<{ n: string; reason: string }> {
  const db = new Database(path.join(dataDir, 'kiosk.db'), { readonly: true });
  try {
    return db
      .prepare('SELECT local_number AS n, reason FROM pending_receipts WHERE printed_at IS NULL ORDER BY id')
      .all() as Array<{ n: string; reason: string }>;
  } finally {
    db.close();
  }
}

describe('the receipt printer comes and goes', () => {
  it(
    'unplugged mid-receipt: a clear message, the reprint queue, and back without a restart',
    { timeout: 120_000 },
    async () => {
      const dir = path.join(tmp.dir, 'unplug');
      const ports = path.join(tmp.dir, 'unplug-ports');
      let rig = await plugPrinter(ports);
      const app = createKioskApp({
        dataDir: dir,
        log: silentLogger(),
        config: { simulatedDevices: false, printerPort: rig.pair.a, readerPort: '' },
      });
      try {
        await printerState(app, (p) => p.state === 'ready');
        const submitted = app.dispatch('complaint.submit', complaint);
        // The first bytes of the receipt are on the wire: pull the cable.
        await once(rig.emulator, 'job-bytes');
        await rig.emulator.close();
        await rig.pair.close();

        const answer = (await submitted) as {
          ok: true;
          value: { trackingNumber: string; receipt: { printed: boolean; message?: string } };
        };
        expect(answer.ok).toBe(true);
        expect(answer.value.receipt.printed).toBe(false);
        expect(answer.value.receipt.message).toMatch(/已交工作人员补打/);
        expect(queued(dir)).toEqual([{ n: answer.value.trackingNumber, reason: 'DEVICE' }]);
        const noticedGone = await printerState(app, (p) => p.state !== 'ready');
        console.log(`printer unplug noticed after ${noticedGone} ms`);

        rig = await plugPrinter(ports);
        const noticedBack = await printerState(app, (p) => p.state === 'ready');
        console.log(`printer replug noticed after ${noticedBack} ms`);
        const again = (await app.dispatch('complaint.submit', complaint)) as {
          ok: true;
          value: { receipt: { printed: boolean } };
        };
        expect(again.value.receipt.printed).toBe(true);
        await rig.emulator.waitForCuts(1, 30_000);
      } finally {
        await app.devices.close();
        app.close();
        await rig.emulator.close();
        await rig.pair.close();
      }
    },
  );

  it(
    'paper out mid-receipt: a clear message, the reprint queue, printing again once paper is in',
    { timeout: 120_000 },
    async () => {
      const dir = path.join(tmp.dir, 'paper');
      const rig = await plugPrinter(path.join(tmp.dir, 'paper-ports'));
      const app = createKioskApp({
        dataDir: dir,
        log: silentLogger(),
        config: { simulatedDevices: false, printerPort: rig.pair.a, readerPort: '' },
      });
      try {
        await printerState(app, (p) => p.state === 'ready');
        rig.emulator.failDuringNextJob('paper-out', 2);
        const answer = (await app.dispatch('complaint.submit', complaint)) as {
          ok: true;
          value: { trackingNumber: string; receipt: { printed: boolean; message?: string } };
        };
        expect(answer.value.receipt.printed).toBe(false);
        expect(answer.value.receipt.message).toMatch(/纸|补打/);
        expect(queued(dir)).toEqual([{ n: answer.value.trackingNumber, reason: 'DEVICE' }]);
        await printerState(app, (p) => p.state === 'paper-out');

        rig.emulator.setState('ready');
        await printerState(app, (p) => p.state === 'ready');
        rig.emulator.clear();
        const again = (await app.dispatch('complaint.submit', complaint)) as {
          ok: true;
          value: { receipt: { printed: boolean } };
        };
        expect(again.value.receipt.printed).toBe(true);
      } finally {
        await app.devices.close();
        app.close();
        await rig.emulator.close();
        await rig.pair.close();
      }
    },
  );
});

describe('the ID-card reader comes and goes', () => {
  it(
    'unplugged mid-read: a clear message, nothing hangs, reads again after replug',
    { timeout: 120_000 },
    async () => {
      const dir = path.join(tmp.dir, 'reader');
      const ports = path.join(tmp.dir, 'reader-ports');
      const plug = async (card: boolean): Promise<{ pair: PtyPair; emulator: IdCardEmulator }> => {
        const pair = await startPtyPair({ dir: ports, names: ['reader', 'reader-emu'] });
        const emulator = await IdCardEmulator.open(pair.b);
        if (card) emulator.insertCard(RESIDENT_CARD);
        return { pair, emulator };
      };
      let rig = await plug(false);
      const app = createKioskApp({
        dataDir: dir,
        log: silentLogger(),
        config: { simulatedDevices: false, readerPort: rig.pair.a, printerPort: '' },
      });
      const readerState = async (wanted: (state: string) => boolean): Promise<number> => {
        const start = Date.now();
        for (;;) {
          const status = (await app.dispatch('devices.status', {})) as { ok: true; value: DevicesStatus };
          if (wanted(status.value.reader.state)) return Date.now() - start;
          if (Date.now() - start > 30_000) throw new Error(`reader stuck in ${status.value.reader.state}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      try {
        await readerState((s) => s === 'ready');
        await app.dispatch('session.activity', {});
        // The card's text comes back in 64-byte pieces 100 ms apart: the cable is pulled mid-answer.
        Object.assign(rig.emulator.behaviour, { chunked: true, maxChunk: 64, chunkGapMs: 100 });
        const pulled = new Promise<void>((resolve) =>
          rig.emulator.on('command', (name) => {
            if (name === 'readText' || name === 'readWithFingerprint') resolve();
          }),
        );
        rig.emulator.insertCard(RESIDENT_CARD);
        await pulled;
        await rig.emulator.close();
        await rig.pair.close();
        const noticedGone = await readerState((s) => s === 'disconnected');
        console.log(`reader unplug mid-read noticed after ${noticedGone} ms`);
        const failed = (await app.dispatch('devices.readCard', {})) as {
          ok: boolean;
          error?: { code: string; message: string };
        };
        expect(failed.ok).toBe(false);
        expect(failed.error?.code).toBe('DEVICE');
        expect(failed.error?.message).toMatch(/[\u4e00-\u9fff]/);
        console.log(`reader unplugged, readCard answered: ${failed.error?.message}`);

        rig = await plug(true);
        const noticedBack = await readerState((s) => s === 'card-present');
        console.log(`reader replug noticed after ${noticedBack} ms`);
        const again = (await app.dispatch('devices.readCard', {})) as {
          ok: boolean;
          value?: { name: string };
        };
        expect(again.ok).toBe(true);
        expect(again.value?.name).toBe(RESIDENT_CARD.name);
      } finally {
        await app.devices.close();
        app.close();
        await rig.emulator.close();
        await rig.pair.close();
      }
    },
  );
});
