/**
 * The printed A4 guide of a kiosk whose PC clock is three years behind (libfaketime), once the kiosk has
 * taken the district server's time: the date printed on the page (read back with pdftotext from a real
 * CUPS with the cups-pdf backend) is today's China date, not the PC's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPrintTime } from '../../src-main/devices/a4/pdf-page.js';
import { openSyncContext } from '../../src-main/cli/sync-context.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { AdminPin } from '../../src-main/services/admin/admin-pin.js';
import { ConfigService } from '../../src-main/services/config/config.service.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { cupsPdfOutDir, startCups, TEXT_PRESERVING, until, type Cups } from '../helpers/cups.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { pdfText, squash } from '../unit/devices/a4/guide-test-item.js';
import { startHarness, type Harness } from '../server/server-harness.js';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const HALL_PIN = '380624';
const DAY_MS = 86_400_000;
const data = tempDir('fault-clock-print');
let district: Harness;
let url: string;
let cups: Cups;

beforeAll(async () => {
  cups = await startCups();
  district = await startHarness();
  // The server on the real time (the harness's clock is fixed for its route tests).
  Object.defineProperty(district.clock, 'now', { get: () => new Date() });
  url = await district.app.listen({ host: '127.0.0.1', port: 0 });
}, 60_000);
afterAll(async () => {
  await district?.close();
  await cups?.stop();
  data.remove();
}, 30_000);

/** The China calendar day of a time, as the guide prints it (YYYY-MM-DD). */
function chinaDate(date: Date): string {
  return formatPrintTime(date, 'Asia/Shanghai').slice(0, 10);
}

/** The cups-pdf output of CUPS job `jobNumber`, once complete. */
function printedFile(jobNumber: number, since: number): Promise<string> {
  const { dir } = cupsPdfOutDir(cups.queue);
  const name = new RegExp(`job_${jobNumber}(?!\\d).*\\.pdf$`);
  return until(`cups-pdf output of job ${jobNumber} in ${dir}`, 45_000, () => {
    if (!fs.existsSync(dir)) return undefined;
    for (const entry of fs.readdirSync(dir)) {
      if (!name.test(entry)) continue;
      const file = path.join(dir, entry);
      if (fs.statSync(file).mtimeMs < since - 1000) continue;
      if (/%%EOF\s*$/.test(fs.readFileSync(file).subarray(-64).toString('latin1'))) return file;
    }
    return undefined;
  });
}

describe('the printed guide of a kiosk whose clock is 3 years behind', () => {
  it('carries the corrected date, not the PC clock', { timeout: 150_000 }, async () => {
    const dir = path.join(data.dir, 'kiosk');
    const ctx = openSyncContext(dir, { log: silentLogger() });
    await ctx.sync.provision(url, await district.issueCode());
    await new AdminPin(new SettingsRepository(ctx.db)).set(HALL_PIN);
    new ConfigService(new SettingsRepository(ctx.db)).update({
      a4Queue: cups.queue,
      a4Server: cups.server ?? '',
      a4Options: TEXT_PRESERVING,
    });
    await ctx.close();

    const kiosk: KioskProcess = startKioskProcess({
      dataDir: dir,
      from: 'src',
      env: {
        LD_PRELOAD: LIBFAKETIME,
        FAKETIME: '-1095d',
        FAKETIME_DONT_FAKE_MONOTONIC: '1',
        KIOSK_LOG_LEVEL: 'warn',
      },
    });
    try {
      await kiosk.appUrl;
      expect((await kiosk.call('admin.enter', { pin: HALL_PIN })).ok).toBe(true);
      await until('the clock correction', 30_000, async () => {
        const o = (await kiosk.call('admin.overview')) as { value: { clock: { corrected: boolean } } };
        return o.value.clock.corrected ? true : undefined;
      });
      await kiosk.call('admin.exit');

      const popular = (await kiosk.call('catalog.popular')) as { value: Array<{ id: string }> };
      const itemId = popular.value[0]?.id;
      if (!itemId) throw new Error('the kiosk has no catalog item to print');
      const started = Date.now();
      const answer = (await kiosk.call('guide.print', { id: itemId })) as {
        ok: boolean;
        value: { requestId: string };
      };
      expect(answer.ok).toBe(true);
      const printed = await printedFile(Number(/-(\d+)$/.exec(answer.value.requestId)?.[1]), started);
      try {
        const text = squash(pdfText(printed));
        const today = chinaDate(new Date());
        const pcDay = chinaDate(new Date(Date.now() - 1095 * DAY_MS));
        expect(text).toContain(today);
        expect(text).not.toContain(pcDay);
      } finally {
        fs.rmSync(printed, { force: true });
      }
    } finally {
      await kiosk.stop();
    }
  });
});
