/** The embedded demo catalog: valid, complete, realistic enough to ship as the default. */
import { describe, expect, it } from 'vitest';
import { validateCatalogFile } from '../../../../src-main/services/catalog/catalog.validate.js';
import { DEMO_CATALOG_PATH, loadDemoCatalog } from '../../../helpers/demo-catalog.js';

const REQUIRED =
  `城乡居民基本养老保险参保登记 城乡居民基本养老保险待遇领取 城乡居民基本医疗保险参保登记 社会保障卡申领
社会保障卡挂失与补换 最低生活保障审核确认 特困人员救助供养审核确认 临时救助 医疗救助 残疾人证新办 困难残疾人生活补贴
重度残疾人护理补贴 高龄津贴发放 老年人优待证办理 生育登记 农村宅基地和建房审批 就业创业证申领 失业登记 孤儿基本生活费发放
退役军人优待证申领 个体工商户设立登记 耕地地力保护补贴 医保异地就医备案 法律援助申请 惠民殡葬补贴`.split(
    /\s+/,
  );

describe('demo catalog', () => {
  const catalog = loadDemoCatalog();

  it('validates against the contract schema', () => {
    expect(validateCatalogFile(DEMO_CATALOG_PATH)).toMatchObject({ ok: true });
  });

  it('has at least 60 distinct items including every required one', () => {
    expect(catalog.items.length).toBeGreaterThanOrEqual(60);
    const names = catalog.items.map((i) => i.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED) expect(names, name).toContain(name);
  });

  it('is not one item copied: conditions, materials and processes differ', () => {
    const distinct = (f: (i: (typeof catalog.items)[number]) => unknown) =>
      new Set(catalog.items.map((i) => JSON.stringify(f(i)))).size;
    expect(distinct((i) => i.conditions)).toBe(catalog.items.length);
    expect(distinct((i) => i.process)).toBe(catalog.items.length);
    expect(distinct((i) => i.materials)).toBe(catalog.items.length);
  });

  it('writes fees as 不收费 and marks shared-data materials', () => {
    for (const item of catalog.items) expect(item.feeStandard).not.toMatch(/^(无|免费)?$/);
    const withShared = catalog.items.filter((i) => i.materials.some((m) => m.sharedExempt));
    expect(withShared.length).toBeGreaterThan(catalog.items.length * 0.8);
  });

  it('gives everyday names and a self-declaration form to many items', () => {
    for (const item of catalog.items) expect(item.aliases.length, item.name).toBeGreaterThanOrEqual(2);
    expect(catalog.items.filter((i) => i.form).length).toBeGreaterThanOrEqual(20);
  });
});
