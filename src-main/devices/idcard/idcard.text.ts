/**
 * Parser of the reader's 256-byte text block (UCS-2LE, space padded) into an IdCard. Pure and total:
 * any input gives a card or a typed DeviceError; error messages name the field, never its content.
 * Layouts: /work/shared/DOMAIN.md §4; the card type is the character at offset 248.
 */
import type { DeviceError } from '../../contract/errors.js';
import { driverError } from './idcard.errors.js';
import type { IdCard, IdCardSex } from './idcard.types.js';
import { validateIdNumber } from '../../contract/id-number.js';

export const TEXT_LENGTH = 256;
const TYPE_OFFSET = 248;

/** GB/T 3304 nation codes, as printed on the card (without 族). */
// prettier-ignore
export const NATIONS: Readonly<Record<string, string>> = {
  '01': '汉', '02': '蒙古', '03': '回', '04': '藏', '05': '维吾尔', '06': '苗', '07': '彝', '08': '壮',
  '09': '布依', '10': '朝鲜', '11': '满', '12': '侗', '13': '瑶', '14': '白', '15': '土家', '16': '哈尼',
  '17': '哈萨克', '18': '傣', '19': '黎', '20': '傈僳', '21': '佤', '22': '畲', '23': '高山', '24': '拉祜',
  '25': '水', '26': '东乡', '27': '纳西', '28': '景颇', '29': '柯尔克孜', '30': '土', '31': '达斡尔',
  '32': '仫佬', '33': '羌', '34': '布朗', '35': '撒拉', '36': '毛南', '37': '仡佬', '38': '锡伯', '39': '阿昌',
  '40': '普米', '41': '塔吉克', '42': '怒', '43': '乌孜别克', '44': '俄罗斯', '45': '鄂温克', '46': '德昂',
  '47': '保安', '48': '裕固', '49': '京', '50': '塔塔尔', '51': '独龙', '52': '鄂伦春', '53': '赫哲',
  '54': '门巴', '55': '珞巴', '56': '基诺', '97': '其他', '98': '外国血统中国籍人士',
};

const SEXES: Readonly<Record<string, IdCardSex>> = { '0': '未知', '1': '男', '2': '女', '9': '未说明' };

/** The layouts we know, by the type character at offset 248. */
export type CardTextKind = 'resident' | 'hmt' | 'foreign-old' | 'foreign-2023';

export type CardTextResult = { ok: true; card: IdCard } | { ok: false; error: DeviceError };

/** Spaces, NUL and other control characters, and the ideographic space. */
function isPadding(code: number): boolean {
  return code <= 0x20 || code === 0x3000;
}

/** Decodes UCS-2LE and strips the space / NUL padding. */
export function decodeUcs2(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2)
    s += String.fromCharCode((bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8));
  let start = 0;
  let end = s.length;
  while (start < end && isPadding(s.charCodeAt(start))) start++;
  while (end > start && isPadding(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** The layout of a text block, or null for an unknown type character. */
export function cardTextKind(text: Uint8Array): CardTextKind | null {
  if (text.length !== TEXT_LENGTH || text[TYPE_OFFSET + 1] !== 0) return null;
  switch (text[TYPE_OFFSET]) {
    case 0x20:
    case 0x00:
      return 'resident';
    case 0x4a: // 'J'
      return 'hmt';
    case 0x49: // 'I'
      return 'foreign-old';
    case 0x59: // 'Y'
      return 'foreign-2023';
    default:
      return null;
  }
}

class FieldError extends Error {
  constructor(
    readonly kind: 'text-format' | 'checksum-id',
    readonly field: string,
  ) {
    super(field);
  }
}

function field(text: Uint8Array, offset: number, length: number): string {
  return decodeUcs2(text.subarray(offset, offset + length));
}

function date(value: string, fieldName: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) throw new FieldError('text-format', fieldName);
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const dt = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1800 ||
    dt.getUTCFullYear() !== year ||
    dt.getUTCMonth() !== month - 1 ||
    dt.getUTCDate() !== day
  ) {
    throw new FieldError('text-format', fieldName);
  }
  return `${y}-${mo}-${d}`;
}

function validUntil(value: string): string {
  return value === '长期' ? '长期' : date(value, 'validUntil');
}

function sex(value: string): IdCardSex {
  const s = SEXES[value];
  if (!s) throw new FieldError('text-format', 'sex');
  return s;
}

function required(value: string, fieldName: string): string {
  if (value === '') throw new FieldError('text-format', fieldName);
  return value;
}

function idNumber(value: string): string {
  const id = value.toUpperCase();
  const check = validateIdNumber(id);
  if (!check.ok)
    throw new FieldError(check.problem === 'checksum' ? 'checksum-id' : 'text-format', 'idNumber');
  return id;
}

