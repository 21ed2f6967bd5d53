/**
 * Hall admin mode and first-run setup through the kiosk's API on a real SQLite file, and against the
 * reference district server over real HTTP where sync is involved: the PIN door (default PIN in demo,
 * lockout, refused outside demo without a PIN), admin tied to the citizen session, settings validated with
 * Chinese messages and never stored when bad, hidden and featured items on the citizen side, reprints,
 * help calls, statistics, dead letters retried and discarded, restart, the audit log, and the wizard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskApp, type KioskApp } from '../../src-main/app.js';
import type {
  AdminSession,
  AdminSettings,
  AdminStats,
  AdminSyncView,
  AuditEntry,
  ReprintEntry,
  SetupState,
} from '../../src-main/contract/admin.types.js';
import type { HelpCall } from '../../src-main/contract/citizen.types.js';
import { METHOD_NAMES } from '../../src-main/contract/method-names.js';
import type { Result } from '../../src-main/contract/result.js';
import type { AppInfo, ItemList, ItemSummary } from '../../src-main/contract/types.js';
import type { SearchHit } from '../../src-main/contract/search.types.js';
import { silentLogger } from '../../src-main/log/logger.js';
import type { KioskConfigInput } from '../../src-main/services/config/config.schema.js';
import { ConfigService } from '../../src-main/services/config/config.service.js';
import { AdminPin } from '../../src-main/services/admin/admin-pin.js';
import { openDatabase } from '../../src-main/store/database.js';
import { SettingsRepository } from '../../src-main/store/settings.repository.js';
import { validValues } from '../helpers/declaration-values.js';
import { tempDir } from '../helpers/temp-dir.js';
import { HALL } from '../server/server-harness.js';
import { startSyncRig, type SyncRig } from './sync-rig.js';
import { malformed } from '../helpers/outbox-payloads.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function kioskApp(
  config: Partial<KioskConfigInput> = {},
  extra: { restart?: () => void } = {},
): { app: KioskApp; dir: string } {
  const data = tempDir('admin');
  const app = createKioskApp({ dataDir: data.dir, log: silentLogger(), sync: false, config, ...extra });
  cleanups.push(() => data.remove());
  cleanups.push(() => app.close());
  return { app, dir: data.dir };
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function err(result: Result<unknown>): { code: string; message: string; field?: string } {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A valid input for each admin/setup method, so the guard (not validation) decides. */
const SAMPLE_INPUT: Record<string, unknown> = {
  'admin.enter': { pin: '000000' },
  'admin.updateSettings': { speechVolume: 50 },
  'admin.setCamera': { deviceId: '', label: '', width: 1920, height: 1080 },
  'admin.changePin': { current: '123456', next: '246810' },
  'admin.setFirstPin': { next: '246810' },
  'admin.retryEntry': { id: 1 },
  'admin.discardEntry': { id: 1 },
  'admin.reprint': { id: 1 },
  'admin.answerHelp': { callId: '6f1c7a52-3f0e-4b8e-9f55-7d1c2a3b4c5d' },
  'admin.stats': { days: 30 },
  'setup.provision': { serverUrl: 'http://127.0.0.1:9/', code: 'ABCD-EFGH' },
  'setup.devices': { readerPort: '', readerBaud: 115200, printerPort: '', printerBaud: 115200 },
  'setup.finish': { pin: '246810' },
  'setup.setCamera': { deviceId: '', label: '', width: 1920, height: 1080 },
};

