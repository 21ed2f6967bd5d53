/**
 * A kiosk whose PC clock is wrong (dead CMOS battery, drift), run under libfaketime at −3 years, −2 days
 * and +1 day against a district server on the right time: it takes the server's time from the first
 * heartbeat, shows both clocks on the admin screen, numbers a submission by the real China date, and
 * its outbox still drains (the retry schedule does not wait for a wrong date).
 */
import { AdminPin } from '../../src-main/services/admin/admin-pin.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyncContext } from '../../src-main/cli/sync-context.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { chinaDay } from '../../src-main/store/outbox.repository.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startHarness, type Harness } from '../server/server-harness.js';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const data = tempDir('fault-clock');
let district: Harness;
let url: string;

beforeAll(async () => {
  district = await startHarness();
  // The server on the real time (the harness's clock is fixed for its route tests).
  Object.defineProperty(district.clock, 'now', { get: () => new Date() });
  url = await district.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await district?.close();
  data.remove();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The hall's admin PIN this test sets after provisioning. */
const HALL_PIN = '380624';

interface Overview {
  clock: { corrected: boolean; offsetMs: number; localTime: string; kioskTime: string };
}

describe.each([
  { skew: '-1095d', days: -1095 },
  { skew: '-2d', days: -2 },
  { skew: '+1d', days: 1 },
])('a kiosk whose clock is $skew off', ({ skew, days }) => {
  it(
    'goes by the server time, shows it to admin, numbers and drains by it',
    { timeout: 120_000 },
    async () => {
      const dir = path.join(data.dir, skew);
      const ctx = openSyncContext(dir, { log: silentLogger() });
      await ctx.sync.provision(url, await district.issueCode());
      // A provisioned kiosk refuses the demo PIN: the hall's own PIN, as the first admin entry sets it.
      await new AdminPin(new SettingsRepository(ctx.db)).set(HALL_PIN);
      await ctx.close();
      const before = await district.count('submissions');

      const kiosk: KioskProcess = startKioskProcess({
        dataDir: dir,
        from: 'src',
        env: {
          LD_PRELOAD: LIBFAKETIME,
          FAKETIME: skew,
          // Timers (idle, retries) keep the real monotonic clock, as on a PC whose wall clock is wrong.
          FAKETIME_DONT_FAKE_MONOTONIC: '1',
          KIOSK_LOG_LEVEL: 'warn',
        },
      });
      try {
        await kiosk.appUrl;
        expect((await kiosk.call('admin.enter', { pin: HALL_PIN })).ok).toBe(true);
        const overview = await until(
          async () => ((await kiosk.call('admin.overview')) as { value: Overview }).value,
          (o) => o.clock.corrected,
          'the clock correction',
        );
        const offsetDays = overview.clock.offsetMs / 86_400_000;
        expect(offsetDays).toBeCloseTo(-days, 1);
        expect(Math.abs(Date.parse(overview.clock.kioskTime) - Date.now())).toBeLessThan(60_000);
        expect(
          Math.abs(Date.parse(overview.clock.localTime) - (Date.now() + days * 86_400_000)),
        ).toBeLessThan(60_000);
        await kiosk.call('admin.exit');

        const answer = (await kiosk.call('complaint.submit', {
          category: '意见建议',
          text: '增加座椅',
          anonymous: true,
        })) as { ok: boolean; value: { trackingNumber: string; submittedAt: string } };
        expect(answer.ok).toBe(true);
        expect(answer.value.trackingNumber).toContain(chinaDay(new Date()));
        expect(Math.abs(Date.parse(answer.value.submittedAt) - Date.now())).toBeLessThan(60_000);

        await kiosk.call('sync.now');
        await until(
          () => district.count('submissions'),
          (n) => n > before,
          'the submission to reach the server',
        );
      } finally {
        await kiosk.stop();
      }
    },
  );
});
