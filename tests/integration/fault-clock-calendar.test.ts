/**
 * The hall's calendar under a wrong or awkward clock, with the kiosk as a real process under libfaketime:
 * - a demo kiosk (no district to correct it) at chosen China times — a holiday, 23:59 on the Sunday before
 *   a working Monday, that Monday morning — tells the hall's opening state by that date, and dates a
 *   submission by the China day it was made (23:59:30 is still Sunday);
 * - a provisioned kiosk whose PC clock is two days behind tells opening hours and offers booking days by
 *   the district's time once its heartbeat corrected it, not by the PC's date;
 * - the idle timer warns and ends a citizen's session whether the wall clock is frozen three years back
 *   or runs across midnight (it runs on the monotonic clock).
 * (fault-wrong-clock.test.ts covers numbering, the admin screen and the outbox at −3 years, −2 and +1 day.)
 */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyncContext } from '../../src-main/cli/sync-context.js';
import type { AppInfo } from '../../src-main/contract/types.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { AdminPin } from '../../src-main/services/admin/admin-pin.js';
import { nextOpenDays } from '../../src-main/services/appointment/working-days.js';
import { configSchema } from '../../src-main/services/config/config.schema.js';
import { ConfigService } from '../../src-main/services/config/config.service.js';
import { openingState } from '../../src-main/services/hall/opening-hours.js';
import { openDatabase } from '../../src-main/store/database.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { startKioskProcess, type KioskProcess } from '../helpers/kiosk-process.js';
import { tempDir } from '../helpers/temp-dir.js';
import { startHarness, type Harness } from '../server/server-harness.js';

const LIBFAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const data = tempDir('fault-calendar');
afterAll(() => data.remove());

/** The kiosk under libfaketime: `faketime` is libfaketime's FAKETIME (absolute and frozen, or an offset). */
function kioskAt(dir: string, faketime: string): KioskProcess {
  return startKioskProcess({
    dataDir: dir,
    from: 'src',
    env: {
      LD_PRELOAD: LIBFAKETIME,
      FAKETIME: faketime,
      TZ: 'UTC',
      // Timers (idle, retries) keep the real monotonic clock, as on a PC whose wall clock is wrong.
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      KIOSK_LOG_LEVEL: 'warn',
    },
  });
}

async function info(kiosk: KioskProcess): Promise<AppInfo> {
  const answer = (await kiosk.call('app.info')) as { ok: boolean; value: AppInfo };
  expect(answer.ok).toBe(true);
  return answer.value;
}

describe('a demo kiosk at chosen China times (frozen clock)', () => {
  const HOLIDAYS = ['2026-10-01', '2026-10-02'];

  it.each([
    {
      what: 'National Day (a Thursday, set as a holiday) at 10:00',
      utc: '2026-10-01 02:00:00',
      hours: { today: null, openNow: false, nextOpening: '后天 09:00' },
    },
    {
      what: 'Sunday 23:59:30 before a working Monday',
      utc: '2026-11-29 15:59:30',
      hours: { today: null, openNow: false, nextOpening: '明天 08:30' },
      day: '20261129',
    },
    {
      what: 'that Monday at 09:00',
      utc: '2026-11-30 01:00:00',
      hours: { today: '08:30-12:00、13:30-17:30', openNow: true, nextOpening: null },
      day: '20261130',
    },
  ])('$what', async ({ utc, hours, day }) => {
    const dir = path.join(data.dir, utc.replaceAll(/\D/g, ''));
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    new ConfigService(new SettingsRepository(db)).update({ holidays: HOLIDAYS });
    db.close();
    const kiosk = kioskAt(dir, utc);
    try {
      await kiosk.appUrl;
      const answer = await info(kiosk);
      expect(answer.hours).toMatchObject(hours);
      if (!hours.openNow) expect(answer.hours.closedNotice).toContain(hours.nextOpening);
      if (day) {
        const complaint = (await kiosk.call('complaint.submit', {
          category: '意见建议',
          text: '增加座椅',
          anonymous: true,
        })) as { ok: boolean; value: { trackingNumber: string } };
        expect(complaint.ok).toBe(true);
        expect(complaint.value.trackingNumber).toContain(day);
      }
    } finally {
      await kiosk.stop();
    }
  });
});