describe('admin mode: the PIN door', () => {
  it('refuses every admin method but admin.enter while admin mode is closed', async () => {
    const { app } = kioskApp();
    const guarded = METHOD_NAMES.filter((m) => m.startsWith('admin.') && m !== 'admin.enter');
    expect(guarded.length).toBeGreaterThan(15);
    for (const method of guarded) {
      const e = err(await app.dispatch(method, SAMPLE_INPUT[method] ?? {}));
      expect(e.code, method).toBe('UNAUTHORIZED');
      expect(e.message).toContain('管理模式');
    }
  });

  it('demo: the default PIN opens admin mode and says so; wrong PINs count down and five lock', async () => {
    const { app } = kioskApp();
    for (let left = 4; left >= 1; left--) {
      const e = err(await app.dispatch('admin.enter', { pin: '000000' }));
      expect(e).toMatchObject({ code: 'INPUT', field: 'pin' });
      expect(e.message).toBe(`密码不正确，还可以再试 ${left} 次。`);
    }
    const locked = err(await app.dispatch('admin.enter', { pin: '000000' }));
    expect(locked.code).toBe('LOCKED');
    expect(locked.message).toContain('5 分钟');
    // Locked: even the right PIN is refused.
    expect(err(await app.dispatch('admin.enter', { pin: '123456' })).code).toBe('LOCKED');
    expect(app.admin.isOpen()).toBe(false);

    const audit = app.audit.recent();
    expect(audit.filter((a) => a.action === 'admin.enter.failed')).toHaveLength(6);
    expect(JSON.stringify(audit)).not.toMatch(/000000|123456/);
  });

  it('demo: the default PIN opens admin mode, which closes with the citizen session', async () => {
    const { app } = kioskApp();
    const session = ok<AdminSession>(await app.dispatch('admin.enter', { pin: '123456' }));
    expect(session).toMatchObject({ active: true, defaultPin: true });
    expect(session.expiresAt).toBeGreaterThan(Date.now());
    expect(app.session.active()).toBe(true);
    ok(await app.dispatch('admin.overview', {}));

    await app.dispatch('session.end', { reason: 'exit' });
    expect(err(await app.dispatch('admin.overview', {})).code).toBe('UNAUTHORIZED');
    expect(app.audit.recent()[0]).toMatchObject({ action: 'admin.close' });
  });

  it('times out with the session idle timeout', async () => {
    const { app } = kioskApp({ idleTimeoutSec: 3, countdownSec: 3 });
    const ended = new Promise<string>((resolve) =>
      app.bus.on('session.ended', ({ reason }) => resolve(reason)),
    );
    ok(await app.dispatch('admin.enter', { pin: '123456' }));
    expect(await ended).toBe('idle');
    expect(app.admin.isOpen()).toBe(false);
    expect(err(await app.dispatch('admin.settings', {})).code).toBe('UNAUTHORIZED');
    expect(app.audit.recent()[0]).toEqual(
      expect.objectContaining({ action: 'admin.close', detail: expect.stringContaining('超时') }),
    );
  });

  it('a changed PIN is stored as a scrypt hash; the default stops working', async () => {
    const { app, dir } = kioskApp();
    ok(await app.dispatch('admin.enter', { pin: '123456' }));
    expect(
      err(await app.dispatch('admin.changePin', { current: '123456', next: '123456' })).message,
    ).toContain('默认密码');
    expect(err(await app.dispatch('admin.changePin', { current: '111111', next: '246810' }))).toMatchObject({
      code: 'INPUT',
      message: expect.stringContaining('还可以再试 4 次'),
    });
    const changed = ok<AdminSession>(
      await app.dispatch('admin.changePin', { current: '123456', next: '246810' }),
    );
    expect(changed.defaultPin).toBe(false);
    await app.dispatch('session.end', { reason: 'exit' });
    expect(err(await app.dispatch('admin.enter', { pin: '123456' })).code).toBe('INPUT');
    expect(ok<AdminSession>(await app.dispatch('admin.enter', { pin: '246810' })).defaultPin).toBe(false);

    const stored = JSON.stringify(new SettingsRepository(app.db).get('admin.pin'));
    expect(stored).not.toContain('246810');
    expect(JSON.parse(stored)).toMatchObject({ v: 1, N: 16384, r: 8, p: 1 });
    app.close();
    // Another kiosk process on the same folder checks the same hash.
    const again = createKioskApp({ dataDir: dir, log: silentLogger(), sync: false });
    cleanups.push(() => again.close());
    expect(ok<AdminSession>(await again.dispatch('admin.enter', { pin: '246810' })).active).toBe(true);
  });

  it('outside demo mode with no PIN set, admin mode stays shut until setup sets one', async () => {
    const { app } = kioskApp({ demoMode: false });
    const e = err(await app.dispatch('admin.enter', { pin: '123456' }));
    expect(e.code).toBe('UNAUTHORIZED');
    expect(e.message).toContain('尚未设置管理密码');
    expect(app.audit.recent()[0]?.detail).toContain('尚未设置管理密码');
  });
});

async function openAdmin(app: KioskApp): Promise<void> {
  ok(await app.dispatch('admin.enter', { pin: '123456' }));
}

