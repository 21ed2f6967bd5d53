/**
 * The blank application form and its 样表 on A4, from the form schema: read back with pdftotext, page 1
 * rendered to PNG (test-output/a4/) to be looked at. The catalog refuses a 样表 that fails the form's own
 * checks and a printable blank form on an item without a form.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceItemSchema, type ServiceItem } from '../../../../src-main/contract/catalog.schema.js';
import { PLEDGE, SIGNATURE_LINE } from '../../../../src-main/devices/a4/application-form.pdf.js';
import {
  BLANK_FORM_HOWTO,
  blankCellText,
  choiceBoxes,
  renderBlankFormPdf,
  SAMPLE_BANNER,
} from '../../../../src-main/devices/a4/blank-form.pdf.js';
import { loadDemoCatalog } from '../../../helpers/demo-catalog.js';
import { FONT_PATH, OUTPUT_DIR, pdfPageCount, pdfText, renderPng, squash } from './guide-test-item.js';

const demo = loadDemoCatalog();
const item = (id: string): ServiceItem => {
  const found = demo.items.find((i) => i.id === id);
  if (!found) throw new Error(`demo catalog lacks ${id}`);
  return found;
};

async function render(it: ServiceItem, sample: boolean, name: string): Promise<string> {
  const pdf = await renderBlankFormPdf(
    {
      hallName: '淄川区昆仑镇便民服务中心',
      item: it,
      onlineUrl: 'https://zwfw.sd.gov.cn/ZB/guide/1',
      sample,
    },
    { printedAt: new Date('2026-11-25T02:03:00Z'), fontPath: FONT_PATH },
  );
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}

describe('blank application form', () => {
  it('has every field of the form with room to write, what to bring, the pledge and the signature', async () => {
    const dibao = item('dibao-confirm');
    const file = await render(dibao, false, 'blank-form-dibao');
    const text = squash(pdfText(file));
    for (const expected of [
      '淄川区昆仑镇便民服务中心',
      '申请表',
      '最低生活保障申请书',
      BLANK_FORM_HOWTO,
      '＊申请人姓名',
      '＊公民身份号码',
      choiceBoxes(['因病', '因残', '缺乏劳动力', '因灾', '因学', '其他']),
      '共同生活家庭成员（不含申请人）',
      '《最低生活保障申请书》（就是本表）',
      PLEDGE,
      SIGNATURE_LINE,
      '空白表',
    ])
      expect(text, expected).toContain(squash(expected));
    for (const f of dibao.form?.fields ?? []) expect(text, f.label).toContain(squash(f.label));
    // Nothing of the example leaks onto the blank form.
    for (const value of ['张某某', '13800000000', '样表']) expect(text, value).not.toContain(value);
    // The household table has four empty numbered rows to write in.
    expect(text).toMatch(/1234/);
    expect(fs.statSync(renderPng(file, 1, 'blank-form-dibao-p1')).size).toBeGreaterThan(20_000);
  });

  it('the 样表 shows the catalog example in every field, marked 样表 on every page', async () => {
    const dibao = item('dibao-confirm');
    const sample = dibao.form?.sample ?? {};
    const file = await render(dibao, true, 'sample-form-dibao');
    const text = squash(pdfText(file));
    expect(text).toContain(squash(SAMPLE_BANNER));
    expect(text).toContain('■因病');
    expect(text).toContain('1950年3月12日');
    for (const [key, value] of Object.entries(sample)) {
      if (typeof value !== 'string' || key === 'birthDate' || key === 'povertyReason' || key === 'sex')
        continue;
      expect(text, key).toContain(squash(value));
    }
    const members = sample['members'];
    expect(Array.isArray(members) && members.length).toBe(2);
    for (const m of Array.isArray(members) ? members : []) expect(text).toContain(m['memberIdNumber']);
    for (let page = 1; page <= pdfPageCount(file); page++)
      expect(squash(pdfText(file, page)), `page ${page}`).toContain('样表');
    expect(fs.statSync(renderPng(file, 1, 'sample-form-dibao-p1')).size).toBeGreaterThan(20_000);
  });

  it('prints a blank form for every item whose material is marked blankForm, on one or two pages', async () => {
    const printable = demo.items.filter((i) => i.materials.some((m) => m.blankForm));
    expect(printable.length).toBeGreaterThanOrEqual(20);
    for (const it of printable.slice(0, 6)) {
      const file = await render(it, false, `blank-form-${it.id}`);
      expect(pdfPageCount(file), it.id).toBeLessThanOrEqual(2);
      fs.rmSync(file);
    }
    const pension = await render(item('pension-enroll'), true, 'sample-form-pension-enroll');
    renderPng(pension, 1, 'sample-form-pension-enroll-p1');
  });

  it('cells: boxes to tick, 年月日 to fill, lines for a long text; the example value on the 样表', () => {
    const choice = {
      id: 'sex',
      label: '性别',
      type: 'choice' as const,
      options: ['男', '女'],
      required: false,
    };
    expect(blankCellText(choice, undefined)).toBe('□男　□女');
    expect(blankCellText(choice, { sex: '女' }, '女')).toBe('□男　■女');
    const date = { id: 'd', label: '出生日期', type: 'date' as const, required: false };
    expect(blankCellText(date, undefined)).toBe('年　　　月　　　日');
    expect(blankCellText(date, { d: '1950-03-12' }, '1950-03-12')).toBe('1950年3月12日');
    const long = { id: 'r', label: '申请理由', type: 'longtext' as const, required: true };
    expect(blankCellText(long, undefined).split('\n')).toHaveLength(3);
  });
});

describe('the catalog fields for it', () => {
  const base = item('dibao-confirm');

  it('refuses a 样表 that fails the form’s own checks', () => {
    const form = base.form;
    if (!form) throw new Error('no form');
    const bad = { ...base, form: { ...form, sample: { ...form.sample, idNumber: '370302195003120021' } } };
    const result = serviceItemSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('样表');
  });

  it('refuses blankForm on an item without a form, or on a material the applicant does not bring', () => {
    const { form: _form, ...noForm } = base;
    const marked = base.materials.map((m) => ({ ...m, blankForm: true }));
    expect(serviceItemSchema.safeParse({ ...noForm, materials: marked }).success).toBe(false);
    const issued = base.materials.map((m) =>
      m.source === '政府部门核发' ? { ...m, blankForm: true } : { ...m, blankForm: undefined },
    );
    expect(serviceItemSchema.safeParse({ ...base, materials: issued }).success).toBe(false);
  });
});