describe('a provisioned kiosk two days behind', () => {
  let district: Harness;
  let url: string;
  beforeAll(async () => {
    district = await startHarness();
    // The server on the real time (the harness's clock is fixed for its route tests).
    Object.defineProperty(district.clock, 'now', { get: () => new Date() });
    url = await district.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(() => district?.close());

  it('tells opening hours and offers booking days by the district time', { timeout: 120_000 }, async () => {
    const dir = path.join(data.dir, 'behind');
    const ctx = openSyncContext(dir, { log: silentLogger() });
    await ctx.sync.provision(url, await district.issueCode());
    await new AdminPin(new SettingsRepository(ctx.db)).set('380624');
    await ctx.close();

    const kiosk = kioskAt(dir, '-2d');
    try {
      await kiosk.appUrl;
      // Wait for the heartbeat's correction (the admin overview shows it).
      expect((await kiosk.call('admin.enter', { pin: '380624' })).ok).toBe(true);
      const deadline = Date.now() + 30_000;
      for (;;) {
        const overview = (await kiosk.call('admin.overview')) as { value: { clock: { corrected: boolean } } };
        if (overview.value.clock.corrected) break;
        if (Date.now() > deadline) throw new Error('the kiosk never took the district time');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await kiosk.call('admin.exit');

      const calendar = configSchema.parse({});
      const truth = openingState(calendar, new Date());
      expect((await info(kiosk)).hours).toEqual({
        today: truth.todayHours,
        openNow: truth.openNow,
        nextOpening: truth.nextOpening,
        closedNotice: truth.closedNotice,
      });

      const slots = (await kiosk.call('appointment.slots', { itemId: 'elder-card' })) as {
        ok: boolean;
        value: { days: Array<{ date: string }> };
        error?: unknown;
      };
      expect(slots.ok, JSON.stringify(slots.error)).toBe(true);
      expect(slots.value.days[0]?.date).toBe(nextOpenDays(calendar, new Date(), 1)[0]);
    } finally {
      await kiosk.stop();
    }
  });
});

/** Resolves with the event stream's frames up to and including the first `session.ended`. */
function untilSessionEnded(kiosk: KioskProcess): Promise<string> {
  return (async () => {
    const url = new URL(await kiosk.appUrl);
    const cookie = await kiosk.cookie();
    return new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: url.hostname, port: url.port, path: '/api/events', headers: { cookie } },
        (res) => {
          let frames = '';
          res.on('data', (chunk: Buffer) => {
            frames += chunk.toString();
            if (frames.includes('event: session.ended')) {
              req.destroy();
              resolve(frames);
            }
          });
          // Connected: now start the session the timer is to end.
          res.once('data', () => void kiosk.call('session.activity'));
        },
      );
      req.on('error', reject);
    });
  })();
}

describe('the idle timer under a wrong wall clock', () => {
  it.each([
    { what: 'frozen three years back', faketime: '2023-12-06 02:00:00' },
    { what: 'running across China midnight', faketime: '@2026-11-29 15:59:58' },
  ])('warns and ends an idle session with the clock $what', async ({ faketime }) => {
    const dir = path.join(data.dir, `idle-${faketime.replaceAll(/\D/g, '')}`);
    const db = openDatabase(path.join(dir, 'kiosk.db'));
    new ConfigService(new SettingsRepository(db)).update({ idleTimeoutSec: 3, countdownSec: 3 });
    db.close();
    const kiosk = kioskAt(dir, faketime);
    try {
      const frames = await untilSessionEnded(kiosk);
      expect(frames).toContain('event: session.warning\ndata: {"countdownSec":3}');
      expect(frames).toContain('event: session.ended\ndata: {"reason":"idle"}');
      expect(frames.indexOf('session.warning')).toBeLessThan(frames.indexOf('session.ended'));
    } finally {
      await kiosk.stop();
    }
  });
});
