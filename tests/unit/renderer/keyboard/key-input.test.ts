import { describe, expect, it } from 'vitest';
import {
  applyEditKey,
  applyNumericKey,
  numericAccepts,
  removeLastChar,
  type EditKey,
} from '../../../../src-renderer/keyboard/key-input.js';

const text = (t: string): EditKey => ({ type: 'text', text: t });

function typeAll(keys: EditKey[], apply: (value: string, key: EditKey) => string, start = ''): string {
  return keys.reduce(apply, start);
}

describe('letter keyboard edits', () => {
  it('appends letters, digits and spaces; backspace and clear', () => {
    const value = typeAll([text('y'), text('l'), text(' '), text('2')], (v, k) => applyEditKey(v, k));
    expect(value).toBe('yl 2');
    expect(applyEditKey(value, { type: 'backspace' })).toBe('yl ');
    expect(applyEditKey(value, { type: 'clear' })).toBe('');
    expect(applyEditKey('', { type: 'backspace' })).toBe('');
  });

  it('respects maxLength', () => {
    const value = typeAll([text('a'), text('b'), text('c')], (v, k) => applyEditKey(v, k, 2));
    expect(value).toBe('ab');
  });

  it('removes a character outside the BMP whole', () => {
    expect(removeLastChar('a𠮷')).toBe('a');
    expect(removeLastChar('𠮷')).toBe('');
  });
});

describe('numeric keypad', () => {
  const id17 = '37030219800101001';

  it('takes digits up to maxLength', () => {
    const keys = [...'1234567'].map(text);
    expect(typeAll(keys, (v, k) => applyNumericKey(v, k, { maxLength: 5 }))).toBe('12345');
  });

  it('refuses X unless allowed', () => {
    expect(applyNumericKey(id17, text('X'), { maxLength: 18 })).toBe(id17);
    expect(numericAccepts(id17, 'X', { maxLength: 18, allowX: false })).toBe(false);
    expect(applyNumericKey('12', text('a'), { allowX: true })).toBe('12');
  });

  it('takes X, upper-cased, only as the last character of an ID number', () => {
    expect(applyNumericKey('3703', text('X'), { maxLength: 18, allowX: true })).toBe('3703');
    expect(applyNumericKey(id17, text('x'), { maxLength: 18, allowX: true })).toBe(`${id17}X`);
    expect(numericAccepts(`${id17}X`, '1', { maxLength: 19, allowX: true })).toBe(false);
  });

  it('without maxLength, X may come once and ends the number', () => {
    const withX = applyNumericKey('123', text('X'), { allowX: true });
    expect(withX).toBe('123X');
    expect(applyNumericKey(withX, text('X'), { allowX: true })).toBe(withX);
    expect(applyNumericKey(withX, text('4'), { allowX: true })).toBe(withX);
  });

  it('backspace and clear', () => {
    expect(applyNumericKey(`${id17}X`, { type: 'backspace' }, { allowX: true, maxLength: 18 })).toBe(id17);
    expect(applyNumericKey(id17, { type: 'clear' }, {})).toBe('');
  });
});

describe('digits typed into a text field', () => {
  it('are accepted after text that holds an X (a house number such as X号楼)', () => {
    expect(applyNumericKey('X号楼', { type: 'text', text: '3' }, {})).toBe('X号楼3');
    expect(applyNumericKey('12X', { type: 'text', text: '3' }, { allowX: true })).toBe('12X');
  });
});
