/**
 * 设备 on both stores: online/offline from the heartbeat, health problems and the 需要处理 filter, an
 * enrollment code a kiosk can enroll with (as `code issue`), revocation (the device's token stops
 * working), hall scoping; and 5,000 kiosks paged 50 at a time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DevicesAnswer, EnrollmentCodeAnswer } from '../../src-server/console/console-api.types.js';
import { SqliteDistrictStore } from '../../src-server/store/sqlite.store.js';
import { HALL_B, startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { HALL, STORE_KINDS } from './server-harness.js';

let h: ConsoleHarness;
afterEach(async () => h?.close());

describe.each(STORE_KINDS)('设备 (%s)', (kind) => {
  it('shows health and the 需要处理 filter, issues codes, revokes', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const staff = await h.login('zhanzhang');
    const healthy = await h.kiosk();
    const noPaper = await h.kiosk();
    await h.kiosk(); // never sent a heartbeat
    await h.kiosk(HALL_B.code); // another hall's
    await h.client(healthy.token).heartbeat({
      appVersion: '0.2.0',
      health: { printer: { paper: 'ok' } },
      outboxDepth: 0,
      catalogVersion: 3,
    });
    await h.client(noPaper.token).heartbeat({
      appVersion: '0.2.0',
      health: { printer: { state: 'paper-out', paper: 'out', coverOpen: true } },
      outboxDepth: 4,
      catalogVersion: 3,
    });

    const all = (await staff.get('/console/api/devices')).json<DevicesAnswer>();
    expect(all.total).toBe(3);
    expect(all.attention).toBe(2);
    const byId = new Map(all.rows.map((d) => [d.deviceId, d]));
    expect(byId.get(healthy.deviceId)).toMatchObject({
      online: true,
      appVersion: '0.2.0',
      catalogVersion: 3,
      problems: [],
    });
    expect(byId.get(noPaper.deviceId)?.problems).toEqual(['打印机缺纸', '打印机盖未关']);
    const attention = (await staff.get('/console/api/devices?attention=1')).json<DevicesAnswer>();
    expect(attention.rows.map((d) => d.problems[0])).toEqual(
      expect.arrayContaining(['打印机缺纸', '从未上线']),
    );

    // Three minutes without a heartbeat: offline.
    h.clock.now = new Date(h.clock.now.getTime() + 3 * 60_000);
    const later = (await staff.get('/console/api/devices')).json<DevicesAnswer>();
    expect(later.rows.find((d) => d.deviceId === healthy.deviceId)).toMatchObject({
      online: false,
      problems: ['离线'],
    });

    const issued = await staff.post('/console/api/devices/codes', {});
    expect(issued.statusCode).toBe(200);
    const code = issued.json<EnrollmentCodeAnswer>();
    expect(code.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(code.qrSvg).toContain('<svg');
    const enrolled = await h.client().enroll(code.code, { appVersion: '0.1.0', hostname: 'new-kiosk' });
    expect(enrolled.hall.code).toBe(HALL.code);
    expect((await staff.post('/console/api/devices/codes', { hall: HALL_B.code })).statusCode).toBe(403);

    expect((await staff.post(`/console/api/devices/${noPaper.deviceId}/revoke`)).statusCode).toBe(200);
    await expect(
      h
        .client(noPaper.token)
        .heartbeat({ appVersion: '0.2.0', health: {}, outboxDepth: 0, catalogVersion: 3 }),
    ).rejects.toThrow();
    const other =
      (await h.rows<{ id: string }>('SELECT id FROM devices WHERE hall_code = ?', HALL_B.code))[0]?.id ?? '';
    expect((await staff.post(`/console/api/devices/${other}/revoke`)).statusCode).toBe(404);
    const audit = await h.rows<{ action: string }>('SELECT action FROM console_audit ORDER BY seq');
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['device.code', 'device.revoke']));
  });
});

describe('设备 with 5,000 kiosks (sqlite)', () => {
  it('pages 50 at a time', async () => {
    h = await startConsoleHarness('sqlite');
    await h.createUser('quzhang', 'district');
    const staff = await h.login('quzhang');
    if (!(h.store instanceof SqliteDistrictStore)) throw new Error('sqlite expected');
    h.store.database.exec(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
      INSERT INTO devices (id, hall_code, token_hash, info, enrolled_at, heartbeat_at, heartbeat_app_version,
                           heartbeat_outbox_depth, heartbeat_catalog_version, heartbeat_health)
      SELECT printf('kiosk-%05d', i), CASE WHEN i % 2 = 0 THEN '${HALL.code}' ELSE '${HALL_B.code}' END,
             printf('hash-%05d', i), '{"hostname":"k"}', '2026-11-01T00:00:00.000Z',
             CASE WHEN i % 10 = 0 THEN '2026-11-20T00:00:00.000Z' ELSE '${h.clock.now.toISOString()}' END,
             '0.2.0', i % 3, 3, '{}'
        FROM n`);
    const first = (await staff.get('/console/api/devices')).json<DevicesAnswer>();
    expect(first.total).toBe(5000);
    expect(first.rows).toHaveLength(50);
    expect(first.attention).toBe(500);
    const last = (await staff.get('/console/api/devices?page=100')).json<DevicesAnswer>();
    expect(last.rows).toHaveLength(50);
    expect(new Set([...first.rows, ...last.rows].map((d) => d.deviceId)).size).toBe(100);
    const attention = (await staff.get('/console/api/devices?attention=1&page=10')).json<DevicesAnswer>();
    expect(attention.total).toBe(500);
    expect(attention.rows.every((d) => d.problems.includes('离线'))).toBe(true);
  });
});
