/**
 * The technician's commands against the real server over HTTP: `kiosk provision`, `kiosk sync`,
 * `kiosk status`, on a data folder of their own.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src-main/cli/main.js';
import { EnrollmentStore } from '../../src-main/services/sync/enrollment.store.js';
import { openDatabase } from '../../src-main/store/database.js';
import {
  deviceKeyState,
  fileDeviceKey,
  wrappedDeviceKey,
  type KeyWrapper,
} from '../../src-main/store/device-key.js';
import { open, seal } from '../../src-main/store/sealed-box.js';
import { createKioskApp } from '../../src-main/app.js';
import { OutboxRepository } from '../../src-main/store/outbox.repository.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { tempDir } from '../helpers/temp-dir.js';
import { catalogV1, HALL, startHarness, type Harness } from '../server/server-harness.js';
import { declarationPayload } from '../helpers/outbox-payloads.js';

let h: Harness;
let url: string;
let data: { dir: string; remove: () => void };
beforeEach(async () => {
  h = await startHarness();
  url = await h.app.listen({ host: '127.0.0.1', port: 0 });
  data = tempDir('cli-sync');
});
afterEach(async () => {
  await h.close();
  data.remove();
});

async function kiosk(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('kiosk provision / sync / status', () => {
  it('enrolls, applies the hall, pulls the catalog, syncs a round and reports its status', async () => {
    await h.publish(catalogV1());
    const refused = await kiosk('provision', '--server', url, '--code', 'ABCD-EFGH', '--data', data.dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('注册码不存在');

    const code = await h.issueCode();
    const done = await kiosk('provision', '--server', url, '--code', code.toLowerCase(), '--data', data.dir);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain(`服务中心 / hall: ${HALL.name}（${HALL.code}）`);
    expect(done.out).toContain('版本 1，64 个事项');

    const again = await kiosk(
      'provision',
      '--server',
      url,
      '--code',
      await h.issueCode(),
      '--data',
      data.dir,
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain('--force');

    // The token is sealed at rest: readable with the device key, absent in clear from the database files.
    const db = openDatabase(path.join(data.dir, 'kiosk.db'));
    const enrollment = new EnrollmentStore(new SettingsRepository(db), fileDeviceKey(data.dir)).get()!;
    expect(enrollment.deviceId).toBe((await h.store.listKiosks())[0]!.deviceId);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const files = fs.readdirSync(data.dir).filter((f) => f.startsWith('kiosk.db'));
    for (const f of files)
      expect(fs.readFileSync(path.join(data.dir, f)).includes(Buffer.from(enrollment.token)), f).toBe(false);
    const outbox = new OutboxRepository(db, fileDeviceKey(data.dir), () => HALL.code);
    const row = outbox.enqueue({
      kind: 'help',
      payload: {
        callId: 'c0ffee00-0000-4000-8000-000000000001',
        action: 'call',
        kiosk: 'K1',
        hall: HALL.code,
        screen: 'home',
        time: new Date().toISOString(),
      },
      summary: {},
    });
    db.close();

    const sync = await kiosk('sync', '--data', data.dir);
    expect(sync.code, sync.err).toBe(0);
    const summary = JSON.parse(sync.out) as Record<string, unknown>;
    expect(summary).toMatchObject({
      provisioned: true,
      online: true,
      unauthorized: false,
      catalog: { kind: 'unchanged', version: 1 },
      outbox: { sent: 1, dead: 0, offline: false },
      heartbeat: { serverCatalogVersion: 1 },
      status: { outbox: { pending: 0, sent: 1, dead: 0 } },
    });

    const status = await kiosk('status', '--data', data.dir);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({
      hall: { name: HALL.name, code: HALL.code, address: HALL.address, phone: HALL.phone },
      provisioned: true,
      online: true,
      catalog: { version: 1, source: 'district', items: 64 },
      outboxDepth: 0,
    });
    const reread = openDatabase(path.join(data.dir, 'kiosk.db'));
    const sent = new OutboxRepository(reread, fileDeviceKey(data.dir), () => HALL.code).get(row.id);
    reread.close();
    expect(sent).toMatchObject({ state: 'sent', caseNumber: expect.stringMatching(/^ZC\d{14}[A-Z]{4}$/) });
  });

  it("a rating that names its declaration by the kiosk's local number goes out from `kiosk sync` under the case number the server gave", async () => {
    await h.publish(catalogV1());
    const done = await kiosk('provision', '--server', url, '--code', await h.issueCode(), '--data', data.dir);
    expect(done.code, done.err).toBe(0);
    const queue = (): { db: ReturnType<typeof openDatabase>; outbox: OutboxRepository } => {
      const db = openDatabase(path.join(data.dir, 'kiosk.db'));
      return { db, outbox: new OutboxRepository(db, fileDeviceKey(data.dir), () => HALL.code) };
    };
    const first = queue();
    const declaration = first.outbox.enqueue({
      kind: 'declaration',
      payload: declarationPayload({ itemName: '最低生活保障审核确认', items: ['户口簿'] }),
      summary: {},
    });
    // Queued while its declaration still has only the local number: the send-time hook must rewrite it.
    const rating = first.outbox.enqueue({
      kind: 'rating',
      payload: { target: { localNumber: declaration.localNumber }, level: 5, reasons: [], comment: '' },
      summary: {},
    });
    first.db.close();

    for (let round = 0; round < 2; round++) {
      const sync = await kiosk('sync', '--data', data.dir);
      expect(sync.code, sync.err).toBe(0);
    }
    const after = queue();
    const sentDeclaration = after.outbox.get(declaration.id);
    const sentRating = after.outbox.get(rating.id);
    after.db.close();
    expect(sentDeclaration).toMatchObject({ state: 'sent' });
    expect(sentRating, 'the rating was refused and dead-lettered').toMatchObject({ state: 'sent' });
  });

  it('status works offline and unprovisioned; sync says what is missing', async () => {
    const status = await kiosk('status', '--data', data.dir);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ provisioned: false, online: false, outboxDepth: 0 });
    const sync = await kiosk('sync', '--data', data.dir);
    expect(sync.code).toBe(1);
    expect(sync.err).toContain('尚未注册');
    expect(fs.existsSync(path.join(data.dir, 'kiosk.db'))).toBe(true);
    expect((await kiosk('provision', '--data', data.dir)).code).toBe(2);
  });

  it('a kiosk provisioned by the CLI runs under the Electron shell, which wraps the same key; the plain CLI then refuses sealed data and `--cli` (the app entry) works', async () => {
    await h.publish(catalogV1());
    const done = await kiosk('provision', '--server', url, '--code', await h.issueCode(), '--data', data.dir);
    expect(done.code, done.err).toBe(0);
    // A citizen's submission written through the web shell's key (the 0600 file).
    const before = openDatabase(path.join(data.dir, 'kiosk.db'));
    const row = new OutboxRepository(before, fileDeviceKey(data.dir), () => HALL.code).enqueue({
      kind: 'help',
      payload: {
        callId: 'call-0000001',
        kiosk: 'K1',
        hall: HALL.code,
        screen: 'home',
        time: new Date().toISOString(),
      },
      summary: {},
    });
    before.close();

    // The Electron shell starts on the same folder: it adopts the key (wrapped by the OS key store).
    const secret = randomBytes(32);
    const safeStorage: KeyWrapper = {
      isEncryptionAvailable: () => true,
      encryptString: (plain) => seal(Buffer.from(plain, 'utf8'), secret),
      decryptString: (sealed) => open(sealed, secret).toString('utf8'),
    };
    const electronKey = (dir: string) => wrappedDeviceKey(dir, safeStorage);
    // As src-main/shell/electron/main.ts does: the key is opened before the app is built.
    const key = electronKey(data.dir);
    key();
    const app = createKioskApp({ dataDir: data.dir, deviceKey: key, sync: false });
    try {
      expect(deviceKeyState(data.dir)).toBe('wrapped');
      expect(app.sync.provisioned()).toBe(true);
      const status = await app.sync.syncNow();
      expect(status).toMatchObject({ online: true, outbox: { pending: 0, sent: 1 }, catalogVersion: 1 });
      expect(app.outbox.get(row.id)).toMatchObject({ state: 'sent' });
    } finally {
      await app.sync.stopAndWait();
      app.close();
    }

    // The plain CLI: status tells what it can, sync and provision refuse (and spend no code).
    const status = await kiosk('status', '--data', data.dir);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({
      provisioned: true,
      deviceKey: 'wrapped',
      online: null,
      hall: { code: HALL.code },
      catalog: { version: 1, items: 64 },
      outbox: { pending: 0, sent: 1, dead: 0 },
    });
    expect(status.err).toContain('zichuan-kiosk --cli');
    const sync = await kiosk('sync', '--data', data.dir);
    expect(sync.code).toBe(1);
    expect(sync.err).toContain('系统密钥库');
    const code = await h.issueCode();
    const again = await kiosk('provision', '--server', url, '--code', code, '--data', data.dir, '--force');
    expect(again.code).toBe(1);
    expect(again.err).toContain('zichuan-kiosk --cli');
    expect(fs.existsSync(path.join(data.dir, 'device.key'))).toBe(false);
    expect((await h.store.listKiosks()).length).toBe(1); // the code was not spent

    // Through the app's own entry the same commands work with the wrapped key.
    const io = { out: [] as string[], err: [] as string[] };
    const cliIo = { out: (t: string) => io.out.push(t), err: (t: string) => io.err.push(t) };
    const options = { deviceKey: electronKey };
    expect(
      await main(
        ['provision', '--server', url, '--code', code, '--data', data.dir, '--force'],
        cliIo,
        options,
      ),
    ).toBe(0);
    expect(await main(['status', '--data', data.dir], cliIo, options)).toBe(0);
    expect(JSON.parse(io.out.at(-1)!)).toMatchObject({
      provisioned: true,
      online: true,
      deviceKey: 'wrapped',
    });
    expect((await h.store.listKiosks()).length).toBe(2);
  });
});
