/**
 * Submissions carry both of the kiosk's clocks: a kiosk whose PC clock is three years behind goes by
 * the district's time (kiosk-clock.ts) and hands each row in stamped with the PC's own time and the
 * time it went by, on a real SQLite outbox, through the real district client, to the reference server
 * listening on loopback — which stores both clocks with the case.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DistrictClient } from '../../src-main/district/district.client.js';
import { silentLogger } from '../../src-main/log/logger.js';
import { kioskClock } from '../../src-main/services/clock/kiosk-clock.js';
import { OutboxSender } from '../../src-main/services/sync/outbox-sender.js';
import { openDatabase } from '../../src-main/store/database.js';
import { fileDeviceKey } from '../../src-main/store/device-key.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { startHarness, type Harness } from '../server/server-harness.js';
import { tempDir } from '../helpers/temp-dir.js';
import { declarationPayload, helpPayload } from '../helpers/outbox-payloads.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('submissions stamped with both clocks', () => {
  it('a kiosk three years behind sends its PC time and the district-corrected time with each row', async () => {
    const h: Harness = await startHarness('sqlite');
    cleanups.push(() => h.close());
    const server = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const { deviceToken } = await h.enroll();

    // The PC's clock: three years and a day behind the district's (a dead CMOS battery).
    const pcNow = new Date('2023-11-24T02:00:00.000Z');
    const clock = kioskClock(() => pcNow);
    expect(clock.observe(h.clock.now.toISOString(), pcNow, pcNow)).toBe(true);

    const t = tempDir('clocks');
    const db = openDatabase(path.join(t.dir, 'kiosk.db'));
    cleanups.push(t.remove, () => void db.close());
    const outbox = new OutboxRepository(
      db,
      fileDeviceKey(t.dir),
      () => 'ZCKL01',
      clock.now,
      () => pcNow,
    );
    const row = outbox.enqueue({
      kind: 'declaration',
      itemId: 'pension-enroll',
      payload: declarationPayload({ itemId: 'pension-enroll', fields: { note: '测试' } }),
      summary: { itemName: '城乡居民养老保险参保登记' },
    });
    expect(row.createdAt).toBe(h.clock.now.toISOString());
    // The kiosk's number follows the district's date, not the PC's.
    expect(row.localNumber).toMatch(/^ZCKL0120261125\d{4}$/);

    const bodies: unknown[] = [];
    const client = new DistrictClient({
      baseUrl: server,
      token: deviceToken,
      fetch: (input, init) => {
        if (typeof init.body === 'string') bodies.push(JSON.parse(init.body));
        return fetch(input, init);
      },
    });
    const sender = new OutboxSender({ outbox, log: silentLogger(), now: clock.now, random: () => 0.5 });
    const result = await sender.drain(client);
    expect(result).toMatchObject({ attempted: 1, sent: 1, dead: 0 });

    expect(bodies).toEqual([
      {
        submissions: [
          {
            idempotencyKey: row.idempotencyKey,
            kind: 'declaration',
            clocks: { v: 1, kioskLocal: '2023-11-24T02:00:00.000Z', kioskTime: '2026-11-25T02:00:00.000Z' },
            payload: declarationPayload({ itemId: 'pension-enroll', fields: { note: '测试' } }),
          },
        ],
      },
    ]);
    expect(outbox.get(row.id)).toMatchObject({ state: 'sent', caseNumber: expect.stringMatching(/^ZC2026/) });
    // The district stores both clocks beside its own receipt time.
    const stored = await h.rows<{ case_number: string; kiosk_local_at: string; kiosk_time_at: string }>(
      'SELECT case_number, kiosk_local_at, kiosk_time_at FROM submissions',
    );
    expect(stored).toEqual([
      {
        case_number: outbox.get(row.id)?.caseNumber,
        kiosk_local_at: '2023-11-24T02:00:00.000Z',
        kiosk_time_at: '2026-11-25T02:00:00.000Z',
      },
    ]);
  });

  it('a kiosk on time sends the same time twice', () => {
    const t = tempDir('clocks-ok');
    const db = openDatabase(path.join(t.dir, 'kiosk.db'));
    cleanups.push(t.remove, () => void db.close());
    const now = new Date('2026-11-25T02:00:00.000Z');
    const clock = kioskClock(() => now);
    clock.observe('2026-11-25T02:01:00.000Z', now, now); // within the tolerance: no correction
    const outbox = new OutboxRepository(
      db,
      fileDeviceKey(t.dir),
      () => 'ZCKL01',
      clock.now,
      () => now,
    );
    const row = outbox.enqueue({ kind: 'help', payload: helpPayload(), summary: {} });
    expect(row.summary.localAt).toBe(row.createdAt);
  });
});
