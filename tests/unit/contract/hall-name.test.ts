import { describe, expect, it } from 'vitest';
import { hallKind, hallNameProblem } from '../../../src-main/contract/hall-name.js';

describe('hall naming rule (规范场所名称)', () => {
  it.each([
    ['淄川区昆仑镇便民服务中心', 'center'],
    ['淄川区般阳路街道便民服务中心', 'center'],
    ['淄川区经济开发区便民服务中心', 'center'],
    ['北沙村便民服务站', 'station'],
    ['昆仑镇城南社区便民服务站', 'station'],
    ['邮储银行昆仑支行便民服务点', 'point'],
    ['农商银行（罗村）便民服务点', 'point'],
  ] as const)('accepts %s as a %s', (name, kind) => {
    expect(hallKind(name)).toBe(kind);
    expect(hallNameProblem(name)).toBeNull();
  });

  it.each([
    ['昆仑镇便民服务中心', '淄川区'],
    ['淄川区昆仑便民服务中心', '镇(街道、开发区)'],
    ['淄川区昆仑镇服务中心', '便民服务中心'],
    ['北沙便民服务站', '村(社区)'],
    ['昆仑镇政府', '便民服务中心'],
    [' 北沙村便民服务站', '空格'],
    ['便民服务点', '便民服务点'],
    ['', '便民服务中心'],
  ])('refuses %j, saying what is wrong', (name, hint) => {
    expect(hallKind(name)).toBeNull();
    expect(hallNameProblem(name)).toContain(hint);
  });
});
