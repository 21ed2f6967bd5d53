/**
 * Case statuses and the heartbeat against the real server: the statuses of this kiosk's submissions are
 * pulled and kept with their history; finished cases are not asked again; the server's kiosk list shows
 * the heartbeat with the outbox depth and catalog version.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CaseStatusRepository } from '../../src-main/store/case-status.repository.js';
import { runCli } from '../../src-server/cli/cli.js';
import { startSyncRig, type SyncRig } from './sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const quiet = { out: () => undefined, err: () => undefined };

describe('case statuses and heartbeat', () => {
  it('pulls the statuses of this kiosk’s cases with their history', async () => {
    rig = await startSyncRig();
    await rig.provision({ start: false }); // rounds driven by the test
    const rows = rig.enqueue(3);
    expect((await rig.kiosk.sync.runRound()).cases).toEqual({ asked: 3, received: 3, changed: 3 });
    const numbers = rows.map((r) => rig!.kiosk.outbox.get(r.id)!.caseNumber!);
    const db = ['--db', rig.district.db];
    expect(await runCli(['case', 'set', numbers[0]!, '已受理', ...db], { io: quiet })).toBe(0);
    expect(await runCli(['case', 'set', numbers[1]!, '办理中', ...db], { io: quiet })).toBe(0);
    expect(
      await runCli(['case', 'set', numbers[1]!, '已办结', '--note', '已发放', ...db], { io: quiet }),
    ).toBe(0);

    const round = await rig.kiosk.sync.runRound(['cases']);
    expect(round.cases).toEqual({ asked: 3, received: 3, changed: 2 });
    expect(round.online).toBe(true);
    expect(rows.map((r) => rig!.kiosk.outbox.get(r.id)!.caseStatus)).toEqual(['已受理', '已办结', '已提交']);
    const history = new CaseStatusRepository(rig.kiosk.db).get(numbers[1]!)!;
    expect(history.status).toBe('已办结');
    expect(history.history.map((h) => h.status)).toEqual(['已提交', '办理中', '已办结']);
    expect(history.history.at(-1)).toMatchObject({ note: '已发放' });

    // A finished case is not asked about again; nothing changed, nothing counted.
    const again = await rig.kiosk.sync.runRound(['cases']);
    expect(again.cases).toEqual({ asked: 2, received: 2, changed: 0 });
  });

  it('the heartbeat reports version, outbox depth, catalog version and the real device health to the server', async () => {
    rig = await startSyncRig({ timings: { outboxMs: 60_000 } });
    await rig.provision({ start: false });
    await rig.kiosk.sync.runRound(['catalog']);
    rig.enqueue(2);
    await rig.kiosk.sync.runRound(['heartbeat']);
    const [kiosk] = await rig.district.store.listKiosks();
    expect(kiosk).toMatchObject({ appVersion: '0.1.0', outboxDepth: 2, catalogVersion: 1 });
    const database = rig.district.store.database;
    const health = (): Record<string, unknown> =>
      JSON.parse(
        database.prepare<[], { heartbeat_health: string }>('SELECT heartbeat_health FROM devices').get()!
          .heartbeat_health,
      ) as Record<string, unknown>;
    expect(health()).toMatchObject({
      uptimeSec: expect.any(Number),
      reader: { state: 'ready', simulated: true },
      printer: { state: 'ready', paper: 'ok', coverOpen: false, simulated: true },
      outbox: { pending: 2, dead: 0, oldestPendingAgeSec: expect.any(Number) },
      disk: { freeBytes: expect.any(Number), totalBytes: expect.any(Number) },
    });
    expect(health()).not.toHaveProperty('devices');

    // A printer out of paper in a village station is seen by the district at the next heartbeat.
    rig.kiosk.devices.simulateFailure({ printer: 'paper-out' });
    await rig.kiosk.sync.runRound(['heartbeat']);
    expect(health()).toMatchObject({ printer: { state: 'paper-out', paper: 'out' } });
  });
});