function count(value: string): number | undefined {
  return /^\d{1,2}$/.test(value) ? Number(value) : undefined;
}

function parseResident(t: Uint8Array): IdCard {
  const nationCode = field(t, 32, 4);
  return {
    cardType: '居民身份证',
    name: required(field(t, 0, 30), 'name'),
    sex: sex(field(t, 30, 2)),
    // An unknown code is shown as read rather than rejecting the card.
    nation: NATIONS[nationCode] ?? required(nationCode, 'nation'),
    birthDate: date(field(t, 36, 16), 'birthDate'),
    address: field(t, 52, 70),
    idNumber: idNumber(field(t, 122, 36)),
    issuer: field(t, 158, 30),
    validFrom: date(field(t, 188, 16), 'validFrom'),
    validUntil: validUntil(field(t, 204, 16)),
  };
}

function parseHmt(t: Uint8Array): IdCard {
  const card: IdCard = {
    cardType: '港澳台居民居住证',
    name: required(field(t, 0, 30), 'name'),
    sex: sex(field(t, 30, 2)),
    birthDate: date(field(t, 36, 16), 'birthDate'),
    address: field(t, 52, 70),
    idNumber: idNumber(field(t, 122, 36)),
    issuer: field(t, 158, 30),
    validFrom: date(field(t, 188, 16), 'validFrom'),
    validUntil: validUntil(field(t, 204, 16)),
  };
  const passNumber = field(t, 220, 18);
  if (passNumber) card.passNumber = passNumber;
  const issueCount = count(field(t, 238, 4));
  if (issueCount !== undefined) card.issueCount = issueCount;
  return card;
}

function parseForeignOld(t: Uint8Array): IdCard {
  const englishName = field(t, 0, 120);
  const chineseName = field(t, 158, 30);
  const permit = field(t, 122, 30).toUpperCase();
  if (!/^[A-Z]{3}\d{12}$/.test(permit)) throw new FieldError('text-format', 'idNumber');
  const card: IdCard = {
    cardType: '外国人永久居留身份证',
    name: required(chineseName || englishName, 'name'),
    sex: sex(field(t, 120, 2)),
    birthDate: date(field(t, 220, 16), 'birthDate'),
    address: '',
    idNumber: permit,
    issuer: field(t, 240, 8),
    validFrom: date(field(t, 188, 16), 'validFrom'),
    validUntil: validUntil(field(t, 204, 16)),
  };
  if (englishName) card.englishName = englishName;
  const nationality = field(t, 152, 6);
  if (nationality) card.nationality = nationality;
  return card;
}

function parseForeign2023(t: Uint8Array): IdCard {
  const chineseName = field(t, 0, 30);
  // The English name runs over two fields: characters 1–35 at 52, 36–46 at 220.
  const englishName = (decodeUcs2(t.subarray(52, 122)) + decodeUcs2(t.subarray(220, 242))).trim();
  const card: IdCard = {
    cardType: '外国人永久居留身份证',
    name: required(chineseName || englishName, 'name'),
    sex: sex(field(t, 30, 2)),
    birthDate: date(field(t, 36, 16), 'birthDate'),
    address: '',
    idNumber: idNumber(field(t, 122, 36)),
    issuer: '',
    validFrom: date(field(t, 188, 16), 'validFrom'),
    validUntil: validUntil(field(t, 204, 16)),
  };
  if (englishName) card.englishName = englishName;
  const nationality = field(t, 242, 6);
  if (nationality) card.nationality = nationality;
  const renewals = count(field(t, 32, 4));
  if (renewals !== undefined) card.issueCount = renewals;
  return card;
}

const PARSERS: Record<CardTextKind, (t: Uint8Array) => IdCard> = {
  resident: parseResident,
  hmt: parseHmt,
  'foreign-old': parseForeignOld,
  'foreign-2023': parseForeign2023,
};

/** Parses a 256-byte text block. Never throws. */
export function parseCardText(text: Uint8Array): CardTextResult {
  if (text.length !== TEXT_LENGTH) {
    return {
      ok: false,
      error: driverError('text-format', `text block is ${text.length} bytes, expected 256`),
    };
  }
  const kind = cardTextKind(text);
  if (!kind)
    return { ok: false, error: driverError('unknown-card-type', 'unknown type character at offset 248') };
  try {
    return { ok: true, card: PARSERS[kind](text) };
  } catch (e) {
    if (e instanceof FieldError) return { ok: false, error: driverError(e.kind, `field ${e.field}`) };
    return { ok: false, error: driverError('text-format', 'unexpected parse failure') };
  }
}