describe('admin settings', () => {
  it('refuses a bad value with a Chinese message naming the field, and stores nothing of it', async () => {
    const { app, dir } = kioskApp();
    await openAdmin(app);
    const bad = err(
      await app.dispatch('admin.updateSettings', { hallName: '昆仑镇政府', hallPhone: '0533-1' }),
    );
    expect(bad).toMatchObject({ code: 'INPUT', field: 'hallName' });
    expect(bad.message).toMatch(/^大厅名称：/);
    const hours = err(
      await app.dispatch('admin.updateSettings', {
        openingHours: [[{ from: '12:00', to: '08:30' }], [], [], [], [], [], []],
      }),
    );
    expect(hours.message).toBe('服务时间（周一第 1 段）：结束时间应晚于开始时间');
    const idle = err(await app.dispatch('admin.updateSettings', { idleTimeoutSec: 2 }));
    expect(idle.message).toBe('无操作返回时间：至少 3 秒');
    expect(
      err(await app.dispatch('admin.updateSettings', { featuredItems: ['no-such-item'] })).message,
    ).toContain('常办事项');

    // Nothing of it reached the store.
    const stored = new ConfigService(new SettingsRepository(openDatabase(`${dir}/kiosk.db`))).get();
    expect(stored.hallName).toBe('淄川区昆仑镇便民服务中心');
    expect(stored.idleTimeoutSec).toBe(90);
    expect(app.audit.recent().some((a) => a.action === 'admin.updateSettings')).toBe(false);
  });

  it('takes effect at once: hall, announcements, featured and hidden items on the citizen side', async () => {
    const { app } = kioskApp();
    await openAdmin(app);
    const settings = ok<AdminSettings>(
      await app.dispatch('admin.updateSettings', {
        hallName: '淄川区双杨镇便民服务中心',
        announcements: ['本周六上午正常办理养老保险业务', '2026年城乡居民医保开始缴费'],
        hiddenItems: ['elder-card'],
        featuredItems: ['dibao-confirm', 'pension-enroll'],
        idleTimeoutSec: 120,
      }),
    );
    expect(settings).toMatchObject({ hallName: '淄川区双杨镇便民服务中心', idleTimeoutSec: 120 });
    const info = ok<AppInfo>(await app.dispatch('app.info', {}));
    expect(info.hallName).toBe('淄川区双杨镇便民服务中心');
    expect(info.idleTimeoutSec).toBe(120);
    expect(info.announcements).toHaveLength(2);
    expect(info.featured.map((f) => f.id)).toEqual(['dibao-confirm', 'pension-enroll']);
    expect(info.featured[0]?.name).toBe('最低生活保障审核确认');

    // The hidden item is in no list, search, popular list or declarable list; its guide still opens.
    const search = ok<SearchHit[]>(await app.dispatch('catalog.search', { query: '老年人优待证' }));
    expect(search.map((h) => h.id)).not.toContain('elder-card');
    expect(ok<ItemSummary[]>(await app.dispatch('catalog.declarable', {})).map((i) => i.id)).not.toContain(
      'elder-card',
    );
    expect(ok<ItemSummary[]>(await app.dispatch('catalog.popular', {})).map((i) => i.id)).not.toContain(
      'elder-card',
    );
    const item = app.catalog.item('elder-card');
    const theme = `theme:${item.themes[0]}`;
    expect(
      ok<ItemList>(await app.dispatch('catalog.list', { categoryId: theme })).items.map((i) => i.id),
    ).not.toContain('elder-card');
    ok(await app.dispatch('catalog.item', { id: 'elder-card' }));

    // An item cannot be hidden and featured at once.
    expect(
      err(await app.dispatch('admin.updateSettings', { hiddenItems: ['dibao-confirm'] })).message,
    ).toContain('不显示');
    expect(app.audit.recent()[0]).toMatchObject({
      action: 'admin.updateSettings',
      detail: expect.stringContaining('大厅名称'),
    });
  });

  it('opening hours: app.info says whether the windows are open and when they open next', async () => {
    const { app } = kioskApp();
    await openAdmin(app);
    const closed = Array.from({ length: 7 }, () => []);
    ok(await app.dispatch('admin.updateSettings', { openingHours: closed, extendedHours: closed }));
    const none = ok<AppInfo>(await app.dispatch('app.info', {}));
    expect(none.hours).toMatchObject({ openNow: false, today: null, nextOpening: null });
    const allDay = Array.from({ length: 7 }, () => [{ from: '00:00', to: '23:59' }]);
    ok(await app.dispatch('admin.updateSettings', { openingHours: allDay }));
    const open = ok<AppInfo>(await app.dispatch('app.info', {}));
    expect(open.hours).toMatchObject({ openNow: true, today: '00:00-23:59', closedNotice: null });
  });
});

