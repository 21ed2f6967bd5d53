import { describe, expect, it } from 'vitest';
import {
  computeCheckDigit,
  isValidIdNumber,
  maskIdNumber,
  maskName,
  validateIdNumber,
} from '../../../src-main/contract/id-number.js';

describe('ID number check digit (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('computes known check digits, including X', () => {
    expect(computeCheckDigit('11010519491231002')).toBe('X');
    expect(computeCheckDigit('37030219900101002')).toBe('9');
    expect(computeCheckDigit('44052418800101001')).toBe('4');
    expect(computeCheckDigit('1101051949123100')).toBeNull();
    expect(computeCheckDigit('1101051949123100A')).toBeNull();
  });

  it('accepts valid numbers, X in either case', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('370302199001010029')).toBe(true);
    expect(isValidIdNumber('440524188001010014')).toBe(true);
  });

  it('rejects a wrong check digit as checksum and bad shapes as format', () => {
    expect(validateIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'checksum' });
    expect(validateIdNumber('370302199001010021')).toEqual({ ok: false, problem: 'checksum' });
    expect(validateIdNumber('37030219900101002')).toEqual({ ok: false, problem: 'format' });
    expect(validateIdNumber('3703021990010100299')).toEqual({ ok: false, problem: 'format' });
    expect(validateIdNumber('37030219900101002Y')).toEqual({ ok: false, problem: 'format' });
    expect(validateIdNumber('X70302199001010029')).toEqual({ ok: false, problem: 'format' });
    expect(validateIdNumber('')).toEqual({ ok: false, problem: 'format' });
  });

  it('catches every single-digit typo in a valid number', () => {
    const valid = '370302199001010029';
    for (let i = 0; i < 18; i++) {
      for (const d of '0123456789') {
        if (d === valid[i]) continue;
        const typo = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(isValidIdNumber(typo)).toBe(false);
      }
    }
  });
});

describe('masks', () => {
  it('masks ID numbers keeping four characters at each end', () => {
    expect(maskIdNumber('370302199001010021')).toBe('3703**********0021');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('CAN370680010101')).toBe('CAN3*******0101');
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskIdNumber('')).toBe('');
  });

  it('masks names keeping the first and last character', () => {
    expect(maskName('韩红英')).toBe('韩*英');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('王')).toBe('*');
    expect(maskName('')).toBe('');
    expect(maskName('𠮷祥')).toBe('𠮷*');
  });
});
