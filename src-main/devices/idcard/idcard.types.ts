/**
 * Types of the ID-card reader: what a read card looks like once parsed. The photo (WLT) and any
 * fingerprint data are never part of these types: they are dropped right after a frame is parsed.
 */

/** The printed name of the card's type. */
export type IdCardType = '居民身份证' | '港澳台居民居住证' | '外国人永久居留身份证';

/** Sex as printed, from the code on the card: 1 男, 2 女, 0 未知, 9 未说明. */
export type IdCardSex = '男' | '女' | '未知' | '未说明';

/** A card read from the reader. Personal data: never log it, never store it beyond the session. */
export interface IdCard {
  cardType: IdCardType;
  /** Chinese name (for a foreign permit, the Chinese name when the card has one, else the English name). */
  name: string;
  sex: IdCardSex;
  /** Ethnic group as printed without 族 (居民身份证 only), e.g. '汉', '蒙古'. */
  nation?: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** Address as printed; empty on foreign permits. */
  address: string;
  /** 公民身份号码, or the permit number on a foreign permit. */
  idNumber: string;
  /** Issuing authority as printed; on an old foreign permit its authority code, on a 2023 one empty. */
  issuer: string;
  /** YYYY-MM-DD. */
  validFrom: string;
  /** YYYY-MM-DD, or '长期' for a card without an end date. */
  validUntil: string;
  /** 港澳台居民居住证: the 通行证 number. */
  passNumber?: string;
  /** 港澳台居民居住证: 签发次数; 2023 foreign permit: 换证次数. */
  issueCount?: number;
  /** Foreign permits: the English name. */
  englishName?: string;
  /** Foreign permits: the nationality code as on the card (ISO 3166-1 alpha-3, e.g. 'CAN'). */
  nationality?: string;
}

/** Per-step timeouts of the reader driver, in milliseconds. */
export interface IdCardTimeouts {
  findMs: number;
  selectMs: number;
  readMs: number;
  samMs: number;
  resetMs: number;
}

export const DEFAULT_TIMEOUTS: IdCardTimeouts = {
  findMs: 200,
  selectMs: 200,
  readMs: 2000,
  samMs: 500,
  resetMs: 1000,
};

/** The byte link the driver talks over: a serial port in production, a fake in unit tests. */
export interface IdCardTransport {
  write(buf: Uint8Array): Promise<void>;
  /** Subscribe to incoming bytes; returns the unsubscribe function. */
  onData(cb: (chunk: Uint8Array) => void): () => void;
}