describe('admin: devices, reprints, help calls, statistics, restart', () => {
  it('test print and read on the simulated devices: the card only masked', async () => {
    const { app } = kioskApp();
    await openAdmin(app);
    ok(await app.dispatch('admin.testPrint', {}));
    expect(
      ok<Array<{ lines: string[] }>>(await app.dispatch('devices.receipts', {}))[0]?.lines.join('\n'),
    ).toContain('打印测试');
    expect(err(await app.dispatch('admin.testRead', {})).code).toBe('DEVICE');
    ok(await app.dispatch('devices.simulateCard', { present: true }));
    const card = ok<{ maskedName: string; maskedIdNumber: string }>(await app.dispatch('admin.testRead', {}));
    expect(card).toEqual({
      cardType: '居民身份证',
      maskedName: '韩*英',
      maskedIdNumber: '3703**********0029',
    });
    expect(app.audit.recent().map((a) => a.action)).toEqual(
      expect.arrayContaining(['admin.testPrint', 'admin.testRead']),
    );
  });

  it('a receipt that could not print waits masked in the queue until reprinted', async () => {
    const { app } = kioskApp();
    await app.dispatch('session.activity', {});
    ok(await app.dispatch('devices.simulateFailure', { printer: 'paper-out' }));
    const answer = ok<{ localNumber: string }>(
      await app.dispatch('declaration.submit', {
        itemId: 'pension-enroll',
        consent: true,
        identityMethod: 'card',
        values: validValues(app.catalog),
      }),
    );
    await app.dispatch('session.end', { reason: 'done' });
    await openAdmin(app);
    const queue = ok<ReprintEntry[]>(await app.dispatch('admin.reprints', {}));
    expect(queue).toHaveLength(1);
    expect(queue[0]?.number).toBe(answer.localNumber);
    expect(queue[0]?.reason).toContain('缺纸');
    const preview = queue[0]!.preview.join('\n');
    expect(preview).toContain('韩*英');
    expect(preview).not.toContain('韩红英');
    expect(preview).not.toContain('370302199001010029');

    // Still out of paper: refused, kept.
    expect(err(await app.dispatch('admin.reprint', { id: queue[0]!.id })).code).toBe('DEVICE');
    ok(await app.dispatch('devices.simulateFailure', { printer: null }));
    expect(ok<ReprintEntry[]>(await app.dispatch('admin.reprint', { id: queue[0]!.id }))).toEqual([]);
    expect(err(await app.dispatch('admin.reprint', { id: queue[0]!.id })).code).toBe('NOT_FOUND');
    expect(app.audit.recent()[0]).toEqual({
      at: expect.any(String),
      action: 'admin.reprint',
      detail: `补打凭条 ${answer.localNumber}`,
    });
  });

  it('a help call shows in the overview until answered, which tells every screen', async () => {
    const { app } = kioskApp();
    await app.dispatch('session.activity', {});
    const call = ok<HelpCall>(await app.dispatch('help.call', { screen: 'guide/elder-card' }));
    await openAdmin(app);
    const overview = ok<{ helpCalls: HelpCall[]; reprints: number }>(
      await app.dispatch('admin.overview', {}),
    );
    expect(overview.helpCalls).toEqual([expect.objectContaining({ callId: call.callId, state: 'open' })]);
    const changed = new Promise<HelpCall>((resolve) => app.bus.on('help.changed', resolve));
    expect(ok<HelpCall[]>(await app.dispatch('admin.answerHelp', { callId: call.callId }))).toEqual([]);
    expect(await changed).toMatchObject({ callId: call.callId, state: 'answered' });
    // The district's alert is withdrawn through the outbox.
    expect(app.outbox.oldestPending(10).map((r) => r.summary['action'])).toEqual(['call', 'cancel']);
  });

  it('statistics per China day over the last days, and the rating distribution', async () => {
    const { app } = kioskApp();
    const now = Date.now();
    const day = (n: number): Date => new Date(now - n * 86_400_000);
    app.usage.record('session', null, day(0));
    app.usage.record('session', null, day(0));
    app.usage.record('guide.view', 'elder-card', day(1));
    app.usage.record('guide.print', 'elder-card', day(1));
    app.usage.record('help', null, day(2));
    app.usage.record('session', null, day(40)); // outside 30 days
    await app.dispatch('session.activity', {});
    ok(await app.dispatch('rating.submit', { target: { kind: 'visit' }, level: 5 }));
    await app.dispatch('session.end', { reason: 'done' });
    await openAdmin(app);
    const stats = ok<AdminStats>(await app.dispatch('admin.stats', { days: 30 }));
    expect(stats.days).toHaveLength(30);
    const today = stats.days.at(-1)!;
    // Two planted sessions, the rating's, and admin's own.
    expect(today.sessions).toBeGreaterThanOrEqual(3);
    expect(today.ratings).toBe(1);
    expect(stats.days.at(-2)).toMatchObject({ guideViews: 1, guidePrints: 1 });
    expect(stats.days.at(-3)?.helpCalls).toBe(1);
    expect(stats.days.reduce((n, d) => n + d.sessions, 0)).toBe(today.sessions);
    expect(stats.ratings).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 });
  });

  it('restart: the injected hook runs after the answer; without one it is refused', async () => {
    let restarted!: () => void;
    const done = new Promise<void>((resolve) => (restarted = resolve));
    const { app } = kioskApp({}, { restart: () => restarted() });
    await openAdmin(app);
    expect(ok(await app.dispatch('admin.restart', {}))).toEqual({ restarting: true });
    await done;
    expect(app.audit.recent()[0]?.action).toBe('admin.restart');

    const plain = kioskApp();
    await openAdmin(plain.app);
    expect(err(await plain.app.dispatch('admin.restart', {})).message).toContain('不支持从屏幕重启');
  });

  it('the audit log lists the actions newest first, with no PIN and no personal data', async () => {
    const { app } = kioskApp();
    await openAdmin(app);
    ok(await app.dispatch('admin.updateSettings', { speechVolume: 40 }));
    const audit = ok<AuditEntry[]>(await app.dispatch('admin.audit', {}));
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['admin.updateSettings', 'admin.enter']);
    expect(audit[0]?.detail).toBe('修改设置：语音音量');
    expect(audit[1]?.detail).toContain('默认密码');
  });
});

