/**
 * Which on-screen input a field opens, how its value is shown, and when it is locked: pure, so the
 * choices are tested without a browser.
 */
import type { ScalarFormField } from '../../src-main/contract/catalog.schema.js';
import { checkScalar } from '../../src-main/contract/form-values.js';
import { isValidIdNumber } from '../../src-main/contract/id-number.js';
import { dateInChinese } from './date-step.js';

export type InputSpec =
  | {
      readonly kind: 'pinyin';
      readonly maxLength: number;
      /** Names rank surnames first on the pinyin keyboard. */
      readonly textKind: 'text' | 'name' | 'address';
    }
  | {
      readonly kind: 'numeric';
      readonly maxLength: number;
      readonly allowX: boolean;
      /** Offer a decimal point (amounts, areas). */
      readonly decimal: boolean;
    }
  | { readonly kind: 'date' }
  | { readonly kind: 'choice'; readonly options: readonly string[] };

/** Text limits when the field sets none: the contract's limits for the same types. */
export const TEXT_LIMITS = { text: 100, longtext: 1000, name: 30, address: 120 } as const;
export const PHONE_LENGTH = 11;
export const ID_NUMBER_LENGTH = 18;
/** Digits and a decimal point a number field takes when it sets no `maxLength`. */
export const NUMBER_LENGTH = 12;
/**
 * Numbers that are counted, not measured (人口数, 层数, 年龄, 年份…): no decimal point key. The schema
 * has no integer flag, so the label decides; amounts and areas (元, 亩, 平方米) keep the key.
 */
const COUNTED = /人数|人口|层数|年龄|年份|年限|株数|次数|个数|孩次|胎次/;

export function inputFor(field: ScalarFormField): InputSpec {
  switch (field.type) {
    case 'text':
    case 'longtext':
    case 'name':
    case 'address':
      return {
        kind: 'pinyin',
        maxLength: field.maxLength ?? TEXT_LIMITS[field.type],
        textKind: field.type === 'name' || field.type === 'address' ? field.type : 'text',
      };
    case 'phone':
      return { kind: 'numeric', maxLength: PHONE_LENGTH, allowX: false, decimal: false };
    case 'idNumber':
      return { kind: 'numeric', maxLength: ID_NUMBER_LENGTH, allowX: true, decimal: false };
    case 'number':
      return {
        kind: 'numeric',
        maxLength: field.maxLength ?? NUMBER_LENGTH,
        allowX: false,
        decimal: !COUNTED.test(field.label),
      };
    case 'date':
      return { kind: 'date' };
    case 'choice':
      return { kind: 'choice', options: field.options ?? [] };
  }
}

/**
 * Whether a keypad field is complete, so it closes by itself: a phone number of 11 digits, an ID
 * number of 18 characters whose check digit is right (a wrong one stays open to be corrected).
 */
export function isComplete(field: ScalarFormField, value: string): boolean {
  if (field.type === 'phone') return /^\d{11}$/.test(value);
  if (field.type === 'idNumber') return value.length === ID_NUMBER_LENGTH && isValidIdNumber(value);
  return false;
}

/** The decimal point key: `0.` on an empty field, nothing when there is one already or no room. */
export function appendDecimalPoint(value: string, maxLength: number): string {
  if (value.includes('.')) return value;
  const next = value === '' ? '0.' : `${value}.`;
  return next.length <= maxLength ? next : value;
}

/** The value as the citizen reads it: dates in Chinese, everything else as typed; '' when empty. */
export function displayValue(field: ScalarFormField, value: string): string {
  return field.type === 'date' ? dateInChinese(value) : value;
}

/**
 * Name and ID number read from the card cannot be changed at the kiosk. A card value the form's
 * check refuses (e.g. a permit number that is not 18 digits) stays editable, so nobody is stuck.
 */
export function isLocked(
  field: ScalarFormField,
  value: string,
  prefilled: boolean,
  now = new Date(),
): boolean {
  if (!prefilled || (field.prefill !== 'name' && field.prefill !== 'idNumber')) return false;
  return checkScalar(field, value, now) === null;
}
