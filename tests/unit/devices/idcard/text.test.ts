import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeviceError } from '../../../../src-main/contract/errors.js';
import {
  cardTextKind,
  decodeUcs2,
  NATIONS,
  parseCardText,
} from '../../../../src-main/devices/idcard/idcard.text.js';
import {
  buildCardText,
  FOREIGN_2023_CARD,
  FOREIGN_OLD_CARD,
  HMT_CARD,
  RESIDENT_CARD,
  withCheckDigit,
  type CardFields,
} from '../../../emulators/idcard-emulator.js';

function parseOk(fields: CardFields) {
  const r = parseCardText(buildCardText(fields));
  if (!r.ok) throw new Error(`expected a card, got ${r.error.reason}`);
  return r.card;
}

function parseErr(text: Uint8Array): DeviceError {
  const r = parseCardText(text);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('text block builder', () => {
  it('makes 256 bytes of UCS-2LE with the type character at 248', () => {
    const t = buildCardText(RESIDENT_CARD);
    expect(t.length).toBe(256);
    expect(Array.from(t.subarray(0, 6))).toEqual([0xe9, 0x97, 0xa2, 0x7e, 0xf1, 0x82]); // 韩红英
    expect(t[248]).toBe(0x20);
    expect(buildCardText(HMT_CARD)[248]).toBe(0x4a);
  });
});

describe('parseCardText', () => {
  it('parses the resident card', () => {
    expect(parseOk(RESIDENT_CARD)).toEqual({
      cardType: '居民身份证',
      name: '韩红英',
      sex: '女',
      nation: '汉',
      birthDate: '1990-01-01',
      address: '山东省淄博市淄川区昆仑镇昆仑村123号',
      idNumber: '370302199001010029',
      issuer: '淄博市公安局淄川分局',
      validFrom: '2015-03-01',
      validUntil: '2035-03-01',
    });
  });

  it('reads 长期, X in the number, sex 9 and 0, and every nation code', () => {
    const card = parseOk({
      ...RESIDENT_CARD,
      validUntil: '长期',
      sexCode: '9',
      idNumber: '11010519491231002X',
      birth: '19491231',
      nationCode: '03',
    });
    expect(card).toMatchObject({
      validUntil: '长期',
      sex: '未说明',
      idNumber: '11010519491231002X',
      nation: '回',
    });
    expect(parseOk({ ...RESIDENT_CARD, sexCode: '0' }).sex).toBe('未知');
    expect(parseOk({ ...RESIDENT_CARD, sexCode: '1' }).sex).toBe('男');
    for (const [code, name] of Object.entries(NATIONS)) {
      expect(parseOk({ ...RESIDENT_CARD, nationCode: code }).nation).toBe(name);
    }
    expect(Object.keys(NATIONS)).toHaveLength(58);
    expect(NATIONS['02']).toBe('蒙古');
    expect(NATIONS['98']).toBe('外国血统中国籍人士');
  });

  it('uppercases a lower-case x', () => {
    expect(parseOk({ ...RESIDENT_CARD, idNumber: '11010519491231002x' }).idNumber).toBe('11010519491231002X');
  });

  it('parses a 港澳台居民居住证 with pass number and issue count', () => {
    expect(parseOk(HMT_CARD)).toEqual({
      cardType: '港澳台居民居住证',
      name: '陈大文',
      sex: '男',
      birthDate: '1995-01-01',
      address: '山东省淄博市淄川区般阳路1号',
      idNumber: '810000199501011237',
      issuer: '淄博市公安局淄川分局',
      validFrom: '2020-01-01',
      validUntil: '2025-01-01',
      passNumber: 'H12345678',
      issueCount: 2,
    });
  });

  it('parses an old (I) 外国人永久居留身份证', () => {
    expect(parseOk(FOREIGN_OLD_CARD)).toEqual({
      cardType: '外国人永久居留身份证',
      name: '史约翰',
      sex: '男',
      birthDate: '1980-01-01',
      address: '',
      idNumber: 'CAN370680010101',
      issuer: '3700',
      validFrom: '2015-01-01',
      validUntil: '2025-01-01',
      englishName: 'SMITH, JOHN',
      nationality: 'CAN',
    });
  });

  it('falls back to the English name when an I card has no Chinese name', () => {
    expect(parseOk({ ...FOREIGN_OLD_CARD, chineseName: '' }).name).toBe('SMITH, JOHN');
  });

  it('parses a 2023 (Y) 外国人永久居留身份证, joining the two parts of the English name', () => {
    expect(parseOk(FOREIGN_2023_CARD)).toEqual({
      cardType: '外国人永久居留身份证',
      name: '史密斯',
      sex: '男',
      birthDate: '1980-01-01',
      address: '',
      idNumber: '937124198001010014',
      issuer: '',
      validFrom: '2023-01-01',
      validUntil: '2033-01-01',
      englishName: 'SMITHERSON-WILLIAMS, JONATHAN ALEXANDER',
      nationality: 'CAN',
      issueCount: 1,
    });
    expect(parseOk({ ...FOREIGN_2023_CARD, englishName: 'DOE, JANE' }).englishName).toBe('DOE, JANE');
  });

  it('reports a wrong ID check digit as DeviceError checksum-id without the number', () => {
    const e = parseErr(buildCardText({ ...RESIDENT_CARD, idNumber: '370302199001010021' }));
    expect(e).toBeInstanceOf(DeviceError);
    expect(e.reason).toBe('checksum-id');
    expect(e.device).toBe('idcard');
    expect(e.userMessage).toMatch(/身份证号码/);
    expect(e.message).not.toContain('3703');
    expect(parseErr(buildCardText({ ...HMT_CARD, idNumber: '810000199501011230' })).reason).toBe(
      'checksum-id',
    );
    expect(parseErr(buildCardText({ ...FOREIGN_2023_CARD, idNumber: '937124198001010010' })).reason).toBe(
      'checksum-id',
    );
  });

  it('rejects malformed fields as text-format, naming the field only', () => {
    const cases: [CardFields, string][] = [
      [{ ...RESIDENT_CARD, sexCode: '3' as '1' }, 'sex'],
      [{ ...RESIDENT_CARD, birth: '19900230' }, 'birthDate'],
      [{ ...RESIDENT_CARD, birth: '1990010' }, 'birthDate'],
      [{ ...RESIDENT_CARD, validFrom: 'abcdefgh' }, 'validFrom'],
      [{ ...RESIDENT_CARD, validUntil: '短期' }, 'validUntil'],
      [{ ...RESIDENT_CARD, name: '' }, 'name'],
      [{ ...RESIDENT_CARD, idNumber: '37030219900101002' }, 'idNumber'],
      [{ ...FOREIGN_OLD_CARD, permitNumber: 'CA3706800101011' }, 'idNumber'],
    ];
    for (const [fields, field] of cases) {
      const e = parseErr(buildCardText(fields));
      expect(e.reason).toBe('text-format');
      expect(e.message).toContain(field);
      expect(e.userMessage).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('shows an unknown nation code as read', () => {
    expect(parseOk({ ...RESIDENT_CARD, nationCode: '77' }).nation).toBe('77');
  });

  it('rejects a wrong length and an unknown type character', () => {
    expect(parseErr(new Uint8Array(255)).reason).toBe('text-format');
    const t = buildCardText(RESIDENT_CARD);
    t[248] = 0x51; // 'Q'
    expect(cardTextKind(t)).toBeNull();
    expect(parseErr(t).reason).toBe('unknown-card-type');
  });

  it('decodes UCS-2LE and strips padding', () => {
    expect(decodeUcs2(Uint8Array.from([0x41, 0, 0x20, 0, 0x42, 0, 0x20, 0, 0x20, 0, 0, 0]))).toBe('A B');
    expect(decodeUcs2(Uint8Array.from([0x41]))).toBe('');
  });
});

describe('parseCardText properties', () => {
  const isTyped = (r: ReturnType<typeof parseCardText>): boolean =>
    r.ok || (r.error instanceof DeviceError && r.error.device === 'idcard');

  it('any byte block yields a card or a typed error, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(isTyped(parseCardText(bytes))).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 256, maxLength: 256 }),
        fc.constantFrom(0x20, 0x4a, 0x49, 0x59),
        (b, t) => {
          b[248] = t;
          b[249] = 0;
          expect(isTyped(parseCardText(b))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('corrupting bytes of a valid block still yields a card or a typed error', () => {
    const fixtures = [RESIDENT_CARD, HMT_CARD, FOREIGN_OLD_CARD, FOREIGN_2023_CARD].map(buildCardText);
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ minLength: 1, maxLength: 1 }))),
        (fixture, edits) => {
          const b = fixture.slice();
          for (const [pos, [v]] of edits) b[pos] = v ?? 0;
          expect(isTyped(parseCardText(b))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid resident fields', () => {
    const digits = (n: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const hanzi = fc
      .array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 1, maxLength: 15 })
      .map((a) => String.fromCharCode(...a));
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        hanzi,
        digits(6),
        digits(3),
        day,
        fc.constantFrom(...Object.keys(NATIONS)),
        (name, area, seq, birth, nation) => {
          const ymd = birth.replaceAll('-', '');
          const card = parseOk({
            ...RESIDENT_CARD,
            name,
            nationCode: nation,
            birth: ymd,
            idNumber: withCheckDigit(area + ymd + seq),
          });
          expect(card.name).toBe(name);
          expect(card.birthDate).toBe(birth);
          expect(card.nation).toBe(NATIONS[nation]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