describe('admin sync view against the district server over HTTP', () => {
  let rig: SyncRig;
  afterEach(async () => rig?.close());

  it('dead letters with the server reason: one retried and delivered, one discarded for good', async () => {
    rig = await startSyncRig();
    await rig.provision({ start: false });
    const kiosk = rig.kiosk;
    // Refused by the server for good: an unknown complaint category.
    const refused = kiosk.outbox.enqueue(
      malformed(
        'complaint',
        { category: '不存在的类别', text: '韩红英 370302199001010029', anonymous: true },
        { category: '不存在的类别' },
      ),
    );
    // Refused earlier (say, a rule since relaxed): the admin retries it.
    const stuck = kiosk.outbox.enqueue({
      kind: 'complaint',
      payload: { category: '意见建议', text: '增加座椅', anonymous: true },
      summary: { category: '意见建议' },
    });
    kiosk.outbox.markDead(stuck.id, '服务器暂不接收（测试）');
    // A provisioned kiosk is no demo: its hall PIN, not 123456, opens admin mode.
    await new AdminPin(new SettingsRepository(kiosk.db)).set('246810');
    ok(await kiosk.dispatch('admin.enter', { pin: '246810' }));

    let view = ok<AdminSyncView>(await kiosk.dispatch('admin.syncNow', {}));
    expect(view.serverUrl).toBe(rig.proxy.url);
    expect(view.deviceId).toBeTruthy();
    expect(view.status.outbox).toMatchObject({ dead: 2, pending: 0 });
    const dead = view.entries.filter((e) => e.state === 'dead');
    expect(dead.map((e) => e.id).sort()).toEqual([refused.id, stuck.id].sort());
    const refusedEntry = dead.find((e) => e.id === refused.id)!;
    expect(refusedEntry.lastError).toBeTruthy();
    expect(refusedEntry).toMatchObject({ kind: '投诉建议', summary: '不存在的类别' });
    expect(JSON.stringify(view)).not.toMatch(/韩红英|370302199001010029/);

    view = ok<AdminSyncView>(await kiosk.dispatch('admin.retryEntry', { id: stuck.id }));
    expect(kiosk.outbox.get(stuck.id)).toMatchObject({ state: 'sent', hasPayload: false });
    expect(rig.serverSubmissions().map((s) => s.idempotencyKey)).toContain(stuck.idempotencyKey);

    view = ok<AdminSyncView>(await kiosk.dispatch('admin.discardEntry', { id: refused.id }));
    expect(view.status.outbox).toMatchObject({ dead: 0, sent: 1 });
    expect(view.discarded).toBe(1);
    expect(kiosk.outbox.get(refused.id)).toMatchObject({ state: 'dead', hasPayload: false });
    expect(kiosk.outbox.get(refused.id)?.discardedAt).toBeTruthy();
    expect(kiosk.outbox.payload(refused.id)).toBeUndefined();
    // Gone for good: neither retried nor discarded again.
    expect(err(await kiosk.dispatch('admin.retryEntry', { id: refused.id })).code).toBe('NOT_FOUND');
    expect(err(await kiosk.dispatch('admin.discardEntry', { id: refused.id })).code).toBe('NOT_FOUND');

    const actions = kiosk.audit.recent().map((a) => `${a.action} ${a.detail}`);
    expect(actions).toContain(`admin.retryEntry 重新发送 ${stuck.localNumber}`);
    expect(actions).toContain(`admin.discardEntry 放弃发送 ${refused.localNumber}`);
  });
});

