/**
 * 进度查询, 预约办理, 好差评, 投诉建议 and 呼叫工作人员 through the kiosk's API (validation included) against
 * the real district server on loopback: what reaches the server, what the citizen is told, the lockout, the
 * offline answers, and the one-rating-per-case rule on both sides.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppointmentSlots, ProgressResult } from '../../src-main/contract/citizen.types.js';
import type { Result } from '../../src-main/contract/result.js';
import { SAMPLE_CARD } from '../../src-main/services/devices/simulated-reader.js';
import { APPLICANT, validValues } from '../helpers/declaration-values.js';
import { HALL } from '../server/server-harness.js';
import { startSyncRig, type SyncRig } from './sync-rig.js';

let rig: SyncRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

async function ready(): Promise<SyncRig> {
  rig = await startSyncRig();
  rig.district.clock.now = new Date();
  await rig.provision({ start: false });
  await rig.kiosk.dispatch('session.activity', {});
  return rig;
}

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function declare(r: SyncRig): Promise<string> {
  const answer = ok<{ localNumber: string }>(
    await r.kiosk.dispatch('declaration.submit', {
      itemId: 'pension-enroll',
      consent: true,
      identityMethod: 'card',
      values: validValues(r.kiosk.catalog),
    }),
  );
  return answer.localNumber;
}

/** Declarations, ratings, complaints and help calls as the server holds them, by kind. */
function serverRows(r: SyncRig, kind: string): Array<{ case_number: string; payload: string }> {
  return r.district.store.database
    .prepare<[string], { case_number: string; payload: string }>(
      'SELECT case_number, payload FROM submissions WHERE kind = ? ORDER BY case_number',
    )
    .all(kind);
}

