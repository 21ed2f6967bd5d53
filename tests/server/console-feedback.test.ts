/**
 * 好差评, 投诉建议, 预约 and 事项目录 in the console on both stores: the ratings report with every 差评's
 * 15-working-day clock (the hall's holidays skipped), 回访 and 整改 recorded and audited, overdue ones
 * flagged; complaints answered in the console and read back by a kiosk of the hall (never another hall's,
 * never the complaint's text or phone); a hall's day of bookings, its schedule and holidays; a catalog
 * upload's diff preview and its signed publication through the CLI's publisher.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { complaintLookupAnswerSchema } from '../../src-protocol/complaint-reply.js';
import type {
  BookingsAnswer,
  CatalogPreviewAnswer,
  ComplaintsAnswer,
  RatingsAnswer,
} from '../../src-server/console/feedback-api.types.js';
import { HALL_B, startConsoleHarness, type ConsoleHarness } from './console-fixture.js';
import { bearer, catalogV1, catalogV2, HALL, STORE_KINDS } from './server-harness.js';

let h: ConsoleHarness;
afterEach(async () => h?.close());

const submit = async (token: string, kind: string, payload: object): Promise<string> => {
  const res = await h.app.inject({
    method: 'POST',
    url: '/v1/submissions',
    headers: bearer(token),
    payload: { idempotencyKey: randomUUID(), kind, payload },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ caseNumber: string }>().caseNumber;
};

describe.each(STORE_KINDS)('好差评 (%s)', (kind) => {
  it('reports ratings by month and item, and keeps each 差评 on a 15-working-day clock', async () => {
    h = await startConsoleHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z'); // Wednesday 25 November in China
    await h.createUser('zhanzhang', 'hall', HALL.code);
    await h.createUser('xihe', 'hall', HALL_B.code);
    await h.createUser('quzhang', 'district');
    await h.store.addHoliday(HALL.code, '2026-12-01');
    const kiosk = await h.kiosk();
    const good = await h.declare(kiosk.token, '临时救助');
    const bad = await h.declare(kiosk.token, '最低生活保障审核确认');
    await submit(kiosk.token, 'rating', { target: { caseNumber: good }, level: 5 });
    const poor = await submit(kiosk.token, 'rating', {
      target: { caseNumber: bad },
      level: 1,
      reasons: ['办事程序是否便利'],
      comment: '跑了两趟',
    });
    await submit(kiosk.token, 'rating', { target: { hallVisit: true }, level: 4 });

    let staff = await h.login('zhanzhang');
    const res = await staff.get('/console/api/ratings?from=2026-11-01&to=2026-11-30');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<RatingsAnswer>();
    expect(report.total).toBe(3);
    expect(report.byMonth).toEqual([{ key: '2026-11', counts: [1, 0, 0, 1, 1], total: 3, satisfied: 2 / 3 }]);
    expect(report.byItem.map((g) => [g.key, g.total])).toEqual([
      ['临时救助', 1],
      ['最低生活保障审核确认', 1],
      ['现场服务', 1],
    ]);
    expect(report.poor).toHaveLength(1);
    // 5 working days for 回访 and 15 for 整改, with 1 December (a hall holiday) and weekends skipped.
    expect(report.poor[0]).toMatchObject({
      ratingNumber: poor,
      targetCase: bad,
      itemName: '最低生活保障审核确认',
      reasons: ['办事程序是否便利'],
      comment: '跑了两趟',
      callbackDue: '2026-12-03',
      rectifyDue: '2026-12-17',
      workingDaysLeft: 15,
      overdue: false,
    });

    // A hall user of another hall sees none of it and cannot act on it.
    const other = await h.login('xihe');
    expect((await other.get('/console/api/ratings')).json<RatingsAnswer>().poor).toEqual([]);
    expect(
      (await other.post(`/console/api/ratings/${poor}/actions`, { kind: '回访', note: '已致电' })).statusCode,
    ).toBe(404);

    // Three weeks later, nothing done: overdue, and still listed outside the period.
    h.clock.now = new Date('2026-12-18T02:00:00.000Z');
    staff = await h.login('zhanzhang'); // the old session has expired
    const late = (
      await staff.get('/console/api/ratings?from=2026-12-01&to=2026-12-31')
    ).json<RatingsAnswer>();
    expect(late.total).toBe(0);
    expect(late.poor[0]).toMatchObject({ ratingNumber: poor, overdue: true, workingDaysLeft: -1 });
    expect(late).toMatchObject({ poorTotal: 1, poorOpen: 1, poorOverdue: 1, page: 1, pageSize: 50 });

    expect(
      (
        await staff.post(`/console/api/ratings/${poor}/actions`, {
          kind: '回访',
          note: '电话回访，群众已谅解',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await staff.post(`/console/api/ratings/${poor}/actions`, { kind: '整改', note: '增设一次告知单' }))
        .statusCode,
    ).toBe(200);
    const done = (
      await staff.get('/console/api/ratings?from=2026-11-01&to=2026-12-31')
    ).json<RatingsAnswer>();
    expect(done.poor[0]).toMatchObject({ overdue: false, workingDaysLeft: null });
    expect(done).toMatchObject({ poorTotal: 1, poorOpen: 0, poorOverdue: 0 });
    expect(done.poor[0]?.actions.map((a) => [a.kind, a.note, a.user])).toEqual([
      ['回访', '电话回访，群众已谅解', 'zhanzhang'],
      ['整改', '增设一次告知单', 'zhanzhang'],
    ]);
    // The CLI's followups list reads the same 回访.
    const [followup] = await h.rows<{ done_at: string | null }>(
      'SELECT done_at FROM followups WHERE case_number = ?',
      poor,
    );
    expect(followup?.done_at).toBe('2026-12-18T02:00:00.000Z');
    // Not once outside the period after rectification.
    const after = (
      await staff.get('/console/api/ratings?from=2026-12-01&to=2026-12-31')
    ).json<RatingsAnswer>();
    expect(after.poor).toEqual([]);
    expect(after).toMatchObject({ poorTotal: 0, poorOpen: 0, poorOverdue: 0 });

    const district = await h.login('quzhang');
    const audit = (await district.get('/console/api/audit')).json<{
      entries: { action: string; target: string }[];
    }>();
    expect(audit.entries.filter((e) => e.target === poor).map((e) => e.action)).toEqual([
      'rating.整改',
      'rating.回访',
    ]);

    // Bad input: a Chinese message, never a 5xx.
    const bad1 = await staff.post(`/console/api/ratings/${poor}/actions`, { kind: '表扬', note: '' });
    expect(bad1.statusCode).toBe(400);
    expect(bad1.json<{ error: { message: string } }>().error.message).toMatch(/回访 或 整改/);
    expect((await staff.get('/console/api/ratings?from=2026-12-31&to=2026-01-01')).statusCode).toBe(400);
    expect((await staff.get('/console/api/ratings?from=2020-01-01&to=2026-01-01')).statusCode).toBe(400);
  });
});

describe.each(STORE_KINDS)('投诉建议 (%s)', (kind) => {
  it('is answered in the console and read back at a kiosk of the hall by the slip number', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const kiosk = await h.kiosk();
    const otherHall = await h.kiosk(HALL_B.code);
    const number = await submit(kiosk.token, 'complaint', {
      category: '办事效率',
      text: '等了一个小时没人办',
      phone: '13805331234',
      anonymous: false,
      trackingNumber: 'ZCKL01202611250007',
    });
    const staff = await h.login('zhanzhang');
    const list = (await staff.get('/console/api/complaints')).json<ComplaintsAnswer>();
    expect(list.rows).toEqual([
      expect.objectContaining({
        number,
        trackingNumber: 'ZCKL01202611250007',
        category: '办事效率',
        text: '等了一个小时没人办',
        maskedPhone: '138****1234',
        status: '待处理',
        reply: null,
      }),
    ]);

    const lookup = (token: string, n: string) =>
      h.app.inject({
        method: 'POST',
        url: '/v1/complaints/lookup',
        headers: bearer(token),
        payload: { number: n },
      });
    const before = await lookup(kiosk.token, 'zckl01202611250007');
    expect(before.statusCode).toBe(200);
    expect(complaintLookupAnswerSchema.parse(before.json()).complaints).toEqual([
      {
        category: '办事效率',
        receivedAt: h.clock.now.toISOString(),
        status: '待处理',
        reply: null,
        repliedAt: null,
      },
    ]);

    // 已答复 needs a reply.
    expect(
      (await staff.post(`/console/api/complaints/${number}/reply`, { status: '已答复' })).statusCode,
    ).toBe(400);
    const answered = await staff.post(`/console/api/complaints/${number}/reply`, {
      status: '已答复',
      reply: '已增派窗口人员，高峰时段开放两个窗口。',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(
      (await staff.get('/console/api/complaints?status=已答复')).json<ComplaintsAnswer>().rows,
    ).toHaveLength(1);
    expect(
      (await staff.get('/console/api/complaints?status=待处理')).json<ComplaintsAnswer>().rows,
    ).toHaveLength(0);

    for (const n of ['ZCKL01202611250007', number]) {
      const after = complaintLookupAnswerSchema.parse((await lookup(kiosk.token, n)).json());
      expect(after.complaints).toEqual([
        expect.objectContaining({ status: '已答复', reply: '已增派窗口人员，高峰时段开放两个窗口。' }),
      ]);
      expect(JSON.stringify(after)).not.toMatch(/等了一个小时|13805331234/);
    }
    // Another hall's kiosk finds nothing; nor does a number nobody was given.
    expect(
      complaintLookupAnswerSchema.parse((await lookup(otherHall.token, number)).json()).complaints,
    ).toEqual([]);
    expect(
      complaintLookupAnswerSchema.parse((await lookup(kiosk.token, 'ZCKL01202611259999')).json()).complaints,
    ).toEqual([]);
    expect((await lookup(kiosk.token, '短')).statusCode).toBe(400);
    // No device token, no answer.
    expect(
      (await h.app.inject({ method: 'POST', url: '/v1/complaints/lookup', payload: { number } })).statusCode,
    ).toBe(401);
  });
});

describe.each(STORE_KINDS)('预约 (%s)', (kind) => {
  it('shows a hall day with capacity and masked holders; edits slots and holidays', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    await h.createUser('quzhang', 'district');
    const kiosk = await h.kiosk();
    const staff = await h.login('zhanzhang');
    expect(
      (
        await staff.post('/console/api/bookings/schedule', {
          weekday: 4,
          times: ['09:00', '10:00'],
          capacity: 2,
        })
      ).statusCode,
    ).toBe(200);
    const booked = await h.client(kiosk.token).book({
      idempotencyKey: randomUUID(),
      itemId: 'pension-enroll',
      slotDate: '2026-11-26',
      slotTime: '09:00',
      name: '韩红英',
      idNumber: '370302199001010029',
      phone: '13805331234',
    });
    const day = (await staff.get('/console/api/bookings?date=2026-11-26')).json<BookingsAnswer>();
    expect(day.slots).toEqual([
      { time: '09:00', capacity: 2, booked: 1 },
      { time: '10:00', capacity: 2, booked: 0 },
    ]);
    expect(day.bookings).toEqual([
      {
        number: booked.appointmentNumber,
        time: '09:00',
        itemId: 'pension-enroll',
        maskedName: expect.not.stringContaining('红英'),
        maskedPhone: '138****1234',
        cancelled: false,
      },
    ]);
    expect(JSON.stringify(day)).not.toMatch(/韩红英|370302199001010029|13805331234/);

    expect(
      (await staff.post('/console/api/bookings/holidays', { date: '2026-12-03', closed: true })).statusCode,
    ).toBe(200);
    const closed = (await staff.get('/console/api/bookings?date=2026-12-03')).json<BookingsAnswer>();
    expect(closed).toMatchObject({ holiday: true, slots: [] });
    // The kiosks' slot list agrees: no seats on the holiday.
    const slots = await h
      .client(kiosk.token)
      .slots({ itemId: 'pension-enroll', from: '2026-12-03', days: 1 });
    expect(slots.dates.flatMap((d) => d.slots)).toEqual([]);
    expect(
      (await staff.post('/console/api/bookings/holidays', { date: '2026-12-03', closed: false })).statusCode,
    ).toBe(200);
    expect((await staff.get('/console/api/bookings?date=2026-12-03')).json<BookingsAnswer>().holiday).toBe(
      false,
    );

    // A hall user edits only its own hall; a district user must name one.
    expect(
      (
        await staff.post('/console/api/bookings/schedule', {
          hall: HALL_B.code,
          weekday: 1,
          times: [],
          capacity: 1,
        })
      ).statusCode,
    ).toBe(403);
    const district = await h.login('quzhang');
    expect((await district.get('/console/api/bookings')).statusCode).toBe(400);
    expect((await district.get(`/console/api/bookings?hall=${HALL_B.code}`)).statusCode).toBe(200);
    expect((await district.get('/console/api/bookings?hall=NOPE99')).statusCode).toBe(404);
    const bad = await staff.post('/console/api/bookings/schedule', {
      weekday: 8,
      times: ['25:00'],
      capacity: 0,
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe.each(STORE_KINDS)('事项目录 (%s)', (kind) => {
  it('previews the diff of an upload field by field, then publishes it signed as the CLI does', async () => {
    h = await startConsoleHarness(kind);
    await h.createUser('zhanzhang', 'hall', HALL.code);
    await h.createUser('quzhang', 'district');
    await h.publish(catalogV1());
    const v2 = catalogV2();
    const district = await h.login('quzhang');
    const preview = (
      await district.post('/console/api/catalog/preview', v2.catalog)
    ).json<CatalogPreviewAnswer>();
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    expect(preview.diff.added.map((i) => i.id)).toEqual([v2.added]);
    expect(preview.diff.removed.map((i) => i.id).sort()).toEqual([...v2.removed].sort());
    expect(preview.diff.changed).toEqual([
      expect.objectContaining({
        id: v2.changed,
        fields: [
          expect.objectContaining({
            field: 'aliases',
            after: expect.stringContaining('新俗称') as unknown as string,
          }),
        ],
      }),
    ]);
    // Nothing is published by a preview.
    expect((await h.store.currentCatalog())?.manifest.displayVersion).toBe(catalogV1().version);

    const invalid = structuredClone(v2.catalog) as unknown as { items: { name: unknown }[] };
    invalid.items[0]!.name = '';
    const refused = (
      await district.post('/console/api/catalog/preview', invalid)
    ).json<CatalogPreviewAnswer>();
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems[0]?.field).toMatch(/^items\.0\.name/);
    expect((await district.post('/console/api/catalog/publish', invalid)).statusCode).toBe(400);

    const hallUser = await h.login('zhanzhang');
    expect((await hallUser.post('/console/api/catalog/publish', v2.catalog)).statusCode).toBe(403);

    const published = await district.post('/console/api/catalog/publish', v2.catalog);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      version: 2,
      displayVersion: v2.catalog.version,
      added: 1,
      changed: 1,
      removed: 2,
    });
    // Signed: a kiosk's client verifies the manifest against the district key.
    const page = await h.client((await h.kiosk()).token).catalogPage({ since: 1 });
    expect(page.manifest.version).toBe(2);
    expect(page.signature.length).toBeGreaterThan(0);
    // Publishing the same version again is refused.
    expect((await district.post('/console/api/catalog/publish', v2.catalog)).statusCode).toBe(400);
  });
});

describe.each(STORE_KINDS)('办件 field labels (%s)', (kind) => {
  it('names each value by the label of the catalog form, in the form order; unknown keys keep their name', async () => {
    h = await startConsoleHarness(kind);
    await h.publish(catalogV1());
    await h.createUser('zhanzhang', 'hall', HALL.code);
    const kiosk = await h.kiosk();
    const number = await submit(kiosk.token, 'declaration', {
      itemId: 'pension-enroll',
      itemName: '城乡居民基本养老保险参保登记',
      values: { householdVillage: '磁村', phone: '13805331234', legacyKey: '旧字段' },
    });
    // Without an itemId, the item is found by its name.
    const byName = await submit(kiosk.token, 'declaration', {
      itemName: '城乡居民基本养老保险参保登记',
      values: { insuredType: '普通居民' },
    });
    const staff = await h.login('zhanzhang');
    const detail = (await staff.get(`/console/api/cases/${number}`)).json<{
      case: { fields: { key: string; label: string; value: string }[] };
    }>().case;
    expect(detail.fields).toEqual([
      { key: 'phone', label: '联系电话', value: '13805331234' },
      { key: 'householdVillage', label: '户籍所在村（社区）', value: '磁村' },
      { key: 'legacyKey', label: 'legacyKey', value: '旧字段' },
    ]);
    const second = (await staff.get(`/console/api/cases/${byName}`)).json<{
      case: { fields: { label: string }[] };
    }>().case;
    expect(second.fields.map((f) => f.label)).toEqual(['参保人员身份']);
  });
});