describe('first-run setup against the district server over HTTP', () => {
  let rig: SyncRig;
  afterEach(async () => rig?.close());

  it('provision → devices → PIN; then every step is refused and admin uses the new PIN', async () => {
    rig = await startSyncRig();
    const kiosk = rig.kiosk;
    expect(ok<SetupState>(await kiosk.dispatch('setup.state', {})).needed).toBe(false);
    expect(err(await kiosk.dispatch('setup.finish', { pin: '246810' })).message).toContain('演示模式');
    kiosk.config.update({ demoMode: false });

    const start = ok<SetupState>(await kiosk.dispatch('setup.state', {}));
    expect(start).toEqual({ needed: true, provisioned: false, hall: null, pinSet: false });
    expect(ok<AppInfo>(await kiosk.dispatch('app.info', {})).setupNeeded).toBe(true);
    expect(err(await kiosk.dispatch('setup.finish', { pin: '246810' })).message).toContain('服务器');

    const badCode = err(
      await kiosk.dispatch('setup.provision', { serverUrl: rig.proxy.url, code: 'ABCD-EFGH' }),
    );
    expect(badCode).toMatchObject({
      code: 'INPUT',
      field: 'code',
      message: '注册码不存在，请核对后重新输入。',
    });
    const provisioned = ok<SetupState>(
      await kiosk.dispatch('setup.provision', {
        serverUrl: rig.proxy.url,
        code: await rig.district.issueCode(),
      }),
    );
    expect(provisioned).toMatchObject({
      needed: true,
      provisioned: true,
      hall: { code: HALL.code, name: HALL.name },
    });

    const badPort = err(
      await kiosk.dispatch('setup.devices', {
        readerPort: 'COM 3',
        readerBaud: 115200,
        printerPort: '/dev/ttyUSB0',
        printerBaud: 115200,
      }),
    );
    expect(badPort.message).toBe('读卡器串口：串口路径格式不对');
    const devices = ok<AdminSettings>(
      await kiosk.dispatch('setup.devices', {
        readerPort: '/dev/ttyUSB1',
        readerBaud: 115200,
        printerPort: '/dev/ttyUSB0',
        printerBaud: 9600,
      }),
    );
    expect(devices).toMatchObject({ simulatedDevices: false, printerBaud: 9600 });
    expect(err(await kiosk.dispatch('setup.finish', { pin: '123456' })).message).toContain('默认密码');
    expect(ok<SetupState>(await kiosk.dispatch('setup.finish', { pin: '246810' }))).toMatchObject({
      needed: false,
      pinSet: true,
    });

    for (const method of METHOD_NAMES.filter((m) => m.startsWith('setup.') && m !== 'setup.state'))
      expect(err(await kiosk.dispatch(method, SAMPLE_INPUT[method] ?? {})).code, method).toBe('CONFLICT');
    expect(ok<AppInfo>(await kiosk.dispatch('app.info', {})).setupNeeded).toBe(false);
    expect(err(await kiosk.dispatch('admin.enter', { pin: '123456' })).code).toBe('INPUT');
    expect(ok<AdminSession>(await kiosk.dispatch('admin.enter', { pin: '246810' })).active).toBe(true);
    const audit = kiosk.audit.recent().map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['setup.provision', 'setup.devices', 'setup.finish']));
    expect(JSON.stringify(kiosk.audit.recent())).not.toContain('246810');
  });
});