describe('进度查询', () => {
  it('by 申报编号 and ID digits: the live status and timeline; a wrong try looks like a wrong number; five lock', async () => {
    const r = await ready();
    const number = await declare(r);
    const before = ok<ProgressResult>(await r.kiosk.dispatch('progress.query', { number, idLast4: '0029' }));
    expect(before.cases[0]).toMatchObject({ number, status: '待上传', caseNumber: null });
    expect(before.cases[0]?.nextStep).toContain('网络恢复后将自动上传');

    await r.kiosk.sync.runRound(['outbox']);
    const caseNumber = r.kiosk.outbox.byLocalNumber(number)!.caseNumber!;
    await r.district.store.setCaseStatus({
      caseNumber,
      status: '已受理',
      note: '材料齐全',
      at: new Date().toISOString(),
    });
    const live = ok<ProgressResult>(
      await r.kiosk.dispatch('progress.query', { number: number.toLowerCase(), idLast4: '0029' }),
    );
    expect(live.online).toBe(true);
    expect(live.cases[0]).toMatchObject({ number, caseNumber, status: '已受理', live: true, rateable: true });
    expect(live.cases[0]?.timeline.map((e) => e.status)).toEqual(['本机提交', '已提交', '已受理']);
    // The district's number works as well.
    expect(
      ok<ProgressResult>(await r.kiosk.dispatch('progress.query', { number: caseNumber, idLast4: '0029' }))
        .cases[0]?.status,
    ).toBe('已受理');

    const wrongDigits = await r.kiosk.dispatch('progress.query', { number, idLast4: '1111' });
    const wrongNumber = await r.kiosk.dispatch('progress.query', {
      number: 'ZCKL01209901010001',
      idLast4: '0029',
    });
    expect(wrongDigits).toMatchObject({ ok: false, error: { code: 'INPUT' } });
    expect(wrongNumber).toMatchObject({ ok: false, error: { code: 'INPUT' } });
    const message = (res: Result<unknown>): string =>
      res.ok ? '' : res.error.message.replace(/还可以.*$/, '');
    expect(message(wrongDigits)).toBe(message(wrongNumber));
    await r.kiosk.dispatch('progress.query', { number, idLast4: '2222' });
    await r.kiosk.dispatch('progress.query', { number, idLast4: '3333' });
    const fifth = await r.kiosk.dispatch('progress.query', { number, idLast4: '4444' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    // Locked: even the right digits wait.
    expect(await r.kiosk.dispatch('progress.query', { number, idLast4: '0029' })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', message: expect.stringContaining('分钟后再试') },
    });
  });

  it('offline: the last known status with its time; a case of another channel is found online by number', async () => {
    const r = await ready();
    const number = await declare(r);
    await r.kiosk.sync.runRound(['outbox']);
    await r.stopServer();
    const offline = ok<ProgressResult>(await r.kiosk.dispatch('progress.query', { number, idLast4: '0029' }));
    expect(offline).toMatchObject({ online: false, link: 'offline' });
    expect(offline.cases[0]).toMatchObject({ status: '已提交', live: false, updatedAt: expect.any(String) });
    await r.startServer();

    // Handed in at another kiosk of the district.
    const other = await r.district.enroll();
    const answer = await r.district.client(other.deviceToken).submit({
      idempotencyKey: 'other-kiosk-0001',
      kind: 'declaration',
      payload: { itemName: '临时救助', applicant: { name: '张三', idNumber: '11010519491231002X' } },
    });
    const found = ok<ProgressResult>(
      await r.kiosk.dispatch('progress.query', { number: answer.caseNumber, idLast4: '002x' }),
    );
    expect(found.cases[0]).toMatchObject({
      number: answer.caseNumber,
      itemName: '临时救助',
      status: '已提交',
    });
    expect(found).toMatchObject({ online: true, link: 'online' });
  });

  it('by ID card: this kiosk’s declarations of the holder and the district’s, masked', async () => {
    const r = await ready();
    const local = await declare(r);
    await r.kiosk.sync.runRound(['outbox']);
    const other = await r.district.enroll();
    await r.district.client(other.deviceToken).submit({
      idempotencyKey: 'other-kiosk-0002',
      kind: 'declaration',
      payload: {
        itemName: '残疾人证新办',
        applicant: { name: SAMPLE_CARD.name, idNumber: SAMPLE_CARD.idNumber },
      },
    });
    await r.kiosk.dispatch('devices.simulateCard', { present: true });
    const result = ok<ProgressResult>(await r.kiosk.dispatch('progress.byCard', {}));
    expect(result.maskedName).toBe('韩*英');
    expect(result.online).toBe(true);
    expect(result.cases.map((c) => c.itemName).sort()).toEqual([
      '城乡居民基本养老保险参保登记',
      '残疾人证新办',
    ]);
    expect(result.cases.find((c) => c.number === local)).toBeDefined();
    expect(JSON.stringify(result)).not.toContain(SAMPLE_CARD.idNumber);
  });
});

describe('预约办理', () => {
  async function withSlots(r: SyncRig, capacity = 2): Promise<AppointmentSlots> {
    await r.district.store.setSlotSchedule({
      hallCode: HALL.code,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      times: ['09:00', '10:00', '14:00', '18:00'],
      capacity,
    });
    return ok<AppointmentSlots>(await r.kiosk.dispatch('appointment.slots', { itemId: 'pension-enroll' }));
  }

  it('14 open days of the hall with the server’s seats, within opening and extended hours only', async () => {
    const r = await ready();
    const slots = await withSlots(r);
    expect(slots.days).toHaveLength(14);
    expect(slots.days.map((d) => d.weekday)).not.toContain('周日');
    for (const day of slots.days) {
      const times = day.slots.map((s) => s.time);
      expect(times).not.toContain('18:00'); // after hours
      if (day.weekday === '周六') expect(times.every((t) => t < '12:00')).toBe(true); // 延时服务 morning
    }
    expect(slots.days.at(-1)?.slots.map((s) => s.time)).toEqual(
      slots.days.at(-1)?.weekday === '周六' ? ['09:00', '10:00'] : ['09:00', '10:00', '14:00'],
    );
  });

  it('books on the server, prints the slip, refuses a full slot, repeats safely, cancels with the ID digits', async () => {
    const r = await ready();
    const slots = await withSlots(r, 2);
    const day = slots.days.at(-1)!;
    const booking = (requestId: string) =>
      r.kiosk.dispatch('appointment.book', {
        requestId,
        itemId: 'pension-enroll',
        slotDate: day.date,
        slotTime: '09:00',
        identityMethod: 'manual',
        name: APPLICANT.name,
        idNumber: APPLICANT.idNumber,
        phone: APPLICANT.phone,
      });
    const first = ok<{ appointmentNumber: string; maskedName: string; receipt: { printed: boolean } }>(
      await booking('6f1b7c40-0000-4000-8000-000000000001'),
    );
    expect(first).toMatchObject({
      appointmentNumber: expect.stringMatching(/^YY\d{14}[A-Z]{4}$/),
      maskedName: '韩*英',
    });
    expect(first.receipt.printed).toBe(true);
    const slip = ok<Array<{ lines: string[] }>>(
      await r.kiosk.dispatch('devices.receipts', {}),
    )[0]!.lines.join('\n');
    expect(slip).toContain('预约凭条');
    expect(slip).toContain(first.appointmentNumber);
    expect(slip).not.toContain(APPLICANT.idNumber);

    const repeat = ok<{ appointmentNumber: string }>(await booking('6f1b7c40-0000-4000-8000-000000000001'));
    expect(repeat.appointmentNumber).toBe(first.appointmentNumber);
    ok(await booking('6f1b7c40-0000-4000-8000-000000000002'));
    expect(await booking('6f1b7c40-0000-4000-8000-000000000003')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('约满') },
    });

    expect(
      await r.kiosk.dispatch('appointment.cancel', {
        appointmentNumber: first.appointmentNumber,
        idLast4: '1234',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INPUT' } });
    expect(
      ok(
        await r.kiosk.dispatch('appointment.cancel', {
          appointmentNumber: first.appointmentNumber,
          idLast4: '0029',
        }),
      ),
    ).toEqual({ cancelled: true });
    // The seat is free again.
    ok(await booking('6f1b7c40-0000-4000-8000-000000000004'));
  });

  it('offline: a plain Chinese answer with the phone number, nothing booked', async () => {
    const r = await ready();
    await r.stopServer();
    const answer = await r.kiosk.dispatch('appointment.slots', { itemId: 'pension-enroll' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'OFFLINE', message: expect.stringContaining(r.kiosk.config.get().hallPhone) },
    });
    expect(await r.kiosk.dispatch('appointment.book', { requestId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT' },
    });
  });
});

describe('好差评', () => {
  it('a 差评 needs a reason; one rating per case on the kiosk and on the server, whichever number is used', async () => {
    const r = await ready();
    const number = await declare(r);
    const rate = (target: unknown, level: number, extra: object = {}) =>
      r.kiosk.dispatch('rating.submit', { target, level, ...extra });
    expect(await rate({ kind: 'case', number }, 1)).toMatchObject({
      ok: false,
      error: { code: 'INPUT', field: 'reasons' },
    });
    // The declaration is still in the outbox: the rating waits for its case number.
    const rating = ok<{ trackingNumber: string; followUp: boolean }>(
      await rate({ kind: 'case', number }, 1, { reasons: ['服务效率'], comment: '等了很久' }),
    );
    expect(rating.followUp).toBe(true);
    expect(await rate({ kind: 'case', number }, 5)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已经评价') },
    });

    await r.kiosk.sync.runRound(['outbox']);
    await r.kiosk.sync.runRound(['outbox']);
    const caseNumber = r.kiosk.outbox.byLocalNumber(number)!.caseNumber!;
    const ratings = serverRows(r, 'rating');
    expect(ratings).toHaveLength(1);
    expect(JSON.parse(ratings[0]!.payload)).toMatchObject({ target: { caseNumber }, level: 1 });
    const followUps = await r.district.store.listFollowUps();
    expect(followUps).toEqual([
      expect.objectContaining({ targetCase: caseNumber, level: 1, reasons: ['服务效率'] }),
    ]);
    expect(await rate({ kind: 'case', number: caseNumber }, 5)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    // Another kiosk (or the same after losing its data) cannot rate the case twice: the server says 已评价.
    const other = await r.district.enroll();
    await expect(
      r.district.client(other.deviceToken).submit({
        idempotencyKey: 'other-rating-0001',
        kind: 'rating',
        payload: { target: { caseNumber }, level: 5 },
      }),
    ).rejects.toMatchObject({ status: 409, serverCode: 'ALREADY_RATED' });
  });

  it('only what this session handed in or looked up can be rated; a visit once per session', async () => {
    const r = await ready();
    const number = await declare(r);
    await r.kiosk.dispatch('session.end', { reason: 'exit' });
    await r.kiosk.dispatch('session.activity', {});
    expect(
      await r.kiosk.dispatch('rating.submit', { target: { kind: 'case', number }, level: 5 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INPUT', field: 'target' },
    });
    ok(await r.kiosk.dispatch('progress.query', { number, idLast4: '0029' }));
    ok(await r.kiosk.dispatch('rating.submit', { target: { kind: 'case', number }, level: 5 }));
    ok(
      await r.kiosk.dispatch('rating.submit', {
        target: { kind: 'visit', itemId: 'pension-enroll' },
        level: 4,
      }),
    );
    expect(await r.kiosk.dispatch('rating.submit', { target: { kind: 'visit' }, level: 4 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await r.kiosk.sync.runRound(['outbox']);
    await r.kiosk.sync.runRound(['outbox']);
    expect(
      serverRows(r, 'rating').map((row) => (JSON.parse(row.payload) as { target: unknown }).target),
    ).toEqual(expect.arrayContaining([{ hallVisit: true, itemId: 'pension-enroll' }]));
  });
});

describe('投诉建议 and 呼叫工作人员', () => {
  it('a complaint goes through the outbox with its tracking number; anonymous leaves no phone', async () => {
    const r = await ready();
    expect(
      await r.kiosk.dispatch('complaint.submit', {
        category: '办事效率',
        text: '排队太久',
        phone: APPLICANT.phone,
        anonymous: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'INPUT', field: 'phone' } });
    const answer = ok<{ trackingNumber: string; receipt: { printed: boolean } }>(
      await r.kiosk.dispatch('complaint.submit', {
        category: '办事效率',
        text: '排队太久，希望增加窗口',
        phone: APPLICANT.phone,
        anonymous: false,
      }),
    );
    expect(answer.trackingNumber).toMatch(/^ZCKL01\d{12}$/);
    const slip = ok<Array<{ lines: string[] }>>(
      await r.kiosk.dispatch('devices.receipts', {}),
    )[0]!.lines.join('\n');
    expect(slip).toContain(answer.trackingNumber);
    expect(slip).toContain('138****1234');
    expect(slip).not.toContain('排队太久');
    await r.kiosk.sync.runRound(['outbox']);
    const complaints = await r.district.store.listSubmissions('complaint', 10);
    expect(complaints[0]?.payload).toMatchObject({ category: '办事效率', phone: APPLICANT.phone });
  });

  it('a help call reaches the server and the admin alert; repeats in a session are one call; cancel withdraws it', async () => {
    const r = await ready();
    const changes: string[] = [];
    r.kiosk.bus.on('help.changed', (call) => changes.push(call.state));
    const call = ok<{ callId: string; state: string }>(
      await r.kiosk.dispatch('help.call', { screen: 'guide/pension-enroll' }),
    );
    expect(call.state).toBe('open');
    const again = ok<{ callId: string }>(await r.kiosk.dispatch('help.call', { screen: 'home' }));
    expect(again.callId).toBe(call.callId);
    await r.kiosk.sync.runRound(['outbox']);
    const sent = serverRows(r, 'help').map((row) => JSON.parse(row.payload) as Record<string, unknown>);
    expect(sent).toEqual([
      expect.objectContaining({
        callId: call.callId,
        action: 'call',
        hall: HALL.code,
        screen: 'guide/pension-enroll',
      }),
    ]);
    ok(await r.kiosk.dispatch('help.cancel', { callId: call.callId }));
    await r.kiosk.sync.runRound(['outbox']);
    expect(serverRows(r, 'help')).toHaveLength(2);
    expect(changes).toEqual(['open', 'cancelled']);
  });
});
