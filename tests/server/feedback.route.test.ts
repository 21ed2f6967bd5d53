/**
 * The server's rules for ratings (one per case or appointment, 差评 with a reason and a follow-up due five
 * working days later), complaints and help calls, and the person's progress lookup.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseLookupAnswerSchema } from '../../src-main/district/protocol.types.js';
import { bearer, HALL, startHarness, STORE_KINDS, type Harness } from './server-harness.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness(kind);
    h.clock.now = new Date('2026-11-25T02:00:00.000Z'); // Wednesday in China
    token = (await h.enroll()).deviceToken;
  });
  afterEach(() => h.close());

  let key = 0;
  const submit = (kind: string, payload: object, auth = token) =>
    h.app.inject({
      method: 'POST',
      url: '/v1/submissions',
      headers: bearer(auth),
      payload: { idempotencyKey: `feedback-key-${String(++key).padStart(4, '0')}`, kind, payload },
    });

  const declare = async (idNumber = '370302199001010029', itemName = '临时救助'): Promise<string> => {
    const res = await submit('declaration', { itemName, applicant: { name: '韩红英', idNumber } });
    expect(res.statusCode).toBe(201);
    return res.json<{ caseNumber: string }>().caseNumber;
  };

  /** An appointment of HALL for Thursday 26 November, booked as a kiosk of the hall would. */
  const book = async (): Promise<string> => {
    await h.store.setSlotSchedule({ hallCode: HALL.code, weekdays: [4], times: ['09:00'], capacity: 5 });
    const outcome = await h.store.book({
      hallCode: HALL.code,
      deviceId: (await h.rows<{ id: string }>('SELECT id FROM devices'))[0]?.id ?? '',
      idempotencyKey: `booking-${String(++key).padStart(4, '0')}`,
      itemId: 'pension-enroll',
      slotDate: '2026-11-26',
      slotTime: '09:00',
      name: '韩红英',
      idNumber: '370302199001010029',
      phone: '13805331234',
      createdAt: h.clock.now.toISOString(),
      numberPrefix: 'YY20261125',
    });
    if (outcome.kind !== 'booked') throw new Error(`not booked: ${outcome.kind}`);
    return outcome.appointmentNumber;
  };

  describe('ratings', () => {
    it('one rating per case: a second (any device, any key) is 409 ALREADY_RATED "已评价"', async () => {
      const caseNumber = await declare();
      expect((await submit('rating', { target: { caseNumber }, level: 5 })).statusCode).toBe(201);
      const second = await submit('rating', { target: { caseNumber }, level: 4 });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({ error: { code: 'ALREADY_RATED', message: '已评价' } });
      const otherToken = (await h.enroll()).deviceToken;
      expect(
        (await submit('rating', { target: { caseNumber }, level: 1, reasons: ['服务态度'] }, otherToken))
          .statusCode,
      ).toBe(409);
      // The hall visit can be rated any number of times (once per visit is the kiosk's rule).
      expect((await submit('rating', { target: { hallVisit: true }, level: 4 })).statusCode).toBe(201);
      expect(
        (await submit('rating', { target: { hallVisit: true, itemId: 'dibao-confirm' }, level: 3 }))
          .statusCode,
      ).toBe(201);
      // An appointment too is rated once.
      const appointmentNumber = await book();
      expect((await submit('rating', { target: { appointmentNumber }, level: 5 })).statusCode).toBe(201);
      expect((await submit('rating', { target: { appointmentNumber }, level: 5 })).statusCode).toBe(409);
    });

    it('a 差评 needs a reason or a comment and opens a follow-up due five working days later', async () => {
      const caseNumber = await declare();
      const bare = await submit('rating', { target: { caseNumber }, level: 2 });
      expect(bare.statusCode).toBe(400);
      expect(bare.json()).toMatchObject({ error: { code: 'INVALID', field: 'payload.reasons' } });
      await h.store.addHoliday(HALL.code, '2026-11-30'); // Monday
      expect(
        (await submit('rating', { target: { caseNumber }, level: 1, comment: '等了很久' })).statusCode,
      ).toBe(201);
      const followUps = await h.store.listFollowUps();
      // Wed 25 → Thu 26, Fri 27, (weekend, holiday Mon 30) Tue 1, Wed 2, Thu 3.
      expect(followUps).toEqual([
        expect.objectContaining({
          targetCase: caseNumber,
          level: 1,
          dueDate: '2026-12-03',
          comment: '等了很久',
          doneAt: null,
        }),
      ]);
      expect((await submit('rating', { target: { hallVisit: true }, level: 3 })).statusCode).toBe(201);
      expect(await h.store.listFollowUps()).toHaveLength(1); // 基本满意 is not a 差评
    });

    it('refuses levels, reasons and targets outside the standard', async () => {
      for (const payload of [
        { target: { hallVisit: true }, level: 6 },
        { target: { hallVisit: true }, level: 2, reasons: ['太热了'] },
        { target: { caseNumber: 'zc-lower' }, level: 5 },
        { target: {}, level: 5 },
      ])
        expect((await submit('rating', payload)).statusCode, JSON.stringify(payload)).toBe(400);
    });

    it('ratedAt (addition 2) is stored as received; a kiosk without it, or with a malformed one, is not refused', async () => {
      const ratedAt = '2026-11-25T09:58:00.000+08:00';
      for (const extra of [{ ratedAt }, {}, { ratedAt: '昨天' }])
        expect((await submit('rating', { target: { hallVisit: true }, level: 5, ...extra })).statusCode).toBe(
          201,
        );
      const stored = await h.rows<{ payload: string }>(
        "SELECT payload FROM submissions WHERE kind = 'rating' ORDER BY case_number",
      );
      expect(stored.map((r) => (JSON.parse(String(r.payload)) as { ratedAt?: string }).ratedAt)).toEqual([
        ratedAt,
        undefined,
        '昨天',
      ]);
    });
  });

  describe('complaints and help calls', () => {
    it('a complaint: a known category and text; anonymous leaves no phone', async () => {
      expect(
        (await submit('complaint', { category: '办事效率', text: '排队太久', phone: '13805331234' }))
          .statusCode,
      ).toBe(201);
      expect(
        (await submit('complaint', { category: '其他', text: '建议增加座椅', anonymous: true })).statusCode,
      ).toBe(201);
      expect(
        (
          await submit('complaint', {
            category: '办事效率',
            text: '排队太久',
            phone: '13805331234',
            anonymous: true,
          })
        ).statusCode,
      ).toBe(400);
      expect((await submit('complaint', { category: '天气', text: '太冷' })).statusCode).toBe(400);
      expect((await submit('complaint', { category: '其他', text: '   ' })).statusCode).toBe(400);
      const listed = await h.store.listSubmissions('complaint', 10);
      expect(listed.map((c) => (c.payload as { category: string }).category).sort()).toEqual([
        '其他',
        '办事效率',
      ]);
    });

    it('a help call names kiosk, hall, screen and time only', async () => {
      const call = {
        callId: 'c0ffee00-0000-4000-8000-000000000001',
        kiosk: 'K1',
        hall: HALL.code,
        screen: 'home',
        time: h.clock.now.toISOString(),
      };
      expect((await submit('help', call)).statusCode).toBe(201);
      expect((await submit('help', { ...call, action: 'cancel' })).statusCode).toBe(201);
      expect((await submit('help', { ...call, name: '韩红英' })).statusCode).toBe(400);
    });
  });

  describe('POST /v1/cases/lookup', () => {
    const lookup = (body: object, auth = token) =>
      h.app.inject({ method: 'POST', url: '/v1/cases/lookup', headers: bearer(auth), payload: body });

    it('by ID number: the person’s declarations from every kiosk, newest first; nobody else’s', async () => {
      const first = await declare('370302199001010029', '临时救助');
      h.clock.now = new Date(h.clock.now.getTime() + 60_000);
      const otherToken = (await h.enroll()).deviceToken;
      const res0 = await submit(
        'declaration',
        { itemName: '生育登记', applicant: { name: '韩红英', idNumber: '370302199001010029' } },
        otherToken,
      );
      const second = res0.json<{ caseNumber: string }>().caseNumber;
      await declare('11010519491231002X', '医疗救助');
      await h.store.setCaseStatus({ caseNumber: first, status: '办理中', at: h.clock.now.toISOString() });
      const answer = caseLookupAnswerSchema.parse((await lookup({ idNumber: '370302199001010029' })).json());
      expect(answer.cases.map((c) => [c.caseNumber, c.itemName, c.status])).toEqual([
        [second, '生育登记', '已提交'],
        [first, '临时救助', '办理中'],
      ]);
      expect(answer.cases[1]?.history.map((e) => e.status)).toEqual(['已提交', '办理中']);
    });

    it('by case number + ID digits: the case, or an empty list that tells nothing', async () => {
      const caseNumber = await declare('11010519491231002X');
      const right = caseLookupAnswerSchema.parse((await lookup({ caseNumber, idLast4: '002x' })).json());
      expect(right.cases).toHaveLength(1);
      const wrongDigits = await lookup({ caseNumber, idLast4: '0029' });
      const wrongNumber = await lookup({ caseNumber: 'ZC20261125999999', idLast4: '002X' });
      expect(wrongDigits.statusCode).toBe(200);
      expect(wrongDigits.json()).toEqual({ cases: [] });
      expect(wrongNumber.json()).toEqual(wrongDigits.json());
      expect((await lookup({ caseNumber, idLast4: '12' })).statusCode).toBe(400);
      expect((await lookup({ idNumber: '370302199001010029' }, 'x'.repeat(43))).statusCode).toBe(401);
    });
  });
});
