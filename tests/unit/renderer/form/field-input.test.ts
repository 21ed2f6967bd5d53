import { describe, expect, it } from 'vitest';
import { scalarFieldSchema, type ScalarFormField } from '../../../../src-main/contract/catalog.schema.js';
import {
  appendDecimalPoint,
  displayValue,
  inputFor,
  isComplete,
  isLocked,
} from '../../../../src-renderer/form/field-input.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';

const field = (f: object): ScalarFormField => scalarFieldSchema.parse({ id: 'f', label: '字段', ...f });

describe('inputFor', () => {
  it('opens the pinyin keyboard for text, with the field limit or the contract default', () => {
    expect(inputFor(field({ type: 'text' }))).toEqual({ kind: 'pinyin', maxLength: 100, textKind: 'text' });
    expect(inputFor(field({ type: 'text', maxLength: 30 }))).toEqual({
      kind: 'pinyin',
      maxLength: 30,
      textKind: 'text',
    });
    expect(inputFor(field({ type: 'longtext' }))).toEqual({
      kind: 'pinyin',
      maxLength: 1000,
      textKind: 'text',
    });
    expect(inputFor(field({ type: 'name' }))).toEqual({ kind: 'pinyin', maxLength: 30, textKind: 'name' });
    expect(inputFor(field({ type: 'address' }))).toEqual({
      kind: 'pinyin',
      maxLength: 120,
      textKind: 'address',
    });
  });

  it('opens the keypad for phone (11), ID number (18 with X) and numbers (no X, decimal point)', () => {
    expect(inputFor(field({ type: 'phone' }))).toEqual({
      kind: 'numeric',
      maxLength: 11,
      allowX: false,
      decimal: false,
    });
    expect(inputFor(field({ type: 'idNumber' }))).toEqual({
      kind: 'numeric',
      maxLength: 18,
      allowX: true,
      decimal: false,
    });
    expect(inputFor(field({ type: 'number', label: '家庭月总收入（元）' }))).toEqual({
      kind: 'numeric',
      maxLength: 12,
      allowX: false,
      decimal: true,
    });
    expect(inputFor(field({ type: 'number', label: '承包耕地面积（亩）', maxLength: 6 }))).toMatchObject({
      maxLength: 6,
      decimal: true,
    });
  });

  it('offers no decimal point for counted numbers (人口数, 层数, 年龄, 年份)', () => {
    for (const label of [
      '共同生活家庭人口数',
      '拟建层数',
      '年龄',
      '建造年份',
      '从业人数',
      '累计缴费年限（年）',
    ])
      expect(inputFor(field({ type: 'number', label }))).toMatchObject({ decimal: false });
  });

  it('opens the date picker and the option buttons', () => {
    expect(inputFor(field({ type: 'date' }))).toEqual({ kind: 'date' });
    expect(inputFor(field({ type: 'choice', options: ['是', '否'] }))).toEqual({
      kind: 'choice',
      options: ['是', '否'],
    });
  });

  it('has an input for every field of every demo form, and options for every choice', () => {
    let count = 0;
    for (const item of loadDemoCatalog().items) {
      for (const f of item.form?.fields ?? []) {
        for (const scalar of f.type === 'group' ? f.fields : [f]) {
          const spec = inputFor(scalar);
          if (spec.kind === 'choice') expect(spec.options.length).toBeGreaterThan(1);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(500);
  });
});

describe('appendDecimalPoint', () => {
  it('adds one point, 0. on an empty field, and nothing past the limit', () => {
    expect(appendDecimalPoint('', 12)).toBe('0.');
    expect(appendDecimalPoint('35', 12)).toBe('35.');
    expect(appendDecimalPoint('3.5', 12)).toBe('3.5');
    expect(appendDecimalPoint('1234', 4)).toBe('1234');
  });
});

describe('displayValue', () => {
  it('shows dates in Chinese and other values as typed', () => {
    expect(displayValue(field({ type: 'date' }), '1958-03-12')).toBe('1958年3月12日');
    expect(displayValue(field({ type: 'date' }), '')).toBe('');
    expect(displayValue(field({ type: 'phone' }), '13800138000')).toBe('13800138000');
  });
});

describe('isLocked', () => {
  const name = field({ type: 'name', label: '姓名', prefill: 'name' });
  const id = field({ type: 'idNumber', label: '公民身份号码', prefill: 'idNumber' });
  const address = field({ type: 'address', label: '户籍地址', prefill: 'address' });

  it('locks name and ID number read from the card', () => {
    expect(isLocked(name, '韩红英', true)).toBe(true);
    expect(isLocked(id, '370302195803120029', true)).toBe(true);
  });

  it('keeps them editable when typed in, and other card fields always', () => {
    expect(isLocked(name, '韩红英', false)).toBe(false);
    expect(isLocked(address, '山东省淄博市', true)).toBe(false);
  });

  it('keeps a card value the check refuses editable, so the citizen is never stuck', () => {
    expect(isLocked(id, '37030219580312002X', true)).toBe(false);
    expect(isLocked(name, 'A', true)).toBe(false);
  });
});

describe('isComplete', () => {
  it('a phone number is complete at 11 digits, an ID number at 18 with a right check digit', () => {
    expect(isComplete(field({ type: 'phone' }), '1380000000')).toBe(false);
    expect(isComplete(field({ type: 'phone' }), '13800000000')).toBe(true);
    expect(isComplete(field({ type: 'idNumber' }), '37030219900101002')).toBe(false);
    expect(isComplete(field({ type: 'idNumber' }), '370302199001010029')).toBe(true);
    // A wrong check digit stays open, to be corrected.
    expect(isComplete(field({ type: 'idNumber' }), '370302199001010028')).toBe(false);
    expect(isComplete(field({ type: 'text' }), 'x'.repeat(100))).toBe(false);
  });
});
