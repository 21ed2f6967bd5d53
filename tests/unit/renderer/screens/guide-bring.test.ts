import { describe, expect, it } from 'vitest';
import type { ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { bringList, exemptNote, SHOW_ID_CARD } from '../../../../src-renderer/screens/guide-bring.js';

type Material = ServiceItem['materials'][number];
const material = (name: string, sharedExempt: boolean): Material =>
  ({ name, form: '原件', copies: 1, medium: '纸质', source: '申请人自备', sharedExempt }) as Material;

describe('the guide’s 带什么 list', () => {
  it('an exempt ID copy still means "show your ID"; exempt data is not listed; the rest with form and copies', () => {
    const list = bringList([
      material('申请人居民身份证、户口簿', true),
      material('婚姻登记信息', true),
      material('《最低生活保障申请书》', false),
    ]);
    expect(list).toEqual([SHOW_ID_CARD, '《最低生活保障申请书》（原件 1 份）']);
    expect(exemptNote('居民身份证')).toContain('带身份证给工作人员看');
    expect(exemptNote('婚姻登记信息')).toBe('无需提供（部门间数据共享获取）');
  });
});
